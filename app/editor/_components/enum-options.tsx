type Props<K extends string> = {
  values: readonly K[];
  labels: Record<K, string>;
  /** What each value means, said after its label: "direct: the claimant's own publication". */
  meanings?: Record<K, string>;
};

/** The options of a select for an enum, in the enum's order, named by its map in lib/labels. */
export function EnumOptions<K extends string>({ values, labels, meanings }: Props<K>) {
  return values.map((value) => (
    <option key={value} value={value}>
      {meanings ? `${labels[value]}: ${meanings[value]}` : labels[value]}
    </option>
  ));
}
