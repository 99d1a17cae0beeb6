import type { Draft } from '@/lib/extract/types';
import styles from '@/app/editor/extract/page.module.css';

/** The draft's sentence, with its number marked where the text gives it. */
export function DraftSentence({ draft, text }: { draft: Draft; text: string }) {
  const quoteStart = text.lastIndexOf(draft.quote, draft.start);
  const at = quoteStart < 0 ? -1 : draft.start - quoteStart;
  const end = at + draft.end - draft.start;
  return (
    <p className={styles.sentence}>
      {at < 0 ? (
        draft.quote
      ) : (
        <>
          {draft.quote.slice(0, at)}
          <mark>{draft.quote.slice(at, end)}</mark>
          {draft.quote.slice(end)}
        </>
      )}
    </p>
  );
}
