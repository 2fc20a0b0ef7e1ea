import {
  COUNTING_UNIT_LABELS,
  CountingUnit,
  INCIDENT_FIELDS,
  INCIDENT_SOURCE_LABELS,
  IncidentField,
  IncidentSource,
} from '@continuum/domain/diagnostic';

/** 1 Go, as the server (`POST /diagnostic/imports/…`) allows. */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;
export const TOO_LARGE = 'Fichier trop volumineux (1 Go au plus).';

export interface LineCounts {
  read: number;
  valid: number;
  rejected: number;
  ignored: number;
  imported: number;
}

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const count = (n: number, one: string, many = `${one}s`) => `${integer.format(n)} ${n > 1 ? many : one}`;

/** The DSFR badge of an import's status. */
export function statusBadgeClass(status: string): string {
  switch (status) {
    case 'IMPORTED':
      return 'fr-badge--success';
    case 'AWAITING_DECISION':
      return 'fr-badge--warning';
    case 'REFUSED':
    case 'FAILED':
      return 'fr-badge--error';
    case 'ABANDONED':
      return '';
    case 'RECEIVED':
      return 'fr-badge--new';
    default:
      return 'fr-badge--info';
  }
}

/** « 12 345 lignes lues : 12 300 valides, 45 refusées » (and the lines of other départements left aside). */
export function linesText(lines: LineCounts): string {
  if (lines.read === 0) return 'Aucune ligne lue pour l’instant.';
  const parts = [count(lines.valid, 'valide'), count(lines.rejected, 'refusée')];
  if (lines.ignored > 0)
    parts.push(
      `${count(lines.ignored, 'ligne')} d’autres départements laissée${lines.ignored > 1 ? 's' : ''} de côté`,
    );
  return `${count(lines.read, 'ligne lue', 'lignes lues')} : ${parts.join(', ')}.`;
}

/** « 5,4 Mo », « 812 ko », « 64 octets ». */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return count(bytes, 'octet');
  if (bytes < 1024 * 1024) return `${decimal.format(bytes / 1024)} ko`;
  if (bytes < 1024 * 1024 * 1024) return `${decimal.format(bytes / (1024 * 1024))} Mo`;
  return `${decimal.format(bytes / (1024 * 1024 * 1024))} Go`;
}

/** Checked before sending, so that a gigabyte is not uploaded only to be refused. */
export function fileProblem(file: { size: number } | null): string | null {
  if (!file) return 'Choisissez le fichier à importer.';
  if (file.size === 0) return 'Le fichier est vide (0 octet) : rien à importer.';
  if (file.size > MAX_IMPORT_BYTES) return TOO_LARGE;
  return null;
}

/** The French message of a failed upload: the server's (`{ code, message, field }`), or the network's. */
export function uploadProblem(status: number, body: unknown): string {
  if (status === 0) return 'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez.';
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : null;
  if (typeof message === 'string' && message.trim() !== '') return message;
  if (status === 413) return TOO_LARGE;
  return `L’envoi du fichier a échoué (erreur ${status}). Réessayez dans un instant.`;
}

/** The fields of an incident in the mapping step's order, with their labels and hints. */
export const MAPPED_FIELDS = (Object.values(IncidentField) as IncidentField[]).map((field) => ({
  field,
  ...INCIDENT_FIELDS[field],
}));

export const SOURCE_OPTIONS = (Object.keys(INCIDENT_SOURCE_LABELS) as IncidentSource[]).map((value) => ({
  value,
  label: INCIDENT_SOURCE_LABELS[value],
}));

export const UNIT_OPTIONS = (Object.keys(COUNTING_UNIT_LABELS) as CountingUnit[]).map((value) => ({
  value,
  label: COUNTING_UNIT_LABELS[value],
}));

/** Field → column, from the server's list of pairs. */
export function columnsByField(
  pairs: readonly { field: string; column: number }[],
): Partial<Record<IncidentField, number>> {
  return Object.fromEntries(pairs.map(({ field, column }) => [field, column]));
}

/** The label of the field a column goes to, for the preview's header; null when it is not imported. */
export function fieldOfColumn(
  columns: Partial<Record<IncidentField, number>>,
  column: number,
): string | null {
  const field = (Object.keys(columns) as IncidentField[]).find((key) => columns[key] === column);
  return field ? INCIDENT_FIELDS[field].label : null;
}
