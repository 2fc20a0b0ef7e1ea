import {
  CASE_CATEGORIES,
  CASE_PRIORITY_LABELS,
  CASE_STATUS_LABELS,
  CaseStatus as DomainStatus,
  frenchDay,
  isLowering,
  Sensitivity as DomainSensitivity,
  SENSITIVITY_LABELS,
  SENSITIVITY_ORDER,
  tlpCode,
  transitionNeedsReason,
} from '@continuum/domain';

/**
 * The French words of a case, from the domain's labels where it has them. Pure: the generated
 * GraphQL types are string unions of the domain's enum values, so plain strings come in.
 */

export const STATUS_ORDER: readonly string[] = [
  'NEW',
  'ANALYSIS',
  'RESPONSE',
  'ASSESSMENT',
  'ON_HOLD',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
];

export function statusLabel(status: string): string {
  return CASE_STATUS_LABELS[status as DomainStatus] ?? status;
}

/** DSFR system badge of a status: new, in progress (info), waiting (warning), done (success). */
export function statusBadgeClass(status: string): string {
  switch (status) {
    case 'NEW':
      return 'fr-badge--new';
    case 'ANALYSIS':
    case 'RESPONSE':
    case 'ASSESSMENT':
      return 'fr-badge--info';
    case 'ON_HOLD':
      return 'fr-badge--warning';
    case 'RESOLVED':
      return 'fr-badge--success';
    default:
      return 'fr-badge--no-icon';
  }
}

export const CATEGORY_OPTIONS = Object.entries(CASE_CATEGORIES)
  .map(([value, info]) => ({ value, label: info.label, group: info.group }))
  .sort((a, b) => a.label.localeCompare(b.label, 'fr'));

export const PRIORITY_OPTIONS = Object.entries(CASE_PRIORITY_LABELS).map(([value, label]) => ({
  value,
  label,
}));

export function priorityLabel(priority: string): string {
  return PRIORITY_OPTIONS.find((option) => option.value === priority)?.label ?? priority;
}

export const SENSITIVITY_OPTIONS = SENSITIVITY_ORDER.map((value) => ({
  value: value as string,
  label: SENSITIVITY_LABELS[value],
}));

/** « TLP:AMBER+STRICT »: the short form of the badges. */
export function tlpLabel(sensitivity: string): string {
  return tlpCode(sensitivity);
}

export function sensitivityLabel(sensitivity: string): string {
  return SENSITIVITY_LABELS[sensitivity as DomainSensitivity] ?? tlpLabel(sensitivity);
}

export function lowersSensitivity(from: string, to: string): boolean {
  return isLowering(from as DomainSensitivity, to as DomainSensitivity);
}

export const PERSON_ROLE_OPTIONS = [
  { value: 'VICTIME', label: 'Victime' },
  { value: 'MIS_EN_CAUSE', label: 'Mis en cause' },
  { value: 'TEMOIN', label: 'Témoin' },
  { value: 'SIGNALANT', label: 'Signalant' },
  { value: 'AUTRE', label: 'Autre' },
] as const;

export function personRoleLabel(role: string): string {
  return PERSON_ROLE_OPTIONS.find((option) => option.value === role)?.label ?? role;
}

export const ACTION_STATUS_OPTIONS = [
  { value: 'TODO', label: 'À faire' },
  { value: 'IN_PROGRESS', label: 'En cours' },
  { value: 'DONE', label: 'Terminée' },
  { value: 'CANCELLED', label: 'Annulée' },
] as const;

export function actionStatusLabel(status: string): string {
  return ACTION_STATUS_OPTIONS.find((option) => option.value === status)?.label ?? status;
}

export function referralStatusLabel(status: string): string {
  return status === 'PENDING' ? 'En attente de réponse' : status === 'ACCEPTED' ? 'Acceptée' : 'Déclinée';
}

