type Props = { metrics: readonly { slug: string; name: string; topic: string }[] };

/** One option per metric, named with its topic: two topics may each count "people killed". */
export function MetricOptions({ metrics }: Props) {
  return metrics.map((m) => (
    <option key={m.slug} value={m.slug}>
      {m.name} ({m.topic})
    </option>
  ));
}
