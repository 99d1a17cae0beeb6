import Link from 'next/link';
import { Fragment } from 'react';

type Props = {
  /** Claims the drafts added, claims they appeared in again, claims they were already in. */
  added: string[];
  appeared: string[];
  present: string[];
  metrics: string[];
};

function ClaimLinks({ ids }: { ids: string[] }) {
  return ids.map((id, i) => (
    <Fragment key={id}>
      {i > 0 && ', '}
      <Link href={`/claims/${id}`}>claim #{id}</Link>
    </Fragment>
  ));
}

const drafts = (n: number): string => `${n} ${n === 1 ? 'draft' : 'drafts'}`;

/** What the last save did with each ticked draft, as the save action's redirect reported it. */
export function SavedNotice({ added, appeared, present, metrics }: Props) {
  const total = added.length + appeared.length + present.length;
  if (total === 0) return null;
  return (
    <div className="notice" role="status">
      <p>Saved {drafts(total)}:</p>
      <ul>
        {added.length > 0 && (
          <li>
            {drafts(added.length)} added as {added.length === 1 ? 'a new claim' : 'new claims'}:{' '}
            <ClaimLinks ids={added} />
          </li>
        )}
        {appeared.length > 0 && (
          <li>
            {drafts(appeared.length)} added as another appearance of a stored claim:{' '}
            <ClaimLinks ids={appeared} />
          </li>
        )}
        {present.length > 0 && (
          <li>
            {drafts(present.length)} already present from this document, nothing added:{' '}
            <ClaimLinks ids={present} />
          </li>
        )}
      </ul>
      <p>
        See {metrics.length === 1 ? 'the metric' : 'the metrics'}:{' '}
        {metrics.map((slug, i) => (
          <Fragment key={slug}>
            {i > 0 && ', '}
            <Link href={`/metrics/${slug}`}>{slug}</Link>
          </Fragment>
        ))}
      </p>
    </div>
  );
}
