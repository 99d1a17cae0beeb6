import { formatNumber } from '@/lib/text/format';

type Props = {
  source: { slug: string; name: string; claimCount: number };
  target: { slug: string; name: string } | undefined;
};

/** What merging a source into the one chosen will do, in words, before it is confirmed. */
export function MergeConsequences({ source, target }: Props) {
  if (!target)
    return (
      <p className="notice" aria-live="polite">
        Choose the source to keep: what the merge will do is said here.
      </p>
    );
  const figures = `its ${formatNumber(source.claimCount)} ${source.claimCount === 1 ? 'figure' : 'figures'}`;
  return (
    <div className="notice" aria-live="polite">
      <p>
        <strong>
          Merging {source.name} into {target.name}:
        </strong>
      </p>
      <ul>
        <li>
          {figures}, and every figure it relayed, will be filed under {target.name}, each with a
          revision saying why;
        </li>
        <li>
          “{source.name}” and its other names will become names of {target.name}, so figures and
          imports that name them are filed under {target.name};
        </li>
        <li>
          its page, /sources/{source.slug}, will lead to the page of {target.name};
        </li>
        <li>
          a figure both sources stored will become one claim, each document kept as one of its
          appearances.
        </li>
      </ul>
      <p>Both sources&apos; histories are kept. No form undoes a merge.</p>
    </div>
  );
}
