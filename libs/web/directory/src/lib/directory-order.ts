import { ORGANIZATION_TYPES, OrganizationType } from '@continuum/domain';

const ORDER = Object.keys(ORGANIZATION_TYPES) as OrganizationType[];
const collator = new Intl.Collator('fr', { sensitivity: 'base' });

function rank(type: string): number {
  const index = ORDER.indexOf(type as OrganizationType);
  return index < 0 ? ORDER.length : index;
}

/**
 * The directory's order: by type as the circular lists them (State services first, then
 * municipalities, then private partners), names in French alphabetical order within a type.
 */
export function sortByType<T extends { type: string; name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => rank(a.type) - rank(b.type) || collator.compare(a.name, b.name));
}

/** The types present, in directory order, with how many organisations each: the summary line. */
export function typeCounts<T extends { type: string; typeLabel: string }>(
  items: readonly T[],
): { type: string; label: string; count: number }[] {
  const counts = new Map<string, { type: string; label: string; count: number }>();
  for (const item of items) {
    const entry = counts.get(item.type) ?? { type: item.type, label: item.typeLabel, count: 0 };
    entry.count += 1;
    counts.set(item.type, entry);
  }
  return [...counts.values()].sort((a, b) => rank(a.type) - rank(b.type));
}
