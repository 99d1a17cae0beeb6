// (e): the JavaScript a browser downloads for a page, as the gzip size of every script its HTML
// loads, and the floor it is compared with: a bare page of the same Next.js and Recharts with one
// line chart, built in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { NEXT_BIN, nextEnv } from '@/lib/cli/build';

export type ScriptSize = { scripts: number; bytes: number; gzip_bytes: number };

/** Fetches the page and every `<script src>` in its HTML; sums their sizes, raw and gzipped. */
export async function pageScriptSize(pageUrl: string): Promise<ScriptSize> {
  const html = await (await fetch(pageUrl)).text();
  const sources = [
    ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].flatMap((m) => m[1] ?? [])),
  ];
  let bytes = 0;
  let gzipBytes = 0;
  for (const source of sources) {
    const response = await fetch(new URL(source.replaceAll('&amp;', '&'), pageUrl));
    if (!response.ok) throw new Error(`${source}: ${response.status}`);
    const body = Buffer.from(await response.arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { scripts: sources.length, bytes, gzip_bytes: gzipBytes };
}

const FLOOR_FILES: Record<string, string> = {
  'app/layout.jsx': `export default function RootLayout({ children }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  'app/page.jsx': `import { Chart } from './chart';

const data = Array.from({ length: 30 }, (_, i) => ({ day: i + 1, value: 100 + i * i }));

export default function Page() {
  return (<main><h1>One line chart</h1><Chart data={data} /></main>);
}
`,
  'app/chart.jsx': `'use client';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

export function Chart({ data }) {
  return (
    <LineChart width={600} height={300} data={data}>
      <CartesianGrid />
      <XAxis dataKey="day" />
      <YAxis />
      <Tooltip />
      <Line dataKey="value" />
    </LineChart>
  );
}
`,
};

/**
 * Writes the floor app into `dir` and builds it with this project's Next.js. `dir` must lie inside
 * the project, so that its imports resolve to this project's node_modules and versions.
 */
export function buildFloorApp(dir: string): void {
  for (const [file, text] of Object.entries(FLOOR_FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const built = spawnSync(NEXT_BIN, ['build', dir], { env: nextEnv(), encoding: 'utf8' });
  if (built.status !== 0)
    throw new Error(`the floor app did not build:\n${built.stdout}${built.stderr}`);
}
