import type { Metadata } from 'next';
import { requireEditor } from '@/lib/server/auth/request-editor';
import { ImportWizard } from './import-wizard';

export const metadata: Metadata = { title: 'Import figures' };

export default async function ImportPage() {
  await requireEditor('/editor/import');
  return (
    <section>
      <h1>Import figures</h1>
      <p className="muted">
        A CSV with the columns of the export, or a JSON array of objects with the same keys. The
        whole file is checked first; rows already stored are not stored twice.
      </p>
      <ImportWizard />
    </section>
  );
}
