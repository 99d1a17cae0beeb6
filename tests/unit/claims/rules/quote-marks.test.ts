import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type MarkedQuote, markQuote, statedNumbers } from '@/lib/claims/rules/quote-marks';

const SOHR =
  'The Syrian Observatory for Human Rights, a Britain-based war monitor, said on Sunday that ' +
  'security forces and allied groups had killed 745 civilians in the coastal region since ' +
  'Thursday, most of them in what it described as summary executions.';

const marked = (quote: MarkedQuote): string =>
  `${quote.isCutBefore ? '…' : ''}${quote.parts
    .map((part) => (part.isFigure ? `[${part.text}]` : part.text))
    .join('')}${quote.isCutAfter ? '…' : ''}`;

describe('markQuote', () => {
  test('the whole quote, with the number marked', () => {
    const quote = markQuote({ quote: SOHR, value: 745, qualifier: 'exact', high: null });
    expect(marked(quote)).toBe(SOHR.replace('745', '[745]'));
    expect(quote.missing).toEqual([]);
  });

  test('both ends of a range are marked, and a number written in words too', () => {
    const quote = markQuote({
      quote: 'Between 1,000 and fifteen hundred people fled.',
      value: 1000,
      qualifier: 'range',
      high: 1500,
    });
    expect(marked(quote)).toBe('Between [1,000] and [fifteen hundred] people fled.');
  });

  test('a range whose ends are equal states one number', () => {
    const quote = markQuote({ quote: 'Ten died.', value: 10, qualifier: 'range', high: 10 });
    expect(quote.missing).toEqual([]);
    expect(statedNumbers({ qualifier: 'range', value: 10, high: 10 })).toEqual([10]);
    expect(statedNumbers({ qualifier: 'range', value: 10, high: 20 })).toEqual([10, 20]);
    expect(statedNumbers({ qualifier: 'about', value: 10, low: 5, high: 20 })).toEqual([10]);
  });

  test('a number the quote does not contain is reported missing', () => {
    const quote = markQuote({ quote: SOHR, value: 746, qualifier: 'exact', high: null });
    expect(quote.missing).toEqual([746]);
    expect(quote.parts.some((part) => part.isFigure)).toBe(false);
  });

  test('an excerpt keeps the number, cut at whole words with ellipses', () => {
    const quote = markQuote({ quote: SOHR, value: 745, qualifier: 'exact', high: null }, 80);
    const text = marked(quote);
    expect(text).toContain('[745]');
    expect(quote.isCutBefore).toBe(true);
    expect(quote.isCutAfter).toBe(true);
    const inner = quote.parts.map((part) => part.text).join('');
    expect(inner.length).toBeLessThanOrEqual(80 + 30);
    // Whole words only: the excerpt starts and ends where the quote has a word boundary.
    expect(SOHR).toMatch(
      new RegExp(`(^|\\s)${inner.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`),
    );
  });

  test('a number near the end of a long quote is still shown', () => {
    const long = `${'Words before the figure that go on and on. '.repeat(20)}In all, nearly 150 fighters were killed.`;
    const quote = markQuote({ quote: long, value: 150, qualifier: 'less_than', high: null }, 100);
    expect(marked(quote)).toContain('[150] fighters were killed.');
    expect(quote.isCutBefore).toBe(true);
    expect(quote.isCutAfter).toBe(false);
  });

  test('a range whose ends lie far apart shows each end, joined by an ellipsis', () => {
    const filler = 'and the report goes on about other matters at some length. '.repeat(6);
    const long = `Between 1,000 people ${filler}and in all 2,000 people were displaced.`;
    const quote = markQuote({ quote: long, value: 1000, qualifier: 'range', high: 2000 }, 100);
    const text = marked(quote);
    expect(text).toContain('[1,000]');
    expect(text).toContain('[2,000]');
    expect(text).toContain(' … ');
    expect(text.length).toBeLessThan(150);
  });

  test('without the number, an excerpt is the start of the quote', () => {
    const quote = markQuote({ quote: SOHR, value: 9, qualifier: 'exact', high: null }, 60);
    expect(marked(quote).startsWith('The Syrian Observatory')).toBe(true);
    expect(quote.isCutBefore).toBe(false);
    expect(quote.isCutAfter).toBe(true);
  });

  test('a short quote is never cut', () => {
    const quote = markQuote(
      { quote: 'Some 125 died.', value: 125, qualifier: 'about', high: null },
      60,
    );
    expect(marked(quote)).toBe('Some [125] died.');
  });
});

describe('markQuote on any text', () => {
  // Consonants only: no word can be a number word ("ten") that the figure might match first.
  const word = fc.stringMatching(/^[bcdfghjklmnpqrstvwxz]{1,12}$/);
  const prose = fc.array(word, { maxLength: 80 }).map((words) => words.join(' '));

  test('an excerpt always shows the number it cites, marked, cut near the size asked', () => {
    fc.assert(
      fc.property(
        prose,
        prose,
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 20, max: 200 }),
        (before, after, value, maxChars) => {
          const quote = [before, String(value), after].filter(Boolean).join(' ');
          const excerpt = markQuote({ quote, value, qualifier: 'exact', high: null }, maxChars);
          const figures = excerpt.parts.filter((part) => part.isFigure).map((part) => part.text);
          expect(figures).toEqual([String(value)]);
          const text = excerpt.parts.map((part) => part.text).join('');
          // Whole words: at most one longest word (12 letters) more on each side.
          expect(text.length).toBeLessThanOrEqual(Math.max(maxChars, String(value).length) + 26);
          expect(quote.includes(text)).toBe(true);
          expect(excerpt.isCutBefore).toBe(!quote.startsWith(text));
          expect(excerpt.isCutAfter).toBe(!quote.endsWith(text));
        },
      ),
    );
  });
});
