'use client';

import { Field } from '@/app/editor/_components/field';
import { FormStatus } from '@/app/editor/_components/form-status';
import { useFormAction } from '@/app/editor/_components/use-form-action';
import { type ImportReport, moreRejectionsText } from '@/lib/import/import-report';
import { type ImportPreview, PREVIEW_COLUMNS } from '@/lib/import/upload-state';
import { formatNumber } from '@/lib/text/format';
import { confirmImportAction, previewImportAction } from './actions';
import styles from './page.module.css';

export function ImportWizard() {
  const check = useFormAction(previewImportAction);
  const confirm = useFormAction(confirmImportAction);

  if (confirm.state.status === 'done') {
    const { fileName, report } = confirm.state.result;
    return (
      <p className="notice" role="status">
        {fileName}: {report.inserted} inserted, {report.appearances} appearances added,{' '}
        {report.present} already present, {report.rejectedRows} rejected.
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
          <FirstRows rows={preview.rows} />
          <Problems report={preview.report} />
          <form onSubmit={confirm.onSubmit} className="stack-form">
            <input type="hidden" name="token" value={preview.token} />
            {preview.report.rejectedRows > 0 && (
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

function Summary({ report }: { report: ImportReport }) {
  const rejected = report.rejectedRows;
  return (
    <>
      {report.stopped && (
        <p className="warnings" role="alert">
          The check stopped after the first {formatNumber(report.rows)} rows: the file takes longer
          to check than a preview may. What follows is about those rows only. The import checks the
          whole file before it writes anything.
        </p>
      )}
      <p>
        {formatNumber(report.rows)} rows: {formatNumber(report.rows - rejected)} valid,{' '}
        <span className={rejected > 0 ? 'flag' : undefined}>{formatNumber(rejected)} rejected</span>
        .{' '}
        {rejected > 0
          ? 'Nothing is imported while a row is rejected, unless you choose to skip those rows.'
          : 'Nothing is written until you import.'}
      </p>
    </>
  );
}

function FirstRows({ rows }: { rows: ImportPreview['rows'] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption className="muted">The first {rows.length} rows</caption>
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
          {rows.map((row) => (
            <tr key={row.position}>
              <td className="nowrap">{row.position}</td>
              {row.cells.map((cell, i) => (
                <td key={PREVIEW_COLUMNS[i]}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The first rejections in full, then how many more there are, by field. */
function Problems({ report }: { report: ImportReport }) {
  if (report.rejected.length === 0) return null;
  const more = moreRejectionsText(report);
  return (
    <>
      <h3>Problems</h3>
      <ul className={styles.problems}>
        {report.rejected.map((r, i) => (
          // A row may have two problems with one field; its place in the list keeps them apart.
          <li key={`${i}-${r.position}-${r.field}`}>
            {r.position}: <strong>{r.field}</strong>: {r.message}
          </li>
        ))}
      </ul>
      {more && <p className={styles.problems}>{more}</p>}
    </>
  );
}
