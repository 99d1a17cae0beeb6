'use client';

import { useActionState } from 'react';
import type { ImportPageState } from '@/lib/import/upload-state';
import { confirmImportAction, previewImportAction } from './actions';

const IDLE: ImportPageState = { status: 'idle' };
const PREVIEW_COLUMNS = ['metric', 'value', 'qualifier', 'as_of', 'claimant', 'title', 'url'];

export function ImportWizard() {
  const [preview, previewAction, checking] = useActionState(previewImportAction, IDLE);
  const [result, confirmAction, importing] = useActionState(confirmImportAction, IDLE);

  if (result.status === 'done') {
    const { report } = result;
    return (
      <p className="notice" role="status">
        {result.fileName}: {report.inserted} inserted, {report.present} already present,{' '}
        {new Set(report.rejected.map((r) => r.position)).size} rejected.
      </p>
    );
  }
  return (
    <>
      <form action={previewAction} className="stack-form">
        <label htmlFor="import-file">CSV or JSON file</label>
        <input id="import-file" name="file" type="file" accept=".csv,.json" required />
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Check the file'}
        </button>
      </form>
      {preview.status === 'failed' && (
        <p className="form-error" role="alert">
          {preview.message}
        </p>
      )}
      {result.status === 'failed' && (
        <p className="form-error" role="alert">
          {result.message}
        </p>
      )}
      {preview.status === 'preview' && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{preview.fileName}</h2>
          <Summary report={preview.report} />
          <div className="table-scroll">
            <table>
              <caption className="muted">The first {preview.preview.length} rows</caption>
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
                {preview.preview.map((row) => (
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
              <ul className="problems">
                {preview.report.rejected.map((r) => (
                  <li key={`${r.position}-${r.field}-${r.message}`}>
                    {r.position}: <strong>{r.field}</strong>: {r.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          <form action={confirmAction} className="stack-form">
            <input type="hidden" name="token" value={preview.token} />
            <input type="hidden" name="file_name" value={preview.fileName} />
            {preview.report.rejected.length > 0 && (
              <label className="checkbox">
                <input type="checkbox" name="skip_invalid" /> Skip the rejected rows and import the
                others
              </label>
            )}
            <button type="submit" disabled={importing}>
              {importing ? 'Importing…' : 'Import'}
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
