import { stream as excelStream } from 'exceljs';
import type { Worksheet } from 'exceljs';
import { Writable } from 'node:stream';
import { csvCell } from '@continuum/server/platform';
import { ExportCell, ExportColumn, formatClock, WallClock } from './case-export.columns';

export { csvCell };

export type ExportFormat = 'csv' | 'xlsx';

/** Where the rows of an export go, written as they come, with the output's back-pressure respected. */
export interface ExportSink {
  start(columns: readonly ExportColumn[]): Promise<void>;
  rows(rows: ExportCell[][]): Promise<void>;
  /** Completes the file and ends the output. */
  end(): Promise<void>;
}

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export function exportSink(format: ExportFormat, out: Writable): ExportSink {
  return format === 'csv' ? new CsvSink(out) : new XlsxSink(out);
}

/** Excel in France: UTF-8 with a byte-order mark (or accents break), `;` between cells, CRLF lines. */
class CsvSink implements ExportSink {
  private columns: readonly ExportColumn[] = [];

  constructor(private readonly out: Writable) {}

  async start(columns: readonly ExportColumn[]): Promise<void> {
    this.columns = columns;
    await write(this.out, '\uFEFF' + columns.map((column) => csvCell(column.header)).join(';') + '\r\n');
  }

  async rows(rows: ExportCell[][]): Promise<void> {
    if (rows.length === 0) return;
    const text = rows
      .map((cells) => cells.map((cell, i) => csvCell(asText(cell, this.columns[i].kind))).join(';') + '\r\n')
      .join('');
    await write(this.out, text);
  }

  async end(): Promise<void> {
    await new Promise<void>((resolve) => this.out.end(resolve));
  }
}

function asText(cell: ExportCell, kind: ExportColumn['kind']): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  return formatClock(cell, kind === 'datetime');
}

/**
 * XLSX through exceljs's streaming writer: rows are committed as they come, the zip is completed by
 * `end()`. Text goes in as text cells, which a spreadsheet never runs as a formula (no quote needed);
 * dates as real dates, shown in Paris time.
 */
class XlsxSink implements ExportSink {
  private readonly workbook: InstanceType<typeof excelStream.xlsx.WorkbookWriter>;
  private sheet: Worksheet | null = null;

  constructor(private readonly out: Writable) {
    this.workbook = new excelStream.xlsx.WorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: true,
    });
    this.workbook.creator = 'Continuum';
  }

  async start(columns: readonly ExportColumn[]): Promise<void> {
    const sheet = this.workbook.addWorksheet('Dossiers', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = columns.map((column, i) => ({
      key: `c${i}`,
      width: column.width,
      style:
        column.kind === 'date'
          ? { numFmt: 'dd/mm/yyyy' }
          : column.kind === 'datetime'
            ? { numFmt: 'dd/mm/yyyy hh:mm' }
            : {},
    }));
    const header = sheet.addRow(columns.map((column) => column.header));
    header.font = { bold: true };
    header.commit();
    this.sheet = sheet;
  }

  async rows(rows: ExportCell[][]): Promise<void> {
    for (const cells of rows) this.sheet!.addRow(cells.map(asXlsx)).commit();
    if (this.out.writableNeedDrain) await drained(this.out);
  }

  async end(): Promise<void> {
    this.sheet!.commit();
    await this.workbook.commit();
  }
}

/** A wall-clock time as a date cell: spreadsheets have no time zone, so the UTC fields carry it. */
function asXlsx(cell: ExportCell): string | Date | null {
  if (cell === null || typeof cell === 'string') return cell;
  const clock: WallClock = cell;
  return new Date(Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute));
}

async function write(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('export output closed');
  if (!out.write(chunk)) await drained(out);
}

/** Resolves when the output can take more, or is closed (a client that went away never drains). */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
