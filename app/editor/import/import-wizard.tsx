'use client';

import { Field } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { confirmImportAction, previewImportAction } from './actions';
import styles from './page.module.css';

const PREVIEW_COLUMNS = ['metric', 'value', 'qualifier', 'as_of', 'claimant', 'title', 'url'];

export function ImportWizard() {
  const check = useFormAction(previewImportAction);
  const confirm = useFormAction(confirmImportAction);

  if (confirm.state.status === 'done') {
    const { fileName, report } = confirm.state.result;
    return (
      <p className="notice" role="status">
        {fileName}: {report.inserted} inserted, {report.appearances} appearances added,{' '}
        {report.present} already present, {new Set(report.rejected.map((r) => r.position)).size}{' '}
        rejected.
      </p>
    );
  }
  const preview = check.state.status === 'done' ? check.state.result : null;
  return (
    <>
      <form onSubmit={check.onSubmit} className="stack-form">
        <Field name="file" id="import-file" label="CSV or JSON file">
          {(control) => <input {...control} type="file" accept=".csv,.json" required />}
        </Field>
        <button type="submit" disabled={check.pending}>
          {check.pending ? 'Checking…' : 'Check the file'}
        </button>
      </form>
      <FormStatus state={check.state} />
      <FormStatus state={confirm.state} />
      {preview && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{preview.fileName}</h2>
          <Summary report={preview.report} />
          <div className="table-scroll">
            <table>
              <caption className="muted">The first {preview.rows.length} rows</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  {PREVIEW_COLUMNS.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) => (
                  <tr key={row.position}>
                    <td className="nowrap">{row.position}</td>
                    {PREVIEW_COLUMNS.map((c) => (
                      <td key={c}>{row.raw[c] == null ? '' : String(row.raw[c])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.report.rejected.length > 0 && (
            <>
              <h3>Problems</h3>
              <ul className={styles.problems}>
                {preview.report.rejected.map((r) => (
                  <li key={`${r.position}-${r.field}-${r.message}`}>
                    {r.position}: <strong>{r.field}</strong>: {r.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          <form onSubmit={confirm.onSubmit} className="stack-form">
            <input type="hidden" name="token" value={preview.token} />
            <input type="hidden" name="file_name" value={preview.fileName} />
            {preview.report.rejected.length > 0 && (
              <label className="checkbox">
                <input type="checkbox" name="skip_invalid" /> Skip the rejected rows and import the
                others
              </label>
            )}
            <button type="submit" disabled={confirm.pending}>
              {confirm.pending ? 'Importing…' : 'Import'}
            </button>
          </form>
        </section>
      )}
    </>
  );
}

function Summary({ report }: { report: { rows: number; rejected: { position: string }[] } }) {
  const rejected = new Set(report.rejected.map((r) => r.position)).size;
  return (
    <p>
      {report.rows.toLocaleString('en-GB')} rows: {(report.rows - rejected).toLocaleString('en-GB')}{' '}
      valid,{' '}
      <span className={rejected > 0 ? 'flag' : undefined}>
        {rejected.toLocaleString('en-GB')} rejected
      </span>
      .{' '}
      {rejected > 0
        ? 'Nothing is imported while a row is rejected, unless you choose to skip those rows.'
        : 'Nothing is written until you import.'}
    </p>
  );
}
