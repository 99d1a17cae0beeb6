import { EXTRACT_TIME_LIMIT_MS } from '@/lib/extract/deadline';
import { resultShown } from '@/lib/extract/draft-form';
import { MESSAGES, extractDrafts } from '@/lib/extract/extract';
import type { ExtractOptions, ExtractResult } from '@/lib/extract/types';
import type { ExtractRequest } from './extract.worker';

// The worker gives up by itself at the time limit; this much later the page ends it anyway, for
// the time a worker takes to start and load its script, or a run that cannot stop itself.
const GRACE_MS = 2000;

const TOO_SLOW: ExtractResult = { drafts: [], message: MESSAGES.tooSlow };

/**
 * Reads a text's drafts in a Web Worker, with the time limit of `tally extract`. Past the limit
 * the worker is ended and the result is the message that the text took too long. Where a worker
 * cannot start at all, the text is read on the page, with the same limit.
 */
export function readInWorker(text: string, options: ExtractOptions): Promise<ExtractResult> {
  const request: ExtractRequest = {
    text,
    options: { ...options, timeLimitMs: EXTRACT_TIME_LIMIT_MS },
  };
  const onPage = (): ExtractResult => resultShown(extractDrafts(request.text, request.options));
  let worker: Worker;
  try {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url));
  } catch {
    return Promise.resolve(onPage());
  }
  return new Promise((resolve) => {
    const finish = (result: ExtractResult) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish(TOO_SLOW), EXTRACT_TIME_LIMIT_MS + GRACE_MS);
    worker.onmessage = (event: MessageEvent<ExtractResult>) => finish(event.data);
    worker.onerror = (event) => {
      // The script did not load or threw: read on the page rather than not at all.
      event.preventDefault();
      finish(onPage());
    };
    worker.postMessage(request);
  });
}
