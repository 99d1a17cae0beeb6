import type { DraftsFormState } from '@/lib/server/extract/prepare-drafts';

/** What the last save said: nothing saved and why, or warnings to confirm before saving. */
export function FormStatus({ state }: { state: DraftsFormState }) {
  if (state.status === 'invalid')
    return (
      <p className="form-error" role="alert">
        Nothing was saved: correct the fields marked below.
      </p>
    );
  if (state.status === 'failed')
    return (
      <p className="form-error" role="alert">
        {state.message}
      </p>
    );
  if (state.status !== 'confirm') return null;
  return (
    <div className="warnings" role="alert">
      <p>
        <strong>Check before saving.</strong> Nothing was saved yet:
      </p>
      <ul>
        {state.warnings.map((w) => (
          <li key={w.check + w.message}>{w.message}</li>
        ))}
      </ul>
      <label className="checkbox">
        <input type="checkbox" name="confirm_warnings" value={state.confirmKey} /> I have checked
        these warnings; save anyway
      </label>
    </div>
  );
}
