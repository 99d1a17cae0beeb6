// Reads a pasted text off the page's main thread, so that a long or hostile paste never freezes
// the tab: the page posts the text and its options, and gets the drafts (or a message) back.
import { resultShown } from '@/lib/extract/draft-form';
import { extractDrafts } from '@/lib/extract/extract';
import type { ExtractOptions, ExtractResult } from '@/lib/extract/types';

export type ExtractRequest = { text: string; options: ExtractOptions };

// The project's TypeScript lib is the DOM's; a dedicated worker's scope needs only these two.
type WorkerScope = {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage: (result: ExtractResult) => void;
};

const scope = self as unknown as WorkerScope;

// More drafts than the page shows are counted, not sent: each carries its quote (up to 5,000
// characters), and copying thousands of them to the page would freeze it after all.
scope.onmessage = ({ data }) =>
  scope.postMessage(resultShown(extractDrafts(data.text, data.options)));
