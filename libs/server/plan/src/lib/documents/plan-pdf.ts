import { toWinAnsi } from '@continuum/server/platform';
import PDFDocument from 'pdfkit';
import type { PlanDocumentText } from './plan-document';

const MARGIN = 56;
const FOOTER_SPACE = 40;
const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };
/** DSFR colours, as the meeting documents use them. */
const COLOR = {
  ink: '#161616',
  muted: '#666666',
  accent: '#000091',
  rule: '#cecece',
  head: '#e3e3fd',
  draft: '#ce0500',
  adopted: '#18753c',
};

type Pdf = PDFKit.PDFDocument;

/** An A4 PDF of the plan in the standard Helvetica fonts; the same text gives the same bytes. */
export async function renderPlanPdf(text: PlanDocumentText, generatedAt: Date): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: toWinAnsi(text.title),
      Subject: toWinAnsi(text.subtitle),
      Author: 'Continuum',
      CreationDate: generatedAt,
      ModDate: generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

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
    if (!fits(pdf, 60)) pdf.addPage();
    pdf.outline.addItem(toWinAnsi(section.title));
    write(pdf, section.title, { font: FONT.bold, size: 14, color: COLOR.accent });
    pdf.moveDown(0.4);
    for (const paragraph of section.paragraphs) {
      write(pdf, paragraph, { font: FONT.regular, size: 10.5, color: COLOR.ink, align: 'justify' });
      pdf.moveDown(0.4);
    }
    if (section.table) table(pdf, section.table);
    for (const objective of section.objectives) {
      if (!fits(pdf, 90)) pdf.addPage();
      pdf.moveDown(0.4);
      write(pdf, objective.title, { font: FONT.bold, size: 11, color: COLOR.ink });
      pdf.moveDown(0.15);
      for (const [label, value] of objective.lines) {
        pdf
          .font(FONT.bold)
          .fontSize(9.5)
          .fillColor(COLOR.muted)
          .text(`${toWinAnsi(label)} : `, pdf.page.margins.left + 12, pdf.y, {
            width: width(pdf) - 12,
            continued: true,
          });
        pdf.font(FONT.regular).fillColor(COLOR.ink).text(toWinAnsi(value));
        pdf.moveDown(0.1);
      }
      pdf.x = pdf.page.margins.left;
    }
  }

  pdf.moveDown(2);
  if (!fits(pdf, 60)) pdf.addPage();
  for (const line of text.signature)
    write(pdf, line, {
      font: line === text.signature[0] ? FONT.regular : FONT.bold,
      size: 11,
      color: COLOR.ink,
      align: 'right',
    });

  const range = pdf.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    pdf.switchToPage(range.start + index);
    const bottom = pdf.page.height - MARGIN - FOOTER_SPACE + 16;
    const footer = `${text.footer} — page ${index + 1} sur ${range.count}`;
    pdf.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
    pdf.text(toWinAnsi(footer), pdf.page.margins.left, bottom, {
      width: width(pdf),
      align: 'center',
      lineBreak: false,
    });
  }
  pdf.end();
  return done;
}

function table(pdf: Pdf, block: NonNullable<PlanDocumentText['sections'][number]['table']>): void {
  write(pdf, block.caption, { font: FONT.italic, size: 9.5, color: COLOR.muted });
  pdf.moveDown(0.3);
  const widths = [0.5, 0.25, 0.25].map((share) => share * width(pdf));
  row(pdf, block.columns, widths, true);
  for (const cells of block.rows) {
    if (!fits(pdf, 20)) {
      pdf.addPage();
      row(pdf, block.columns, widths, true);
    }
    row(pdf, cells, widths, false);
  }
  pdf.moveDown(0.4);
}

function row(pdf: Pdf, cells: readonly string[], widths: readonly number[], head: boolean): void {
  const left = pdf.page.margins.left;
  const y = pdf.y;
  pdf.font(head ? FONT.bold : FONT.regular).fontSize(9.5);
  const height =
    Math.max(...cells.map((cell, i) => pdf.heightOfString(toWinAnsi(cell), { width: widths[i] - 10 }))) + 8;
  if (head) pdf.rect(left, y, width(pdf), height).fill(COLOR.head);
  let x = left;
  cells.forEach((cell, i) => {
    pdf
      .fillColor(COLOR.ink)
      .text(toWinAnsi(cell), x + 5, y + 4, { width: widths[i] - 10, align: i === 0 ? 'left' : 'right' });
    x += widths[i];
  });
  pdf
    .moveTo(left, y + height)
    .lineTo(left + width(pdf), y + height)
    .strokeColor(COLOR.rule)
    .lineWidth(0.5)
    .stroke();
  pdf.x = left;
  pdf.y = y + height;
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
      width: width(pdf),
      align: look.align ?? 'left',
    });
}

function rule(pdf: Pdf): void {
  const left = pdf.page.margins.left;
  pdf
    .moveTo(left, pdf.y)
    .lineTo(left + width(pdf), pdf.y)
    .strokeColor(COLOR.rule)
    .lineWidth(0.5)
    .stroke();
}

function width(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

function fits(pdf: Pdf, height: number): boolean {
  return pdf.y + height <= pdf.page.height - pdf.page.margins.bottom;
}
