import {
  CASE_CATEGORIES,
  CASE_PRIORITY_LABELS,
  CASE_STATUS_LABELS,
  SENSITIVITY_LABELS,
} from '@continuum/domain';
import { CaseEntity } from '../entities/case.entity';

/** A date as read on a clock in Paris (what the user expects in a spreadsheet cell). */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export type ExportCell = string | WallClock | null;

/** Names of what a case only points at, looked up once per batch. */
export interface ExportLabels {
  commune: (code: string) => string;
  zone: (id: string) => string;
  organization: (id: string) => string;
}

export interface ExportColumn {
  header: string;
  kind: 'text' | 'date' | 'datetime';
  /** Width in characters, for the spreadsheet. */
  width: number;
  value: (row: CaseEntity, labels: ExportLabels) => ExportCell;
}

/**
 * The columns of an export, in French. Deliberately no description and never the persons: an
 * export leaves the platform, so it carries only what a list shows (SHARING.md, nominative data).
 */
export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Référence', kind: 'text', width: 16, value: (c) => c.reference },
  { header: 'Titre', kind: 'text', width: 48, value: (c) => c.title },
  {
    header: 'Catégorie',
    kind: 'text',
    width: 32,
    value: (c) => CASE_CATEGORIES[c.category]?.label ?? c.category,
  },
  { header: 'Commune', kind: 'text', width: 24, value: (c, l) => l.commune(c.communeCode) },
  { header: 'Zone', kind: 'text', width: 24, value: (c, l) => (c.zoneId ? l.zone(c.zoneId) : null) },
  { header: 'Statut', kind: 'text', width: 16, value: (c) => CASE_STATUS_LABELS[c.status] },
  { header: 'Diffusion', kind: 'text', width: 14, value: (c) => SENSITIVITY_LABELS[c.sensitivity] },
  { header: 'Priorité', kind: 'text', width: 10, value: (c) => CASE_PRIORITY_LABELS[c.priority] },
  { header: 'Porteur', kind: 'text', width: 32, value: (c, l) => l.organization(c.ownerOrganizationId) },
  { header: 'Ouvert le', kind: 'date', width: 12, value: (c) => parisClock(c.openedAt) },
  { header: 'Mis à jour le', kind: 'datetime', width: 17, value: (c) => parisClock(c.updatedAt) },
  {
    header: 'Évaluation prévue',
    kind: 'date',
    width: 12,
    value: (c) => (c.assessmentDueOn ? calendarDate(c.assessmentDueOn) : null),
  },
];

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function parisClock(instant: Date): WallClock {
  const parts = PARIS.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** A `date` column (AAAA-MM-JJ): a calendar day, no time zone. */
export function calendarDate(value: string): WallClock {
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day, hour: 0, minute: 0 };
}

const two = (n: number) => String(n).padStart(2, '0');

/** 31/12/2025, or 31/12/2025 14:05: the forms Excel and LibreOffice read as dates in French. */
export function formatClock(clock: WallClock, withTime: boolean): string {
  const date = `${two(clock.day)}/${two(clock.month)}/${clock.year}`;
  return withTime ? `${date} ${two(clock.hour)}:${two(clock.minute)}` : date;
}

/** The day in Paris, for the file name: dossiers-2025-12-31.csv. */
export function parisDay(instant: Date): string {
  const clock = parisClock(instant);
  return `${clock.year}-${two(clock.month)}-${two(clock.day)}`;
}
