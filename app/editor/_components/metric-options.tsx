type Props = { metrics: readonly { slug: string; name: string; topic: string }[] };

/** One option per metric, named with its topic: two topics may each count "people killed". */
export function MetricOptions({ metrics }: Props) {
  return metrics.map((m) => (
    <option key={m.slug} value={m.slug}>
      {m.name} ({m.topic})
    </option>
  ));
}

/** One option per topic, by its title. */
export function TopicOptions({ topics }: { topics: readonly { slug: string; title: string }[] }) {
  return topics.map((t) => (
    <option key={t.slug} value={t.slug}>
      {t.title}
    </option>
  ));
}
