import { isUtf8 } from 'node:buffer';

/**
 * Text-level checks and conversions shared by both kinds of import: the encoding (UTF-8 only:
 * a Latin-1 / Windows-1252 file is refused with the line and byte that show it, never guessed),
 * the separator, decimals written with a comma, and the text format of PostgreSQL's `COPY`.
 */

/** What makes a file unreadable as text, in French, with its line; null when it is UTF-8 text. */
export interface EncodingProblem {
  line: number;
  message: string;
}

const LATIN1_HINT = 'Enregistrez-le en UTF-8 (dans un tableur : « CSV UTF-8 ») puis envoyez-le de nouveau.';

/**
 * Checks a file's bytes chunk by chunk as they arrive (an upload of hundreds of megabytes is never
 * held in memory): UTF-8 only, no NUL byte, not a spreadsheet nor UTF-16. `push` each chunk, then
 * `end()`; the first problem found is kept, with the line it is on.
 */
export class TextCheck {
  private carry: Buffer = Buffer.alloc(0);
  private lines = 1;
  private offset = 0;
  private found: EncodingProblem | null = null;

  get problem(): EncodingProblem | null {
    return this.found;
  }

  push(chunk: Buffer): void {
    if (this.found) return;
    if (this.offset === 0 && this.carry.length === 0) {
      const start = chunk.subarray(0, 4);
      if (
        start.subarray(0, 2).equals(Buffer.from([0xff, 0xfe])) ||
        start.subarray(0, 2).equals(Buffer.from([0xfe, 0xff]))
      )
        return this.fail(1, `le fichier est en UTF-16, pas en UTF-8. ${LATIN1_HINT}`);
      if (start.equals(Buffer.from('PK\x03\x04', 'latin1')))
        return this.fail(
          1,
          'c’est un classeur (XLSX ou ODS), pas un fichier CSV : enregistrez-le au format « CSV UTF-8 » puis envoyez-le de nouveau.',
        );
    }
    const data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeLength(data);
    const whole = data.subarray(0, cut);
    if (whole.includes(0)) {
      const at = whole.indexOf(0);
      return this.fail(
        this.lines + countNewlines(whole, at),
        'le fichier contient des octets nuls : ce n’est pas un fichier texte.',
      );
    }
    if (!isUtf8(whole)) {
      const at = firstInvalidUtf8(whole);
      const byte = whole[at];
      return this.fail(
        this.lines + countNewlines(whole, at),
        `le fichier n’est pas en UTF-8 : l’octet 0x${byte.toString(16).toUpperCase()} n’en est pas` +
          (byte >= 0xa0
            ? ` (« ${Buffer.from([byte]).toString('latin1')} » en Latin-1 ou Windows-1252 ?)`
            : '') +
          `. ${LATIN1_HINT}`,
      );
    }
    this.lines += countNewlines(whole, whole.length);
    this.offset += whole.length;
    this.carry = Buffer.from(data.subarray(cut));
  }

  /** After the last chunk: a sequence cut short at the very end is an encoding problem too. */
  end(): EncodingProblem | null {
    if (!this.found && this.carry.length > 0)
      this.fail(
        this.lines,
        `le fichier se termine au milieu d’un caractère : il n’est pas en UTF-8. ${LATIN1_HINT}`,
      );
    return this.found;
  }

  private fail(line: number, message: string): void {
    this.found = { line, message: `Ligne ${line} : ${message}` };
  }
}

/** The length of `data` without an incomplete UTF-8 sequence at its end (0 to 3 bytes left over). */
function completeLength(data: Buffer): number {
  for (let back = 1; back <= Math.min(3, data.length); back++) {
    const byte = data[data.length - back];
    if (byte < 0x80) return data.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? data.length - back : data.length;
    }
  }
  return data.length;
}

/** The offset of the first byte that does not belong to valid UTF-8 (the data is known to hold one). */
export function firstInvalidUtf8(data: Buffer): number {
  let i = 0;
  while (i < data.length) {
    const byte = data[i];
    const size =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0;
    if (size === 0) return i;
    if (size > 1 && !isUtf8(data.subarray(i, i + size))) return i;
    i += size;
  }
  return data.length;
}

function countNewlines(data: Buffer, end: number): number {
  let count = 0;
  let at = data.indexOf(10);
  while (at !== -1 && at < end) {
    count++;
    at = data.indexOf(10, at + 1);
  }
  return count;
}

/** The separator of a header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function detectDelimiter(headerLine: string): ';' | ',' | '\t' {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as keyof typeof counts]++;
  }
  if (counts[','] > counts[';'] && counts[','] >= counts['\t']) return ',';
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return ';';
}

/** The options of csv-parse for an import: BOM dropped, every line kept with its number. */
export function csvOptions(delimiter: string) {
  return {
    delimiter,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  } as const;
}

/**
 * A cell as csv-parse gives it. `NA`, the SSMSI's (and R's) « no value », written without quotes,
 * is read where a value is expected (`decimalText`, `wholeNumber`), quoted or not: a per-field
 * `cast` telling them apart cost csv-parse a context object per field (a third of the reading).
 */
export type Cell = string | null;

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A decimal written the French way (`2,4823480`) or with a point, as the text of a number
 * (`2.4823480`, exact: never through a float); null for an empty cell or `NA`; undefined when it
 * is not a number.
 */
export function decimalText(cell: Cell): string | null | undefined {
  const text = cell?.trim() ?? '';
  if (text === '' || text === 'NA') return null;
  if (!DECIMAL.test(text)) return undefined;
  return text.replace(',', '.');
}

/** A whole number ≥ 0 (`6`, or `6,0`); null for an empty cell or `NA`; undefined otherwise. */
export function wholeNumber(cell: Cell): number | null | undefined {
  const text = decimalText(cell);
  if (text === null || text === undefined) return text;
  const value = Number(text);
  return Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** One row of PostgreSQL's COPY text format: tab-separated, `\N` for null, backslash escapes. */
export function copyRow(values: readonly (string | number | boolean | null)[]): string {
  return `${values.map(copyValue).join('\t')}\n`;
}

function copyValue(value: string | number | boolean | null): string {
  if (value === null) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}

/** A cell quoted the way a message quotes it: trimmed, at most 40 characters. */
export function quoted(cell: Cell): string {
  const text = (cell ?? '').trim();
  return `« ${text.length > 40 ? `${text.slice(0, 39)}…` : text} »`;
}

/** csv-parse's errors on a line it cannot read, said in French. */
export const CSV_ERRORS_IN_FRENCH: Readonly<Record<string, string>> = {
  INVALID_OPENING_QUOTE: 'guillemet au milieu d’un champ non entouré de guillemets',
  CSV_INVALID_CLOSING_QUOTE: 'caractère collé après un guillemet fermant',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'caractère collé après un guillemet fermant',
  CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé (jusqu’à la fin du fichier)',
  CSV_MAX_RECORD_SIZE: 'ligne démesurée',
};
