import { describe, expect, test } from 'vitest';
import { findNumberInText, numberForms } from '@/lib/claims/rules/number-forms';

const SYRIA_QUOTE =
  "The death toll from the violence in northwestern Syria has risen to over 1,000 people in just two days, including 745 civilians, who were killed mostly execution-style, 125 militants belonging to the country’s Hay'at Tahrir al-Sham [HTS]-led regime, and nearly 150 members of opposition groups, the so-called Syrian Observatory for Human Rights, a UK-based monitor said on Sunday.";

describe('numberForms', () => {
  const cases: [number, string[]][] = [
    [0, ['0', 'zero']],
    [6, ['6', 'six', 'half a dozen']],
    [12, ['12', 'twelve', 'a dozen']],
    [24, ['24', 'twenty-four', 'two dozen']],
    [100, ['100', 'one hundred', 'a hundred']],
    [125, ['125', 'one hundred and twenty-five', 'a hundred and twenty-five']],
    [200, ['200', 'two hundred']],
    [745, ['745', 'seven hundred and forty-five']],
    [1000, ['1,000', '1000', 'one thousand', 'a thousand']],
    [1005, ['1,005', '1005', 'one thousand and five']],
    [1500, ['1,500', '1500', 'one thousand five hundred', 'fifteen hundred']],
    [48450, ['48,450', '48450', 'forty-eight thousand four hundred and fifty']],
    [500000, ['500,000', '500000', 'five hundred thousand', 'half a million']],
    [1000000, ['1,000,000', '1000000', 'one million', 'a million', '1 million', '1m']],
    [1200000, ['1,200,000', '1200000', 'one million two hundred thousand', '1.2 million', '1.2m']],
    [
      2500000000,
      ['2,500,000,000', '2500000000', 'two billion five hundred million', '2.5 billion', '2.5bn'],
    ],
    [12.5, ['12.5']],
    [1234.5, ['1,234.5', '1234.5']],
    [-3, []],
    [Number.NaN, []],
    [Number.POSITIVE_INFINITY, []],
  ];
  test.each(cases)('%d is written %j', (value, forms) => {
    expect(numberForms(value)).toEqual(forms);
  });

  test('a figure that no round number of millions says gets no million form', () => {
    expect(numberForms(1234567)).not.toContain('1.23 million');
    expect(numberForms(1234567)).toContain('1,234,567');
  });
});

describe('findNumberInText', () => {
  // [text, value, the text matched or null]
  const cases: [string, number, string | null][] = [
    ['nearly 150 members', 150, '150'],
    ['over 1,000 people', 1000, '1,000'],
    ['over 1000 people', 1000, '1000'],
    ['at least 48,450 people.', 48450, '48,450'],
    ['One thousand people', 1000, 'One thousand'],
    ['a thousand people', 1000, 'a thousand'],
    ['a dozen homes', 12, 'a dozen'],
    ['Half a dozen homes', 6, 'Half a dozen'],
    ['some two hundred fighters', 200, 'two hundred'],
    ['one hundred fifty dead', 150, 'one hundred fifty'],
    ['a hundred and fifty dead', 150, 'a hundred and fifty'],
    ['forty eight thousand', 48000, 'forty eight thousand'],
    ['Forty-Eight thousand', 48000, 'Forty-Eight thousand'],
    ['fifteen hundred people', 1500, 'fifteen hundred'],
    ['1.2 million displaced', 1200000, '1.2 million'],
    ['1.2m displaced', 1200000, '1.2m'],
    ['1.2\u00a0million displaced', 1200000, '1.2\u00a0million'],
    ['killed (745) civilians', 745, '745'],
    ['ends with 745.', 745, '745'],
    ['between 700-745 people', 745, '745'],
    ['45% of the dead', 45, '45'],
    // Not the whole number: part of a longer one, a decimal, an ordinal or a larger word number.
    ['in 1745 the town', 745, null],
    ['some 7,450 people', 745, null],
    ['some 7,450 people', 450, null],
    ['some 7,450 people', 7, null],
    ['745.5 tonnes', 745, null],
    ['the 12th victim', 12, null],
    ['1,000,000 people', 1000, null],
    ['11,000 people', 1000, null],
    ['1.2 million displaced', 1.2, null],
    ['12m displaced', 12, null],
    ['48 thousand', 48, null],
    ['twenty-five people', 5, null],
    ['twenty-five people', 20, null],
    ['two hundred and fifty people', 200, null],
    ['two hundred and fifty people', 50, null],
    ['one hundred people', 1, null],
    ['a thousand and one nights', 1000, null],
    ['one and a half million', 1, null],
    ['someone was hurt', 1, null],
    ['often repeated', 10, null],
    ['no figure here', 745, null],
  ];
  test.each(cases)('in %j, %d is found as %j', (text, value, expected) => {
    const span = findNumberInText(text, value);
    expect(span && text.slice(span.start, span.end)).toBe(expected);
  });

  test("finds each of the seed quote's figures at its own offsets", () => {
    expect(findNumberInText(SYRIA_QUOTE, 1000)).toEqual({ start: 73, end: 78 });
    expect(findNumberInText(SYRIA_QUOTE, 745)).toEqual({ start: 114, end: 117 });
    expect(findNumberInText(SYRIA_QUOTE, 125)).toEqual({ start: 169, end: 172 });
    expect(findNumberInText(SYRIA_QUOTE, 150)).toEqual({ start: 261, end: 264 });
    // Whatever it counts: the 2 of "two days" is found, so the future check must mind the context.
    expect(findNumberInText(SYRIA_QUOTE, 2)).toEqual({ start: 94, end: 97 });
    expect(findNumberInText(SYRIA_QUOTE, 48450)).toBeNull();
  });

  test('returns the earliest of several forms', () => {
    expect(findNumberInText('a dozen, then 12 more', 12)).toEqual({ start: 0, end: 7 });
    expect(findNumberInText('12, or a dozen', 12)).toEqual({ start: 0, end: 2 });
  });

  test('finds a whole number after a rejected one that ends inside it', () => {
    expect(findNumberInText('1745 and 745', 745)).toEqual({ start: 9, end: 12 });
  });

  test('counts offsets in UTF-16 code units, as JS strings do', () => {
    expect(findNumberInText('“Israel’s” toll: 48,450', 48450)).toEqual({ start: 17, end: 23 });
  });
});
