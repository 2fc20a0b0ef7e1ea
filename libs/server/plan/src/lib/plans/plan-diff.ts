import {
  INDICATOR_DIRECTION_LABELS,
  type IndicatorParameters,
  INDICATOR_SOURCE_LABELS,
  type IndicatorDirection,
  type IndicatorSource,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  type PlanSection,
} from '@continuum/domain/plan';
import { scopeLabel } from './plan-rows';

/** A version as the comparison reads it: its texts and its objectives, matched across versions by lineage. */
export interface ComparedPlan {
  title: string;
  texts: Record<PlanSection, string>;
  objectives: ComparedObjective[];
}

export interface ComparedObjective {
  lineageId: string;
  section: PlanSection;
  title: string;
  description: string;
  indicatorLabel: string;
  indicatorSource: IndicatorSource;
  indicatorParameters: IndicatorParameters;
  /** The zone the indicator counts in, by name (said in the scope). */
  zoneName: string | null;
  direction: IndicatorDirection;
  baselineValue: number;
  baselineDate: string;
  targetValue: number;
  deadline: string;
  pilotLabel: string | null;
}

export type DifferenceKind =
  'TITLE' | 'SECTION_TEXT' | 'OBJECTIVE_ADDED' | 'OBJECTIVE_REMOVED' | 'OBJECTIVE_CHANGED';

/** One difference between two versions, said as a reader would say it. */
export interface PlanDifference {
  kind: DifferenceKind;
  /** « 2. Résultats concrets recherchés », or the objective's title. */
  subject: string;
  /** What changed (« Cible », « Échéance »…), for a changed objective. */
  field: string | null;
  before: string | null;
  after: string | null;
}

const OBJECTIVE_FIELDS: readonly [
  keyof ComparedObjective,
  string,
  (objective: ComparedObjective) => string,
][] = [
  ['section', 'Partie du plan', (o) => PLAN_SECTION_LABELS[o.section]],
  ['title', 'Intitulé', (o) => o.title],
  ['description', 'Description', (o) => o.description],
  ['indicatorLabel', 'Indicateur', (o) => o.indicatorLabel],
  ['indicatorSource', 'Source de l’indicateur', (o) => INDICATOR_SOURCE_LABELS[o.indicatorSource]],
  ['indicatorParameters', 'Périmètre de l’indicateur', (o) => scopeLabel(o.indicatorParameters, o.zoneName)],
  ['direction', 'Sens', (o) => INDICATOR_DIRECTION_LABELS[o.direction]],
  ['baselineValue', 'Valeur de référence', (o) => frenchNumber(o.baselineValue)],
  ['baselineDate', 'Date de référence', (o) => frenchDate(o.baselineDate)],
  ['targetValue', 'Cible', (o) => frenchNumber(o.targetValue)],
  ['deadline', 'Échéance', (o) => frenchDate(o.deadline)],
  ['pilotLabel', 'Pilote', (o) => o.pilotLabel ?? '—'],
];

/**
 * What changed from one version to the next: the title, each section's text, the objectives added,
 * removed (matched by lineage, so a renamed objective is a change, not a removal) and, field by
 * field, the objectives changed — in the plan's order.
 */
export function planDifferences(before: ComparedPlan, after: ComparedPlan): PlanDifference[] {
  const differences: PlanDifference[] = [];
  if (before.title !== after.title)
    differences.push({
      kind: 'TITLE',
      subject: 'Titre du plan',
      field: null,
      before: before.title,
      after: after.title,
    });
  for (const section of PLAN_SECTIONS) {
    if (before.texts[section] !== after.texts[section])
      differences.push({
        kind: 'SECTION_TEXT',
        subject: PLAN_SECTION_LABELS[section],
        field: null,
        before: before.texts[section],
        after: after.texts[section],
      });
  }
  const previous = new Map(before.objectives.map((objective) => [objective.lineageId, objective]));
  const next = new Set(after.objectives.map((objective) => objective.lineageId));
  for (const objective of after.objectives) {
    const old = previous.get(objective.lineageId);
    if (!old) {
      differences.push({
        kind: 'OBJECTIVE_ADDED',
        subject: objective.title,
        field: null,
        before: null,
        after: summary(objective),
      });
      continue;
    }
    for (const [, label, show] of OBJECTIVE_FIELDS) {
      const [was, is] = [show(old), show(objective)];
      if (was !== is)
        differences.push({
          kind: 'OBJECTIVE_CHANGED',
          subject: objective.title,
          field: label,
          before: was,
          after: is,
        });
    }
  }
  for (const objective of before.objectives) {
    if (!next.has(objective.lineageId))
      differences.push({
        kind: 'OBJECTIVE_REMOVED',
        subject: objective.title,
        field: null,
        before: summary(objective),
        after: null,
      });
  }
  return differences;
}

function summary(objective: ComparedObjective): string {
  return `${objective.indicatorLabel} : de ${frenchNumber(objective.baselineValue)} (${frenchDate(objective.baselineDate)}) à ${frenchNumber(objective.targetValue)} au ${frenchDate(objective.deadline)}`;
}

function frenchNumber(value: number): string {
  return value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
}

function frenchDate(day: string): string {
  const [year, month, date] = day.split('-');
  return `${date}/${month}/${year}`;
}
