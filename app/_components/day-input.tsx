import type { InputHTMLAttributes } from 'react';

/** The placeholder every day field shows: the one way Tally takes a day. */
const DAY_FORMAT = 'YYYY-MM-DD';

/**
 * The one way a day is entered, on every form and filter: typed as YYYY-MM-DD, never a browser
 * date picker. A picker writes the day in the browser's locale (03/10/2025 reads as 3 October in
 * Europe), silently drops an impossible day such as 2025-02-30 instead of letting the server say
 * what is wrong with it, and is slow for an editor copying dates from a bulletin. YYYY-MM-DD is what
 * the CSV, the API and the URLs use, so what is typed here can be pasted anywhere else.
 */
export function DayInput(props: Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>) {
  return (
    <input
      type="text"
      placeholder={DAY_FORMAT}
      autoComplete="off"
      spellCheck={false}
      maxLength={10}
      {...props}
    />
  );
}