export const ORDER_OPTIONS = [
  { value: 'UPDATED_DESC', label: 'Mis à jour récemment' },
  { value: 'OPENED_DESC', label: 'Ouverts récemment' },
  { value: 'OPENED_ASC', label: 'Ouverts depuis le plus longtemps' },
  { value: 'PRIORITY_DESC', label: 'Priorité, de la plus haute' },
  { value: 'REFERENCE_ASC', label: 'Référence' },
] as const;

/** The SARA cycle as a DSFR stepper: where the case stands, and what comes next. */
export interface SaraStep {
  current: number;
  total: number;
  title: string;
  next: string | null;
}

const SARA: readonly { status: string; title: string }[] = [
  { status: 'NEW', title: 'Repérage (nouveau dossier)' },
  { status: 'ANALYSIS', title: 'Analyse' },
  { status: 'RESPONSE', title: 'Réponse' },
  { status: 'ASSESSMENT', title: 'Évaluation' },
  { status: 'RESOLVED', title: 'Résolu' },
];

/** Null off the cycle (on hold, rejected): the page says so rather than drawing a step. */
export function saraStep(status: string): SaraStep | null {
  const index = SARA.findIndex((step) => step.status === (status === 'CLOSED' ? 'RESOLVED' : status));
  if (index < 0) return null;
  const closed = status === 'CLOSED';
  return {
    current: index + 1,
    total: SARA.length,
    title: closed ? 'Résolu et clos' : SARA[index].title,
    next: closed ? null : (SARA[index + 1]?.title ?? 'Clôture'),
  };
}

/** The words of a transition button, which depend on where the case comes from. */
export function transitionLabel(from: string, to: string): string {
  switch (to) {
    case 'ANALYSIS':
      if (from === 'RESOLVED' || from === 'REJECTED') return 'Rouvrir en analyse';
      if (from === 'ON_HOLD') return 'Reprendre en analyse';
      if (from === 'RESPONSE') return 'Revenir à l’analyse';
      return 'Passer en analyse';
    case 'RESPONSE':
      if (from === 'ASSESSMENT') return 'Revenir à la réponse';
      if (from === 'ON_HOLD') return 'Reprendre en réponse';
      return 'Passer en réponse';
    case 'ASSESSMENT':
      return from === 'ON_HOLD' ? 'Reprendre en évaluation' : 'Passer en évaluation';
    case 'NEW':
      return 'Reprendre au repérage';
    case 'RESOLVED':
      return 'Marquer comme résolu';
    case 'CLOSED':
      return 'Clore le dossier';
    case 'ON_HOLD':
      return 'Mettre en attente';
    case 'REJECTED':
      return 'Rejeter';
    default:
      return statusLabel(to);
  }
}

export function needsReason(from: string, to: string): boolean {
  return transitionNeedsReason(from as DomainStatus, to as DomainStatus);
}

/** Today in Paris, `AAAA-MM-JJ`: due dates are Paris calendar days. */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(now);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** « en retard de 3 jours », « aujourd’hui », « demain », « dans 5 jours ». */
export function dueLabel(dueOn: string | null, today: string): string {
  if (!dueOn) return 'sans échéance';
  const days = daysBetween(today, dueOn);
  if (days < -1) return `en retard de ${-days} jours`;
  if (days === -1) return 'en retard d’un jour';
  if (days === 0) return 'aujourd’hui';
  if (days === 1) return 'demain';
  return `dans ${days} jours`;
}

/** `2025-03-04` → « 4 mars 2025 », `2025-03-01` → « 1er mars 2025 » (a calendar day: no time zone shift). */
export function formatDay(value: string | null | undefined): string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  return frenchDay(new Date(`${value}T00:00:00Z`), 'UTC');
}

/** « 2,4 Mo », « 830 ko ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  const units = ['ko', 'Mo', 'Go'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString('fr-FR', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/**
 * « 1 dossier », « 3 dossiers », or the wording for none. The same as `plural` of web/ui, kept here
 * so that these pure helpers load without Angular in the unit tests.
 */
export function countOf(count: number, singular: string, pluralForm: string, none?: string): string {
  if (count === 0 && none) return none;
  return `${count.toLocaleString('fr-FR')} ${count > 1 ? pluralForm : singular}`;
}
