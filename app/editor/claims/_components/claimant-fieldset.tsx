import { useState } from 'react';
import { ATTRIBUTIONS, SOURCE_KINDS } from '@/db/enums';
import { NEW_OPTION } from '@/lib/claims/input/form-input';
import { ATTRIBUTION_LABELS, ATTRIBUTION_MEANINGS, SOURCE_KIND_LABELS } from '@/lib/labels';
import type { ClaimFormOptions } from '@/lib/server/editor/form-options';
import { EnumOptions } from '@/app/editor/_components/enum-options';
import { Field, TextField } from '@/app/editor/_components/field';
import type { FieldsetProps } from './fieldset-props';
import styles from './claim-form.module.css';

type Props = FieldsetProps & Pick<ClaimFormOptions, 'sources'>;

/** Who made the claim (a known source, a new one or nobody named), how, and who relayed it. */
export function ClaimantFieldset({ errors, shownValue, bind, sources }: Props) {
  const [claimant, setClaimant] = useState(shownValue('claimant'));
  const sourceOptions = sources.map((s) => (
    <option key={s.slug} value={s.slug}>
      {s.name}
    </option>
  ));
  return (
    <fieldset>
      <legend>Who said it</legend>
      <Field name="claimant" label="Claimant" errors={errors.claimant}>
        {(control) => (
          <select {...control} value={claimant} onChange={(e) => setClaimant(e.target.value)}>
            <option value="">No source named (unattributed)</option>
            {sourceOptions}
            <option value={NEW_OPTION}>A new source…</option>
          </select>
        )}
      </Field>
      {claimant === NEW_OPTION && (
        <div className={styles.nested}>
          <TextField label="Name of the new source" {...bind('new_claimant')} />
          <Field
            label="Kind of source"
            {...bind('claimant_kind')}
            value={shownValue('claimant_kind') || 'other'}
          >
            {(control) => (
              <select {...control}>
                <EnumOptions values={SOURCE_KINDS} labels={SOURCE_KIND_LABELS} />
              </select>
            )}
          </Field>
          <TextField label="One line on who they are" {...bind('claimant_description')} />
        </div>
      )}
      <div className="field-row">
        <Field
          label="Attribution"
          {...bind('attribution')}
          value={shownValue('attribution') || 'reported'}
        >
          {(control) => (
            <select {...control}>
              <EnumOptions
                values={ATTRIBUTIONS}
                labels={ATTRIBUTION_LABELS}
                meanings={ATTRIBUTION_MEANINGS}
              />
            </select>
          )}
        </Field>
        <Field label="Via (relayed by)" {...bind('via')}>
          {(control) => (
            <select {...control}>
              <option value="">Not known</option>
              {sourceOptions}
            </select>
          )}
        </Field>
      </div>
    </fieldset>
  );
}
