import { DiagnosticImportKind } from '@continuum/domain/diagnostic';
import { parse } from 'csv-parse/sync';
import type { SsmsiGeneration } from '../entities/diagnostic-import.entity';
import { type Cell, csvOptions, detectDelimiter } from './csv-text';
import { ssmsiLayout } from './ssmsi-format';

/** Lines of the preview shown beside the mapping step. */
export const PREVIEW_LINES = 5;

/** What the start of a file says about it: its separator, header, first lines, SSMSI generation. */
export interface FileHead {
  delimiter: string;
  headers: string[];
  preview: string[][];
  ssmsiGeneration: SsmsiGeneration | null;
  geographyYear: number | null;
}

export type HeadOutcome = { ok: true; head: FileHead } | { ok: false; reason: string };

/**
 * Reads the header and the first lines of a file from its first bytes (`complete` when they are
 * the whole file), and refuses what no mapping could import: a file of 0 bytes, a header of one
 * column, nothing after the header, an SSMSI file of neither generation or missing a column.
 */
export function readFileHead(bytes: Buffer, complete: boolean, kind: DiagnosticImportKind): HeadOutcome {
  if (bytes.length === 0) return { ok: false, reason: 'Le fichier est vide (0 octet) : rien à importer.' };
  let text = bytes.toString('utf8');
  if (!complete) text = text.slice(0, text.lastIndexOf('\n') + 1);
  const firstLine = text.replace(/^\ufeff/, '').split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.trim() === '') return { ok: false, reason: 'Ligne 1 : l’en-tête est vide.' };
  const delimiter = kind === DiagnosticImportKind.SSMSI ? ';' : detectDelimiter(firstLine);
  const records = parse(text, {
    ...csvOptions(delimiter),
    info: false,
    to_line: PREVIEW_LINES + 1,
  }) as Cell[][];
  const [header = [], ...lines] = records;
  const headers = header.map((cell) => (cell ?? '').trim());
  let ssmsiGeneration: SsmsiGeneration | null = null;
  let geographyYear: number | null = null;
  if (kind === DiagnosticImportKind.SSMSI) {
    const layout = ssmsiLayout(header);
    if (!layout.ok) return { ok: false, reason: layout.reason };
    ssmsiGeneration = layout.value.generation;
    geographyYear = layout.value.geographyYear;
  } else if (headers.length < 3) {
    return {
      ok: false,
      reason:
        'Ligne 1 : l’en-tête n’a pas trois colonnes (la date, la catégorie et la commune au moins) : ' +
        'séparez les colonnes par « ; », « , » ou une tabulation.',
    };
  }
  if (lines.length === 0)
    return { ok: false, reason: 'Ligne 2 : aucune ligne après l’en-tête : rien à importer.' };
  return {
    ok: true,
    head: {
      delimiter,
      headers,
      preview: lines.map((line) => line.map((cell) => cell ?? 'NA')),
      ssmsiGeneration,
      geographyYear,
    },
  };
}
