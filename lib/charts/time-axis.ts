import { shortMonthName } from '@/lib/text/calendar-names';

export type TimeTick = { x: number; label: string };

const DAY = 86_400_000;
const DAY_STEPS = [1, 2, 3, 7, 14];
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120];
// 1970-01-01 was a Thursday, so day 4 of the epoch is the first Monday.
const FIRST_MONDAY = 4;

const dayLabel = (d: Date): string => `${d.getUTCDate()} ${shortMonthName(d.getUTCMonth() + 1)}`;

/**
 * Ticks for a time axis (UTC milliseconds), inside its ends and at most `count` of them so labels
 * never crowd: every day, every 2 or 3 days, or Mondays (every week or every other week) for spans
 * of weeks; the first of every 1, 2, 3 or 6 months (January, April, July, October for quarters)
 * for spans of months; 1 January of every 1, 2, 5 or 10 years beyond. Each comes with its label.
 */
export function timeTicks([start, end]: [number, number], count = 6): TimeTick[] {
  // Strictly inside the domain: a label centred on its edge would be cut in half.
  const firstDay = Math.floor(start / DAY) + 1;
  const days = (end - start) / DAY;
  const dayStep = DAY_STEPS.find((step) => days / step <= count);
  if (dayStep !== undefined) {
    // Weekly ticks fall on Mondays, so a chart's weeks read as calendar weeks.
    const origin = dayStep >= 7 ? FIRST_MONDAY : 0;
    const from = origin + Math.ceil((firstDay - origin) / dayStep) * dayStep;
    const ticks: TimeTick[] = [];
    for (let day = from; day * DAY < end; day += dayStep)
      ticks.push({ x: day * DAY, label: dayLabel(new Date(day * DAY)) });
    return ticks;
  }
  const first = new Date(start);
  const months = days / 30.44;
  const monthStep =
    MONTH_STEPS.find((step) => months / step <= count) ?? MONTH_STEPS[MONTH_STEPS.length - 1] ?? 1;
  // Months counted from year 0, so steps line up with quarters, half years and round years.
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const ticks: TimeTick[] = [];
  for (let month = Math.ceil(startMonth / monthStep) * monthStep; ; month += monthStep) {
    const x = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (x >= end) break;
    if (x <= start) continue;
    const d = new Date(x);
    const year = String(d.getUTCFullYear());
    ticks.push({
      x,
      label: monthStep >= 12 ? year : `${shortMonthName(d.getUTCMonth() + 1)} ${year}`,
    });
  }
  return ticks;
}
