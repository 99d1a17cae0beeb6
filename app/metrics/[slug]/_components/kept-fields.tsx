import { type MetricPageState, metricPageParams } from '@/lib/metrics/page-query';

type Props = { state: MetricPageState; omit: (keyof MetricPageState)[] };

/** Hidden inputs that keep the page's other choices when a form changes some of them. */
export function KeptFields({ state, omit }: Props) {
  return metricPageParams(state)
    .filter(([name]) => !(omit as string[]).includes(name))
    .map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}
