import type { Outcome } from './types';

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

/** Nouns that name people, singular and plural: a number before one of them counts people. */
export const PEOPLE = words(`
  people person persons civilian civilians child children kid kids minor minors infant infants baby
  babies woman women man men girl girls boy boys elderly adults residents inhabitants citizens
  villagers palestinians israelis syrians lebanese iraqis yemenis afghans ukrainians russians
  sudanese somalis kurds alawites druze christians muslims yazidis rohingya migrants refugees
  asylum-seekers soldier soldiers troops servicemen servicemembers fighters fighter militants
  militant combatants gunmen insurgents rebels militiamen members member personnel officer officers
  policemen policeman guards journalists journalist reporters medics paramedics doctors nurses
  workers worker staff staffers employees volunteers teachers students pupils patients worshippers
  pilgrims protesters demonstrators prisoners detainees hostages captives victims casualties
  fatalities deaths dead bodies injured wounded individuals idps families households farmers
  fishermen shepherds passengers settlers firefighters rescuers colleagues martyrs others
  population survivors
`);

/** Heads that are themselves the outcome: "45 deaths" counts people killed. */
export const OUTCOME_HEADS: Record<string, Outcome> = {
  deaths: 'killed',
  dead: 'killed',
  fatalities: 'killed',
  bodies: 'killed',
  martyrs: 'killed',
  injured: 'injured',
  wounded: 'injured',
  injuries: 'injured',
  missing: 'missing',
  displaced: 'displaced',
  idps: 'displaced',
  refugees: 'displaced',
  detainees: 'detained',
  hostages: 'detained',
  prisoners: 'detained',
  captives: 'detained',
  casualties: 'other',
  victims: 'other',
};

/** Units other than people that a count of people may come in. */
export const UNIT_HEADS = words('families households');

/** Heads that take "of …" to say whose: "members of opposition groups". */
export const PARTITIVE_HEADS = words('members member personnel staff employees workers');

const OUTCOME_PATTERNS: [Outcome, string][] = [
  [
    'killed',
    String.raw`kill(?:ed|ing|s)?|dead|died|dies|dying|deaths?|toll|fatalit(?:y|ies)|lives|perished|massacred|slain|executed|murdered|martyr(?:s|ed)?|bodies|drowned`,
  ],
  ['injured', String.raw`injur(?:ed|ing|ies|y|es)|wound(?:ed|ing|s)|hurt|maimed`],
  ['missing', String.raw`missing|unaccounted|disappeared`],
  [
    'displaced',
    String.raw`displac(?:ed|ement|ing)|fled|flee(?:ing)?|uprooted|refugees|evacuated|homeless|idps`,
  ],
  [
    'detained',
    String.raw`detain(?:ed|ing)|detention|detainees|arrest(?:ed|s|ing)?|abduct(?:ed|ing)|kidnapped|imprisoned|jailed|captured|hostages?|prisoners`,
  ],
  [
    'other',
    String.raw`casualties|victims|trapped|besieged|starving|starvation|famine|malnourished|malnutrition|affected|rescued|treated|hospitali[sz]ed|in need|at risk|sheltering|stranded`,
  ],
];

export const OUTCOME_WORD = new RegExp(
  String.raw`\b(?:${OUTCOME_PATTERNS.map(([, p]) => p).join('|')})\b`,
  'gi',
);

/** OUTCOME_WORD without the global flag, for `test`, which a global pattern makes stateful. */
export const OUTCOME_TEST = new RegExp(OUTCOME_WORD.source, 'i');

/** The outcome an outcome word names ("wounding" → injured), or null. */
export function outcomeOfWord(word: string): Outcome | null {
  for (const [outcome, pattern] of OUTCOME_PATTERNS) {
    if (new RegExp(`^(?:${pattern})$`, 'i').test(word)) return outcome;
  }
  return null;
}

/** Plural of a people adjective, for "civilian deaths" → civilians. */
export function peopleFromAdjective(adjective: string): string {
  if (/^child$/i.test(adjective)) return 'children';
  return /s$/i.test(adjective) ? adjective : `${adjective}s`;
}
