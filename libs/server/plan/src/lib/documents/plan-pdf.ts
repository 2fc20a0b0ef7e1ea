import {
  contentWidth,
  fitsOnPage,
  pdfTable,
  stampA4Footers,
  startA4Pdf,
  toWinAnsi,
} from '@continuum/server/platform';
import type { PlanDocumentText } from './plan-document';

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
/** DSFR colours, as the meeting documents use them. */
const COLOR = {
  ink: '#161616',
  muted: '#666666',
  accent: '#000091',
  rule: '#cecece',
  draft: '#ce0500',
  adopted: '#18753c',
};

type Pdf = PDFKit.PDFDocument;

/** An A4 PDF of the plan in the standard Helvetica fonts; the same text gives the same bytes. */
export async function renderPlanPdf(text: PlanDocumentText, generatedAt: Date): Promise<Buffer> {
  const { pdf, done } = startA4Pdf({ title: text.title, subject: text.subtitle, generatedAt });

  write(pdf, text.title, { font: FONT.bold, size: 20, color: COLOR.accent });
  pdf.moveDown(0.3);
  write(pdf, text.subtitle, { font: FONT.regular, size: 12, color: COLOR.ink });
  pdf.moveDown(0.3);
  write(pdf, text.status.text, {
    font: FONT.bold,
    size: 10,
    color: text.status.adopted ? COLOR.adopted : COLOR.draft,
  });
  pdf.moveDown(0.6);
  rule(pdf);

  for (const section of text.sections) {
    pdf.moveDown(0.8);
    if (!fitsOnPage(pdf, 60)) pdf.addPage();
    pdf.outline.addItem(toWinAnsi(section.title));
    write(pdf, section.title, { font: FONT.bold, size: 14, color: COLOR.accent });
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs) {
      write(pdf, paragraph, { font: FONT.regular, size: 10.5, color: COLOR.ink, align: 'justify' });
      pdf.moveDown(0.4);
    }
    if (section.table) pdfTable(pdf, { ...section.table, widths: [0.5, 0.25, 0.25] });
    for (const objective of section.objectives) {
      if (!fitsOnPage(pdf, 90)) pdf.addPage();
      pdf.moveDown(0.4);
      write(pdf, objective.title, { font: FONT.bold, size: 11, color: COLOR.ink });
      pdf.moveDown(0.15);
      for (const [label, value] of objective.lines) {
        pdf
          .font(FONT.bold)
          .fontSize(9.5)
          .fillColor(COLOR.muted)
          .text(`${toWinAnsi(label)} : `, pdf.page.margins.left + 12, pdf.y, {
            width: contentWidth(pdf) - 12,
            continued: true,
          });
        pdf.font(FONT.regular).fillColor(COLOR.ink).text(toWinAnsi(value));
        pdf.moveDown(0.1);
      }
      pdf.x = pdf.page.margins.left;
    }
  }

  pdf.moveDown(2);
  if (!fitsOnPage(pdf, 60)) pdf.addPage();
  for (const line of text.signature)
    write(pdf, line, {
      font: line === text.signature[0] ? FONT.regular : FONT.bold,
      size: 11,
      color: COLOR.ink,
      align: 'right',
    });

  stampA4Footers(pdf, text.footer);
  pdf.end();
  return done;
}

function write(
  pdf: Pdf,
  text: string,
  look: { font: string; size: number; color: string; align?: 'left' | 'right' | 'justify' },
): void {
  pdf
    .font(look.font)
    .fontSize(look.size)
    .fillColor(look.color)
    .text(toWinAnsi(text), pdf.page.margins.left, pdf.y, {
      width: contentWidth(pdf),
      align: look.align ?? 'left',
    });
}

function rule(pdf: Pdf): void {
  const left = pdf.page.margins.left;
  pdf
    .moveTo(left, pdf.y)
    .lineTo(left + contentWidth(pdf), pdf.y)
    .strokeColor(COLOR.rule)
    .lineWidth(0.5)
    .stroke();
}
