import {
  INDICATOR_SOURCE_LABELS,
  type IndicatorDirection,
  type IndicatorParameters,
  type IndicatorSource,
  OUTCOME_MEASURE_LABELS,
  OPERATION_KIND_LABELS,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  PLAN_STATUS_LABELS,
  PlanSection,
  type PlanStatus,
  PRESENCE_SETTING_LABELS,
} from '@continuum/domain/plan';
import { CASE_CATEGORIES, type CaseCategory } from '@continuum/domain';
import type { PlanModel, PlanObjectiveModel } from './plan.models';

/** The columns of `plans` aliased `p`, as `PlanRow` reads them. */
export const PLAN_COLUMNS = `p.id, p.departement_code as "departementCode", p.year, p.version, p.status, p.title,
  p.diagnostic_text as "diagnosticText", p.results_text as "resultsText", p.modes_of_action_text as "modesOfActionText",
  p.continuum_text as "continuumText", p.dialogue_text as "dialogueText", p.diagnostic_snapshot as "diagnosticSnapshot",
  p.revision_note as "revisionNote", p.previous_version_id as "previousVersionId", p.created_at as "createdAt",
  p.updated_at as "updatedAt", p.submitted_at as "submittedAt", p.submitted_by_label as "submittedByLabel",
  p.adopted_at as "adoptedAt", p.adopted_by_label as "adoptedByLabel"`;

export interface PlanRow {
  id: string;
  departementCode: string;
  year: number;
  version: number;
  status: PlanStatus;
  title: string;
  diagnosticText: string;
  resultsText: string;
  modesOfActionText: string;
  continuumText: string;
  dialogueText: string;
  diagnosticSnapshot: DiagnosticSnapshot | null;
  revisionNote: string | null;
  previousVersionId: string | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  submittedByLabel: string | null;
  adoptedAt: Date | null;
  adoptedByLabel: string | null;
}

/** The diagnostic's figures as they stood on the day of adoption (stored unmasked, masked on reading). */
export interface DiagnosticSnapshot {
  takenOn: string;
  period: string;
  incidents: number;
  previousYear: number;
  categories: { category: CaseCategory; incidents: number; previousYear: number }[];
}

/** Which text column holds each section, and the input field that writes it. */
export const SECTION_COLUMNS: Readonly<
  Record<PlanSection, { column: string; field: keyof PlanRow; input: string }>
> = {
  [PlanSection.DIAGNOSTIC]: { column: 'diagnostic_text', field: 'diagnosticText', input: 'diagnostic' },
  [PlanSection.RESULTS]: { column: 'results_text', field: 'resultsText', input: 'results' },
  [PlanSection.MODES_OF_ACTION]: {
    column: 'modes_of_action_text',
    field: 'modesOfActionText',
    input: 'modesOfAction',
  },
  [PlanSection.CONTINUUM]: { column: 'continuum_text', field: 'continuumText', input: 'continuum' },
  [PlanSection.DIALOGUE]: { column: 'dialogue_text', field: 'dialogueText', input: 'dialogue' },
};

export function sectionTexts(row: PlanRow): Record<PlanSection, string> {
  return Object.fromEntries(
    PLAN_SECTIONS.map((section) => [section, String(row[SECTION_COLUMNS[section].field])]),
  ) as Record<PlanSection, string>;
}

/** The version as the schema shows it; the snapshot is set by the caller (masked or not). */
export function toPlanModel(row: PlanRow): Omit<PlanModel, 'diagnosticSnapshot'> {
  const texts = sectionTexts(row);
  return {
    ...row,
    statusLabel: PLAN_STATUS_LABELS[row.status],
    sections: PLAN_SECTIONS.map((section) => ({
      section,
      label: PLAN_SECTION_LABELS[section],
      text: texts[section],
    })),
  };
}

/** The columns of `plan_objectives` aliased `o` (with its pilot's name), as `ObjectiveRow` reads them. */
export const OBJECTIVE_COLUMNS = `o.id, o.plan_id as "planId", o.lineage_id as "lineageId", o.section, o.position, o.title,
  o.description, o.indicator_label as "indicatorLabel", o.indicator_source as "indicatorSource",
  o.indicator_parameters as "indicatorParameters", o.manual_source as "manualSource", o.direction,
  o.baseline_value::float8 as "baselineValue", to_char(o.baseline_date, 'YYYY-MM-DD') as "baselineDate",
  o.target_value::float8 as "targetValue", to_char(o.deadline, 'YYYY-MM-DD') as "deadline",
  o.pilot_organization_id as "pilotOrganizationId",
  (select org.name from organizations org where org.id = o.pilot_organization_id) as "pilotLabel",
  (select z.name from zones z where z.id = cast(o.indicator_parameters->>'zoneId' as uuid)) as "zoneName",
  o.updated_at as "updatedAt"`;

export interface ObjectiveRow {
  id: string;
  planId: string;
  lineageId: string;
  section: PlanSection;
  position: number;
  title: string;
  description: string;
  indicatorLabel: string;
  indicatorSource: IndicatorSource;
  indicatorParameters: IndicatorParameters;
  manualSource: string | null;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  deadline: string;
  pilotOrganizationId: string | null;
  pilotLabel: string | null;
  /** The name of the zone the indicator counts in, if any. */
  zoneName: string | null;
  updatedAt: Date;
}

export function toObjectiveModel(row: ObjectiveRow): PlanObjectiveModel {
  const parameters = row.indicatorParameters;
  const { zoneName, ...rest } = row;
  return {
    ...rest,
    sectionLabel: PLAN_SECTION_LABELS[row.section],
    indicatorSourceLabel: INDICATOR_SOURCE_LABELS[row.indicatorSource],
    indicatorScope: scopeLabel(parameters, zoneName),
    categories: parameters.categories ?? [],
    communeCodes: parameters.communeCodes ?? [],
    zoneId: parameters.zoneId ?? null,
    operationKinds: parameters.operationKinds ?? [],
    outcome: parameters.outcome ?? null,
    setting: parameters.setting ?? null,
  };
}

/** « Cambriolages, vols de véhicules — 3 communes — zone « Argonne » », or « Tout le département ». */
export function scopeLabel(parameters: IndicatorParameters, zoneName: string | null): string {
  const parts: string[] = [];
  if (parameters.categories?.length)
    parts.push(
      parameters.categories
        .map((category) => CASE_CATEGORIES[category as CaseCategory]?.label ?? category)
        .join(', '),
    );
  if (parameters.operationKinds?.length)
    parts.push(parameters.operationKinds.map((kind) => OPERATION_KIND_LABELS[kind]).join(', '));
  if (parameters.outcome) parts.push(OUTCOME_MEASURE_LABELS[parameters.outcome]);
  if (parameters.setting) parts.push(PRESENCE_SETTING_LABELS[parameters.setting]);
  const communes = parameters.communeCodes?.length ?? 0;
  if (communes) parts.push(communes === 1 ? '1 commune' : `${communes} communes`);
  if (parameters.zoneId) parts.push(`zone « ${zoneName ?? 'inconnue'} »`);
  if (!communes && !parameters.zoneId) parts.push('tout le département');
  return parts.join(' — ');
}
