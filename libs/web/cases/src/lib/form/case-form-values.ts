import type {
  CaseCategory,
  CasePriority,
  CreateCaseInput,
  Sensitivity,
  UpdateCaseInput,
} from '@continuum/web/data-access';

/** What the case form holds (text fields as typed, choices as option values). */
export interface CaseFormValue {
  title: string;
  description: string;
  category: string;
  communeCode: string;
  zoneId: string;
  point: { latitude: number; longitude: number } | null;
  priority: string;
  sensitivity: string;
  assessmentDueOn: string;
}

/** The case as it was before editing, in the API's terms. */
export interface CaseBefore {
  title: string;
  description: string;
  category: string;
  commune: { code: string };
  zone: { id: string } | null;
  point: { latitude: number; longitude: number } | null;
  priority: string;
  assessmentDueOn: string | null;
}

export function createInputOf(value: CaseFormValue): CreateCaseInput {
  return {
    title: value.title.trim(),
    description: value.description.trim() || null,
    category: value.category as CaseCategory,
    communeCode: value.communeCode,
    zoneId: value.zoneId || null,
    point: value.point,
    priority: (value.priority || 'NORMAL') as CasePriority,
    sensitivity: value.sensitivity as Sensitivity,
    assessmentDueOn: value.assessmentDueOn || null,
  };
}

/**
 * Only what changed, so that the timeline says what was edited. A zone removed is sent as `''`
 * and a point removed as null, as the API asks.
 */
export function updateInputOf(value: CaseFormValue, before: CaseBefore): UpdateCaseInput {
  const input: UpdateCaseInput = {};
  if (value.title.trim() !== before.title) input.title = value.title.trim();
  if (value.description.trim() !== before.description) input.description = value.description.trim();
  if (value.category !== before.category) input.category = value.category as CaseCategory;
  if (value.communeCode !== before.commune.code) input.communeCode = value.communeCode;
  if (value.zoneId !== (before.zone?.id ?? '')) input.zoneId = value.zoneId;
  if (!samePoint(value.point, before.point)) input.point = value.point;
  if (value.priority !== before.priority) input.priority = value.priority as CasePriority;
  if ((value.assessmentDueOn || null) !== before.assessmentDueOn)
    input.assessmentDueOn = value.assessmentDueOn || null;
  return input;
}

function samePoint(
  a: { latitude: number; longitude: number } | null,
  b: { latitude: number; longitude: number } | null,
): boolean {
  if (a === null || b === null) return a === b;
  return a.latitude === b.latitude && a.longitude === b.longitude;
}

/** The duplicates worth asking for: a category, and a zone or a point to be near. */
export function duplicateQueryOf(value: Pick<CaseFormValue, 'category' | 'zoneId' | 'point'>): {
  category: CaseCategory;
  zoneId: string | null;
  latitude: number | null;
  longitude: number | null;
} | null {
  if (!value.category || (!value.zoneId && !value.point)) return null;
  return {
    category: value.category as CaseCategory,
    zoneId: value.zoneId || null,
    latitude: value.point?.latitude ?? null,
    longitude: value.point?.longitude ?? null,
  };
}
