import { SOURCE_KINDS } from '@/db/enums';
import type { ClaimColumn } from '@/lib/claims/input/columns';
import { SOURCE_KIND_LABELS } from '@/lib/labels';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { DraftField, type DraftFields } from './draft-field';

// The fields shown in the row; an error in any other opens the folded fields.
const IN_ROW = /\.(value|qualifier|claimant|attribution|as_of|metric)$/;

/** The draft fields that are fixed less often, folded away unless one of them has an error. */
export function MoreFields({ draft }: { draft: DraftFields }) {
  const n = draft.index + 1;
  const prefix = `d${draft.index}.`;
  const hasError = Object.keys(draft.errors).some(
    (key) => key.startsWith(prefix) && !IN_ROW.test(key),
  );
  // The label shows what the field is; screen readers also hear which draft it belongs to.
  const label = (shown: string, joiner: 'of' | 'for') => (
    <>
      {shown}
      <span className="visually-hidden">
        {' '}
        {joiner} draft {n}
      </span>
    </>
  );
  const text = (field: ClaimColumn, shown: string, joiner: 'of' | 'for' = 'for') => (
    <DraftField draft={draft} field={field} label={label(shown, joiner)}>
      {(control) => <input {...control} type="text" />}
    </DraftField>
  );
  return (
    <details open={hasError || undefined}>
      <summary>More fields of draft {n}</summary>
      <div className="field-row">
        {text('low', 'Low end (range)', 'of')}
        {text('high', 'High end (range)', 'of')}
        {text('stated_on', 'Stated on')}
        {text('period_start', 'Period from')}
        {text('period_end', 'Period to')}
        {text('via', 'Via (relayed by)')}
        <DraftField
          draft={draft}
          field="claimant_kind"
          label={label('Kind of a new claimant', 'for')}
        >
          {(control) => (
            <select {...control}>
              <EnumOptions values={SOURCE_KINDS} labels={SOURCE_KIND_LABELS} />
            </select>
          )}
        </DraftField>
        {text('claimant_description', 'Who the claimant is')}
      </div>
      <DraftField draft={draft} field="quote" label={label('Quote', 'of')}>
        {(control) => <textarea {...control} rows={3} />}
      </DraftField>
      <DraftField draft={draft} field="notes" label={label('Notes', 'of')}>
        {(control) => <textarea {...control} rows={2} />}
      </DraftField>
    </details>
  );
}
