import type { SourceKind } from '@/db/schema';

const KIND_WORDS: Record<SourceKind, string> = {
  monitor: 'Monitor',
  government: 'Government',
  ministry: 'Ministry',
  armed_group: 'Armed group',
  un_agency: 'UN agency',
  ngo: 'NGO',
  media: 'News outlet',
  official: 'Official',
  other: 'Other source',
};

/** 'un_agency' → "UN agency": a source's kind as a reader would say it. */
export function sourceKindInWords(kind: SourceKind): string {
  return KIND_WORDS[kind];
}
