import type { EntryWarning } from '@/lib/claims/checks';
import type { FormState } from '@/lib/forms';

type Props = {
  state: FormState<object, unknown>;
  /** What a rejected form says above its marked fields; null when the fields say it all. */
  invalid?: string | null;
};

/** What the last post said: nothing saved and why, or the warnings to confirm before saving. */
export function FormStatus({
  state,
  invalid = 'Nothing was saved: correct the fields marked below.',
}: Props) {
  if (state.status === 'invalid' && invalid) return <FormError message={invalid} />;
  if (state.status === 'failed') return <FormError message={state.message} />;
  if (state.status === 'confirm')
    return <ConfirmWarnings warnings={state.warnings} confirmKey={state.confirmKey} />;
  return null;
}

function FormError({ message }: { message: string }) {
  return (
    <p className="form-error" role="alert">
      {message}
    </p>
  );
}

/**
 * The entry checks that fired, and the box that confirms them: ticked, it posts back the key of
 * these very warnings, so a save goes through only for the warnings the editor has read.
 */
function ConfirmWarnings({
  warnings,
  confirmKey,
}: {
  warnings: EntryWarning[];
  confirmKey: string;
}) {
  return (
    <div className="warnings" role="alert">
      <p>
        <strong>Check before saving.</strong> Nothing was saved yet:
      </p>
      <ul>
        {warnings.map((w) => (
          <li key={w.check + w.message}>{w.message}</li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" name="confirm_warnings" value={confirmKey} /> I have checked these
        warnings; save anyway
      </label>
    </div>
  );
}
