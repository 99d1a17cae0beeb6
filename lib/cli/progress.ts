/** A one-line progress bar with rows/s on a terminal; silent when stderr is not one. */
export function progressBar(label: string): (rows: number, total: number) => void {
  if (!process.stderr.isTTY) return () => {};
  const started = Date.now();
  let last = 0;
  return (rows, total) => {
    const now = Date.now();
    if (now - last < 100 && rows !== total) return;
    last = now;
    const rate = Math.round(rows / Math.max(0.001, (now - started) / 1000));
    const share = total > 0 ? rows / total : 0;
    const bar = total > 0 ? `[${'#'.repeat(Math.round(share * 30)).padEnd(30, '.')}] ` : '';
    process.stderr.write(
      `\r${label} ${bar}${rows.toLocaleString('en-GB')}${total > 0 ? `/${total.toLocaleString('en-GB')}` : ''} rows · ${rate.toLocaleString('en-GB')} rows/s   `,
    );
    if (rows === total && total > 0) process.stderr.write('\n');
  };
}
