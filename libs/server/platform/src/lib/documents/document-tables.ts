import {
  AlignmentType,
  Footer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { contentWidth, fitsOnPage } from './a4-pdf';
import { toWinAnsi } from './win-ansi';

type Pdf = PDFKit.PDFDocument;

/** A table of a document, before layout: its first column names the rows, the others are figures. */
export interface DocumentTable {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Each column's share of the width (1 in all); equal shares after a first twice as wide otherwise. */
  widths?: number[];
}

/** The DSFR's colours and Helvetica, as the platform's PDFs draw their tables. */
const LOOK = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  ink: '#161616',
  muted: '#666666',
  rule: '#cecece',
  head: '#e3e3fd',
};

function shares(table: DocumentTable): number[] {
  if (table.widths) return table.widths;
  const n = table.columns.length;
  return table.columns.map((_, i) => (i === 0 ? 2 : 1) / (n + 1));
}

/**
 * Draws a table into an A4 PDF at the current position: its caption in italics, a shaded header
 * row repeated on each new page, the first column left-aligned and the figures right-aligned.
 */
export function pdfTable(pdf: Pdf, table: DocumentTable, fontSize = 9.5): void {
  pdf
    .font(LOOK.italic)
    .fontSize(9.5)
    .fillColor(LOOK.muted)
    .text(toWinAnsi(table.caption), pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });
  pdf.moveDown(0.3);
  const widths = shares(table).map((share) => share * contentWidth(pdf));
  if (!fitsOnPage(pdf, 40)) pdf.addPage();
  pdfRow(pdf, table.columns, widths, true, fontSize);
  for (const cells of table.rows) {
    if (!fitsOnPage(pdf, fontSize * 2 + 4)) {
      pdf.addPage();
      pdfRow(pdf, table.columns, widths, true, fontSize);
    }
    pdfRow(pdf, cells, widths, false, fontSize);
  }
  pdf.moveDown(0.4);
}

function pdfRow(
  pdf: Pdf,
  cells: readonly string[],
  widths: readonly number[],
  head: boolean,
  size: number,
): void {
  const left = pdf.page.margins.left;
  const y = pdf.y;
  const pad = size < 8 ? 2 : 5;
  pdf.font(head ? LOOK.bold : LOOK.regular).fontSize(size);
  const height =
    Math.max(...cells.map((cell, i) => pdf.heightOfString(toWinAnsi(cell), { width: widths[i] - 2 * pad }))) +
    8;
  if (head) pdf.rect(left, y, contentWidth(pdf), height).fill(LOOK.head);
  let x = left;
  cells.forEach((cell, i) => {
    pdf.fillColor(LOOK.ink).text(toWinAnsi(cell), x + pad, y + 4, {
      width: widths[i] - 2 * pad,
      align: i === 0 ? 'left' : 'right',
    });
    x += widths[i];
  });
  pdf
    .moveTo(left, y + height)
    .lineTo(left + contentWidth(pdf), y + height)
    .strokeColor(LOOK.rule)
    .lineWidth(0.5)
    .stroke();
  pdf.x = left;
  pdf.y = y + height;
}

/** The same table for a Word document: its caption, then the table, its header row repeated. */
export function docxTable(table: DocumentTable, size?: number): (Paragraph | Table)[] {
  const columnShares = shares(table);
  return [
    new Paragraph({ children: [new TextRun({ text: table.caption, italics: true, color: '666666' })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [table.columns, ...table.rows].map(
        (cells, index) =>
          new TableRow({
            tableHeader: index === 0,
            children: cells.map(
              (cell, column) =>
                new TableCell({
                  width: { size: Math.round(columnShares[column] * 100), type: WidthType.PERCENTAGE },
                  shading:
                    index === 0 ? { type: ShadingType.CLEAR, fill: 'E3E3FD', color: 'auto' } : undefined,
                  children: [
                    new Paragraph({
                      alignment: column === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                      children: [new TextRun({ text: cell, bold: index === 0, size })],
                    }),
                  ],
                }),
            ),
          }),
      ),
    }),
  ];
}

/** A Word document's footer, « <footer> — page n sur N », as the PDFs' (`stampA4Footers`). */
export function docxFooter(footer: string): Footer {
  const look = { size: 16, color: '666666' };
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ text: `${footer} — page `, ...look }),
          new TextRun({ children: [PageNumber.CURRENT], ...look }),
          new TextRun({ text: ' sur ', ...look }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], ...look }),
        ],
      }),
    ],
  });
}
