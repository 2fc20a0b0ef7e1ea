import {
  contentWidth,
  fitsOnPage,
  pdfTable,
  stampA4Footers,
  startA4Pdf,
  toWinAnsi,
} from '@continuum/server/platform';
import type { DiagnosticDocumentText } from './diagnostic-document';

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold' };
const COLOR = { ink: '#161616', muted: '#666666', accent: '#000091', rule: '#cecece' };

/** An A4 PDF of the diagnostic, laid out as the plan's (its tables and footers drawn by the platform). */
export async function renderDiagnosticPdf(text: DiagnosticDocumentText, generatedAt: Date): Promise<Buffer> {
  const { pdf, done } = startA4Pdf({ title: text.title, subject: text.subtitle, generatedAt });
  const write = (line: string, font: string, size: number, color: string) =>
    pdf
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(toWinAnsi(line), pdf.page.margins.left, pdf.y, { width: contentWidth(pdf) });

  write(text.title, FONT.bold, 18, COLOR.accent);
  pdf.moveDown(0.3);
  write(text.subtitle, FONT.regular, 11, COLOR.ink);
  pdf.moveDown(0.2);
  write(text.dated, FONT.bold, 10, COLOR.muted);
  pdf.moveDown(0.6);
  const left = pdf.page.margins.left;
  pdf
    .moveTo(left, pdf.y)
    .lineTo(left + contentWidth(pdf), pdf.y)
    .strokeColor(COLOR.rule)
    .lineWidth(0.5)
    .stroke();

  for (const section of text.sections) {
    pdf.moveDown(0.8);
    if (!fitsOnPage(pdf, 80)) pdf.addPage();
    pdf.outline.addItem(toWinAnsi(section.title));
    write(section.title, FONT.bold, 14, COLOR.accent);
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs) {
      write(paragraph, FONT.regular, 10, COLOR.ink);
      pdf.moveDown(0.3);
    }
    // the wide tables (twelve months, seven days) in a smaller type
    for (const table of section.tables) pdfTable(pdf, table, table.columns.length > 6 ? 7 : 9);
  }
  stampA4Footers(pdf, text.footer);
  pdf.end();
  return done;
}
