import type { ReactNode } from 'react';
import { SOURCE_KINDS } from '@/db/enums';
import styles from '../page.module.css';

type Control = (
  field: string,
  label: string,
  input: (p: Record<string, unknown>) => ReactNode,
) => ReactNode;

const DATES: [string, string][] = [
  ['stated_on', 'Stated on for'],
  ['period_start', 'Period from for'],
  ['period_end', 'Period to for'],
];

/** The draft fields that are fixed less often, folded away unless one of them has an error. */
export function MoreFields({
  n,
  control,
  errors,
  prefix,
}: {
  n: number;
  control: Control;
  errors: Partial<Record<string, string[]>>;
  prefix: string;
}) {
  const hasError = Object.keys(errors).some(
    (key) =>
      key.startsWith(prefix) && !/\.(value|qualifier|claimant|attribution|as_of|metric)$/.test(key),
  );
  const text = (field: string, label: string, hint?: string) => (
    <label className={styles.more}>
      <span>{hint ?? label}</span>
      {control(field, label, (p) => (
        <input {...p} type="text" />
      ))}
    </label>
  );
  return (
    <details open={hasError || undefined}>
      <summary>More fields of draft {n}</summary>
      <div className="field-row">
        {text('low', 'Low end of', 'Low end (range)')}
        {text('high', 'High end of', 'High end (range)')}
        {DATES.map(([field, label]) => text(field, label, label.replace(' for', '')))}
        {text('via', 'Via for', 'Via (relayed by)')}
        <label className={styles.more}>
          <span>Kind of a new claimant</span>
          {control('claimant_kind', 'Claimant kind of', (p) => (
            <select {...p}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k.replace('_', ' ')}
                </option>
              ))}
            </select>
          ))}
        </label>
        {text('claimant_description', 'Claimant description of', 'Who the claimant is')}
      </div>
      <label className={styles.more}>
        <span>Quote</span>
        {control('quote', 'Quote of', (p) => (
          <textarea {...p} rows={3} />
        ))}
      </label>
      <label className={styles.more}>
        <span>Notes</span>
        {control('notes', 'Notes of', (p) => (
          <textarea {...p} rows={2} />
        ))}
      </label>
    </details>
  );
}
