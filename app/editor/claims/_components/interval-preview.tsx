'use client';

import { intervalInWords } from '@/lib/text/format';
import { parseCount } from '@/lib/text/input-text';
import { qualifierInterval } from '@/lib/claims/rules/intervals';
import { isQualifier } from '@/lib/claims/rules/qualifier';
import { qualifierReading } from '@/lib/claims/rules/readings';
import styles from './claim-form.module.css';

const read = parseCount;

/** What the figure will mean, as the editor types it: "nearly 150" is 135 to under 150. */
export function IntervalPreview({
  value,
  qualifier,
  low,
  high,
}: {
  value: string;
  qualifier: string;
  low: string;
  high: string;
}) {
  const v = read(value);
  if (v === null || !isQualifier(qualifier)) return null;
  const bounds = qualifier === 'range' ? { low: read(low) ?? v, high: read(high) } : {};
  const interval = qualifierInterval(qualifier, v, bounds);
  const reading = qualifierReading(qualifier);
  return (
    <p className={styles.intervalPreview} aria-live="polite">
      Means: <strong>{intervalInWords(interval)}</strong>
      {reading && <span className="reading-note"> ({reading})</span>}
    </p>
  );
}
