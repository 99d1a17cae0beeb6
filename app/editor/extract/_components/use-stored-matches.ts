import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type { StoredMatch } from '@/lib/claims/stored-match';
import { matchDraftsAction } from '@/app/editor/extract/actions';

// Long enough that typing a claimant's name asks once, short enough to be there before a click.
const PAUSE_MS = 400;

export type StoredMatches = {
  /** By draft index: the stored claim the draft is, or null. */
  matches: (StoredMatch | null)[];
  /** A check is waiting or running: what is shown may be out of date. */
  isChecking: boolean;
  hasFailed: boolean;
  /** Asks again after a pause, from the form as it then is; `fresh` forgets the last answer. */
  check: (fresh?: boolean) => void;
};

/**
 * The stored claims the drafts of `form` match, asked of the server a moment after the drafts
 * are shown or changed. Only the latest question's answer is kept.
 */
export function useStoredMatches(form: RefObject<HTMLFormElement | null>): StoredMatches {
  const [matches, setMatches] = useState<(StoredMatch | null)[]>([]);
  const [isChecking, setIsChecking] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const asked = useRef(0);

  const check = useCallback(
    (fresh = false) => {
      if (fresh) setMatches([]);
      setIsChecking(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        if (!form.current) return;
        const question = ++asked.current;
        let answer: (StoredMatch | null)[] | null = null;
        try {
          answer = await matchDraftsAction(new FormData(form.current));
        } catch {
          answer = null;
        }
        if (question !== asked.current) return;
        setMatches(answer ?? []);
        setHasFailed(answer === null);
        setIsChecking(false);
      }, PAUSE_MS);
    },
    [form],
  );
  useEffect(() => () => clearTimeout(timer.current), []);
  return { matches, isChecking, hasFailed, check };
}
