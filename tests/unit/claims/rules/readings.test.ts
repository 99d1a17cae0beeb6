import { describe, expect, test } from 'vitest';
import { QUALIFIERS } from '@/db/enums';
import { figureInterval } from '@/lib/claims/rules/intervals';
import { qualifierReading, tallyReading } from '@/lib/claims/rules/readings';
import { intervalInWords } from '@/lib/text/format';

describe("Tally's reading of a hedge", () => {
  test('names the convention where the words give no margin', () => {
    expect(tallyReading({ qualifier: 'nearly', value: 150 })).toBe(
      'Tally reads “nearly” as up to 10% below',
    );
    expect(tallyReading({ qualifier: 'about', value: 50000 })).toBe(
      'Tally reads “about” as within 10% either way',
    );
  });

  test('is worded for the unit, as the figure is', () => {
    expect(tallyReading({ qualifier: 'less_than', value: 20 })).toMatch(
      /^Tally reads “fewer than”/,
    );
    expect(tallyReading({ qualifier: 'less_than', value: 20, unit: 'tonnes' })).toMatch(
      /^Tally reads “less than”/,
    );
  });

  test('says nothing where the interval is what the words say', () => {
    for (const qualifier of ['exact', 'at_least', 'more_than'] as const) {
      expect(tallyReading({ qualifier, value: 1000 })).toBeNull();
    }
    expect(tallyReading({ qualifier: 'range', value: 10, high: 20 })).toBeNull();
  });

  test('bounds an editor typed are said to be an editor’s', () => {
    expect(tallyReading({ qualifier: 'about', value: 1000, low: 800, high: 1200 })).toMatch(
      /entered by an editor/,
    );
  });

  test('every convention it states is the interval the charts draw', () => {
    // The margin in the words and the interval computed must agree: "up to 10% below" is [135, 150).
    expect(intervalInWords(figureInterval({ qualifier: 'nearly', value: 150 }))).toBe(
      '135 to under 150',
    );
    expect(intervalInWords(figureInterval({ qualifier: 'about', value: 50000 }))).toBe(
      '45,000 to 55,000',
    );
    const named = QUALIFIERS.filter((qualifier) => qualifierReading(qualifier) !== null);
    expect(named).toEqual(['about', 'nearly', 'at_most', 'less_than']);
  });
});
