import {
  A4_FOOTER_SPACE,
  A4_MARGIN,
  contentWidth,
  fitsOnPage,
  startA4Pdf,
  toWinAnsi,
} from '@continuum/server/platform';
import type { ContractDocumentText } from './contract-document';

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
/** DSFR colours, as the plan's and the meetings' documents. */
const COLOR = { ink: '#161616', muted: '#666666', accent: '#000091', rule: '#cecece', head: '#e3e3fd' };
const WIDTHS = [0.46, 0.24, 0.13, 0.17];

type Pdf = PDFKit.PDFDocument;

/** An A4 PDF of the contract in the standard Helvetica fonts. */
export async function renderContractPdf(text: ContractDocumentText, generatedAt: Date): Promise<Buffer> {
  const { pdf, done } = startA4Pdf({ title: text.title, subject: text.subtitle, generatedAt });

  write(pdf, text.title, FONT.bold, 20, COLOR.accent);
  pdf.moveDown(0.3);
  write(pdf, text.subtitle, FONT.regular, 12, COLOR.ink);
  pdf.moveDown(0.3);
  write(pdf, text.status, FONT.bold, 10, COLOR.ink);
  pdf.moveDown(0.5);
  for (const [label, value] of text.facts) write(pdf, `${label} : ${value}`, FONT.regular, 10, COLOR.ink);
  heading(pdf, 'Parties');
  for (const party of text.parties) write(pdf, `• ${party}`, FONT.regular, 10.5, COLOR.ink);
  heading(pdf, 'Engagements');
  write(pdf, text.progress, FONT.regular, 10.5, COLOR.ink);
  pdf.moveDown(0.4);
  const widths = WIDTHS.map((share) => share * contentWidth(pdf));
  row(pdf, text.commitments.columns, widths, true);
  for (const cells of text.commitments.rows) {
    if (!fitsOnPage(pdf, 40)) {
      pdf.addPage();
      row(pdf, text.commitments.columns, widths, true);
    }
    row(pdf, cells, widths, false);
  }
  if (text.text.length) {
    heading(pdf, 'Texte du contrat');
    for (const block of text.text) {
      write(pdf, block, FONT.regular, 10.5, COLOR.ink, 'justify');
      pdf.moveDown(0.4);
    }
  }

  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index);
    const bottom = pdf.page.height - A4_MARGIN - A4_FOOTER_SPACE + 16;
    pdf.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
    pdf.text(
      toWinAnsi(`${text.footer} — page ${index + 1} sur ${range.count}`),
      pdf.page.margins.left,
      bottom,
      {
        width: contentWidth(pdf),
        align: 'center',
        lineBreak: false,
      },
    );
  }
  pdf.end();
  return done;
}

function heading(pdf: Pdf, title: string): void {
  pdf.moveDown(0.8);
  if (!fitsOnPage(pdf, 60)) pdf.addPage();
  pdf.outline.addItem(toWinAnsi(title));
  write(pdf, title, FONT.bold, 14, COLOR.accent);
  pdf.moveDown(0.3);
}

function row(pdf: Pdf, cells: readonly string[], widths: readonly number[], head: boolean): void {
  const left = pdf.page.margins.left;
  const y = pdf.y;
  pdf.font(head ? FONT.bold : FONT.regular).fontSize(9.5);
  const height =
    Math.max(...cells.map((cell, i) => pdf.heightOfString(toWinAnsi(cell), { width: widths[i] - 10 }))) + 8;
  if (head) pdf.rect(left, y, contentWidth(pdf), height).fill(COLOR.head);
  let x = left;
  cells.forEach((cell, i) => {
    pdf.fillColor(COLOR.ink).text(toWinAnsi(cell), x + 5, y + 4, { width: widths[i] - 10 });
    x += widths[i];
  });
  pdf
    .moveTo(left, y + height)
    .lineTo(left + contentWidth(pdf), y + height)
    .strokeColor(COLOR.rule)
    .lineWidth(0.5)
    .stroke();
  pdf.x = left;
  pdf.y = y + height;
}

function write(
  pdf: Pdf,
  text: string,
  font: string,
  size: number,
  color: string,
  align: 'left' | 'justify' = 'left',
): void {
  pdf
    .font(font)
    .fontSize(size)
    .fillColor(color)
    .text(toWinAnsi(text), pdf.page.margins.left, pdf.y, {
      width: contentWidth(pdf),
      align,
    });
}
