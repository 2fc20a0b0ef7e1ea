import { frenchDay } from '@continuum/domain';
import {
  INDICATOR_DIRECTION_LABELS,
  OBJECTIVE_PROGRESS_LABELS,
  type ObjectiveProgress,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
  PlanSection,
  PlanStatus,
} from '@continuum/domain/plan';
import type {
  IndicatorReadingModel,
  PlanDiagnosticSnapshotModel,
  PlanObjectiveModel,
} from '../plans/plan.models';
import type { PlanRow } from '../plans/plan-rows';
import { sectionTexts } from '../plans/plan-rows';

/** What a plan's document is made of, before any layout: the same text for the DOCX and the PDF. */
export interface PlanDocumentInput {
  plan: PlanRow;
  departementName: string;
  prefectureCity: string;
  snapshot: PlanDiagnosticSnapshotModel | null;
  objectives: { objective: PlanObjectiveModel; reading: IndicatorReadingModel }[];
  timeZone: string;
  generatedAt: Date;
}

export interface PlanDocumentText {
  title: string;
  subtitle: string;
  status: { text: string; adopted: boolean };
  sections: {
    title: string;
    paragraphs: string[];
    table: { caption: string; columns: string[]; rows: string[][] } | null;
    objectives: { title: string; lines: [string, string][] }[];
  }[];
  signature: string[];
  footer: string;
}

const number = (value: number | null) =>
  value === null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: 1 });
const day = (iso: string, timeZone: string) => frenchDay(new Date(`${iso}T12:00:00Z`), timeZone);

/**
 * The plan laid out as a prefect signs it: its title, the five sections of the circular in order —
 * each with its text, the first with the diagnostic's figures as they stood on adoption, each with
 * its objectives (indicator, baseline, target, deadline, pilot, where it stands) — and the
 * signature block (« Fait à Orléans, le … »). A draft says so on every page.
 */
export function planDocumentText(input: PlanDocumentInput): PlanDocumentText {
  const { plan, timeZone } = input;
  const adopted = plan.status === PlanStatus.ADOPTED && plan.adoptedAt !== null;
  const texts = sectionTexts(plan);
  const sections = PLAN_SECTIONS.map((section) => ({
    title: PLAN_SECTION_LABELS[section],
    paragraphs: texts[section]
      .split(/\n{2,}|\r\n\r\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean),
    table: section === PlanSection.DIAGNOSTIC && input.snapshot ? diagnosticTable(input.snapshot) : null,
    objectives: input.objectives
      .filter(({ objective }) => objective.section === section)
      .map(({ objective, reading }) => ({
        title: objective.title,
        lines: objectiveLines(objective, reading, timeZone),
      })),
  }));
  return {
    title: plan.title,
    subtitle: `Plan d’action départemental de restauration de la sécurité du quotidien — ${input.departementName}, ${plan.year}`,
    status: adopted
      ? {
          text: `Version ${plan.version}, adoptée le ${frenchDay(plan.adoptedAt!, timeZone)}${plan.adoptedByLabel ? ` — ${plan.adoptedByLabel}` : ''}`,
          adopted: true,
        }
      : { text: `Version ${plan.version} — projet, non adopté`, adopted: false },
    sections,
    signature: adopted
      ? [
          `Fait à ${input.prefectureCity}, le ${frenchDay(plan.adoptedAt!, timeZone)}`,
          `Le préfet du ${input.departementName}`,
        ]
      : ['Projet soumis à la signature du préfet'],
    footer: `${plan.title} — ${adopted ? `version ${plan.version} adoptée` : 'projet'} — édité le ${frenchDay(input.generatedAt, timeZone)}`,
  };
}

function diagnosticTable(
  snapshot: PlanDiagnosticSnapshotModel,
): PlanDocumentText['sections'][number]['table'] {
  const cell = (value: number | null) => (value === null ? 'masqué' : number(value));
  return {
    caption: `Faits enregistrés, ${snapshot.period} (chiffres au ${snapshot.takenOn.split('-').reverse().join('/')})`,
    columns: ['Catégorie', 'Douze mois', 'Douze mois précédents'],
    rows: [
      ...snapshot.categories.map((row) => [row.label, cell(row.incidents), cell(row.previousYear)]),
      [
        snapshot.partial ? 'Total des chiffres visibles' : 'Total',
        number(snapshot.incidents),
        number(snapshot.previousYear),
      ],
    ],
  };
}

function objectiveLines(
  objective: PlanObjectiveModel,
  reading: IndicatorReadingModel,
  timeZone: string,
): [string, string][] {
  const lines: [string, string][] = [
    ['Indicateur', `${objective.indicatorLabel} (${objective.indicatorScope})`],
    [
      'Objectif',
      `${INDICATOR_DIRECTION_LABELS[objective.direction]} : de ${number(objective.baselineValue)} au ${day(objective.baselineDate, timeZone)} à ${number(objective.targetValue)} au ${day(objective.deadline, timeZone)}`,
    ],
  ];
  if (objective.pilotLabel) lines.push(['Pilote', objective.pilotLabel]);
  if (objective.description) lines.push(['Description', objective.description]);
  lines.push([
    'Où en est-on',
    reading.currentValue === null
      ? OBJECTIVE_PROGRESS_LABELS[reading.progress as ObjectiveProgress]
      : `${number(reading.currentValue)} au ${day(reading.currentOn!, timeZone)} — ${reading.progressLabel}`,
  ]);
  return lines;
}
