import { OrganizationType } from '../organization-type';

/**
 * A wave of the satisfaction survey of local actors (issue #16): prepared by the cabinet (DRAFT),
 * sent (OPEN: each recipient has a single-use link), then closed — by the cabinet, or by its
 * closing date (an OPEN wave whose closing date has passed is closed for every purpose).
 */
export enum SurveyWaveStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export const SURVEY_WAVE_STATUS_LABELS: Readonly<Record<SurveyWaveStatus, string>> = {
  [SurveyWaveStatus.DRAFT]: 'En préparation',
  [SurveyWaveStatus.OPEN]: 'En cours',
  [SurveyWaveStatus.CLOSED]: 'Close',
};

/** A question on the 1–5 scale, or a free text. */
export enum SurveyQuestionKind {
  SCALE = 'SCALE',
  TEXT = 'TEXT',
}

/** The five steps of the scale, from 1 to 5, as the respondent reads them. */
export const SURVEY_SCALE_LABELS: readonly string[] = [
  'Pas du tout satisfait',
  'Peu satisfait',
  'Moyennement satisfait',
  'Satisfait',
  'Très satisfait',
];

export const SURVEY_SCALE_MIN = 1;
export const SURVEY_SCALE_MAX = 5;
export const SURVEY_TITLE_MAX = 200;
export const SURVEY_INTRO_MAX = 2000;
export const SURVEY_QUESTION_MAX = 300;
export const SURVEY_QUESTIONS_MAX = 12;
export const SURVEY_TEXT_ANSWER_MAX = 2000;
export const SURVEY_REMINDERS_MAX = 3;

/**
 * Who a wave goes to. MAYORS: the people of the mairies (MAIRIE_ORGANIZATION_TYPES). PARTNERS: the
 * private partners (SHARING.md « Who is a public authority »), each through its managers — or, where
 * it has none, the people who work its cases. Chosen organisations and organisation types add all
 * their people. Technical accounts (administration, DPO) are never asked.
 */
export interface SurveyAudience {
  mayors: boolean;
  partners: boolean;
  organizationTypes: OrganizationType[];
  organizationIds: string[];
}

/** The questionnaire offered for a new wave: the same questions from wave to wave make the trend. */
export const DEFAULT_SURVEY_QUESTIONS: readonly {
  kind: SurveyQuestionKind;
  label: string;
  required: boolean;
}[] = [
  {
    kind: SurveyQuestionKind.SCALE,
    label: 'Êtes-vous satisfait de la coordination avec les services de l’État ?',
    required: true,
  },
  {
    kind: SurveyQuestionKind.SCALE,
    label: 'Êtes-vous satisfait de l’information reçue sur les résultats obtenus dans votre territoire ?',
    required: true,
  },
  {
    kind: SurveyQuestionKind.SCALE,
    label: 'Êtes-vous satisfait de la suite donnée à vos signalements et propositions ?',
    required: true,
  },
  {
    kind: SurveyQuestionKind.TEXT,
    label: 'Que faudrait-il améliorer en priorité ?',
    required: false,
  },
];

/** What a group's answers to a scale question come to, once the masking rule has been applied. */
export interface ScaleSummary {
  /** Answers in the group, or null when masked. */
  count: number | null;
  /** Mean score (two decimals), or null when masked or empty. */
  average: number | null;
  /** Answers per step 1…5, or null when masked. */
  distribution: number[] | null;
  masked: boolean;
}

/**
 * A group's scale answers (counts per step 1…5) as shown: a group of fewer than `minCell`
 * respondents (but at least one) is masked whole — its size, mean and distribution — like the
 * diagnostic's small cells, so that nobody's answer can be read out of a small commune or type.
 * `respondents` is the group's number of respondents (who may have skipped an optional question).
 */
export function summarizeScale(
  distribution: readonly number[],
  respondents: number,
  minCell: number,
): ScaleSummary {
  if (distribution.length !== SURVEY_SCALE_MAX) throw new Error('Une répartition compte cinq valeurs.');
  if (respondents > 0 && respondents < minCell)
    return { count: null, average: null, distribution: null, masked: true };
  const count = distribution.reduce((sum, n) => sum + n, 0);
  const total = distribution.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return {
    count,
    average: count > 0 ? Math.round((total / count) * 100) / 100 : null,
    distribution: [...distribution],
    masked: false,
  };
}

/** « 3,75 / 5 », « secret (moins de 5 réponses) » or « — » for no answer. */
export function scaleText(summary: ScaleSummary, minCell: number): string {
  if (summary.masked) return `secret (moins de ${minCell} réponses)`;
  if (summary.average === null) return '—';
  return `${summary.average.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} / 5`;
}

/**
 * The groups of one breakdown (by organisation type, by commune) that are shown. A group of fewer
 * than `minCell` respondents (but at least one) is masked; and since the whole is shown, a masked
 * group could be read back by subtraction when the masked groups together are fewer than `minCell`:
 * then the smallest shown groups are masked too, until the masked ones add up to `minCell` or more
 * (or every group is masked). Returns the keys of the groups to mask.
 */
export function maskedGroups(
  groups: readonly { key: string; respondents: number }[],
  minCell: number,
): Set<string> {
  const masked = new Set(
    groups.filter((g) => g.respondents > 0 && g.respondents < minCell).map((g) => g.key),
  );
  const hidden = () => groups.filter((g) => masked.has(g.key)).reduce((sum, g) => sum + g.respondents, 0);
  const shown = groups
    .filter((g) => !masked.has(g.key) && g.respondents > 0)
    .sort((a, b) => a.respondents - b.respondents || a.key.localeCompare(b.key));
  while (masked.size > 0 && hidden() < minCell && shown.length > 0) masked.add(shown.shift()!.key);
  return masked;
}
