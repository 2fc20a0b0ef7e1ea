import { toWinAnsi } from '@continuum/server/platform';
import PDFDocument from 'pdfkit';
import {
  meetingDocumentText,
  pageLabel,
  type ItemText,
  type LineText,
  type MeetingDocumentText,
  type ParticipantsText,
} from './document-text';
import type { MeetingDocument } from './meeting-document';

const MARGIN = 56;
/** Kept free under the body on every page for the notice, the edition line and the page number. */
const FOOTER_SPACE = 40;
/** Width of the column the item numbers hang in (« 120. » fits). */
const HANG = 26;
const FONT = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  italic: 'Helvetica-Oblique',
  boldItalic: 'Helvetica-BoldOblique',
};
/** DSFR colours, so the printed document looks like the application. */
const COLOR = {
  ink: '#161616',
  muted: '#666666',
  accent: '#000091',
  rule: '#cecece',
  tableHead: '#e3e3fd',
  draft: '#ce0500',
  approved: '#18753c',
};

type Pdf = PDFKit.PDFDocument;

/** An A4 PDF of an agenda or minutes, in the standard Helvetica fonts (nothing to embed). */
export async function renderMeetingPdf(doc: MeetingDocument): Promise<Buffer> {
  const text = meetingDocumentText(doc);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN + FOOTER_SPACE },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: text.metadata.title,
      Subject: text.metadata.subject,
      Author: text.metadata.author,
      Creator: text.metadata.author,
      // Fixed from the document, not the clock: the same document gives the same bytes.
      CreationDate: doc.generatedAt,
      ModDate: doc.generatedAt,
    },
  });
  const output = collect(pdf);

  header(pdf, text);
  participants(pdf, text.participants);
  for (const section of text.sections) {
    sectionTitle(pdf, section.title, section.items[0]);
    if (section.emptyText) paragraph(pdf, section.emptyText, { font: FONT.italic, color: COLOR.muted });
    for (const item of section.items) agendaItem(pdf, item);
  }
  if (text.noItemsText) paragraph(pdf, text.noItemsText, { font: FONT.italic, color: COLOR.muted });
  if (text.total) {
    pdf.moveDown(0.5);
    rule(pdf, pdf.y);
    pdf.moveDown(0.5);
    labelledLine(pdf, text.total, pdf.page.margins.left, contentWidth(pdf));
  }
  if (text.summary) {
    sectionTitle(pdf, text.summary.title);
    paragraph(pdf, text.summary.text, {});
  }
  footers(pdf, text.footer);

  pdf.end();
  return output;
}

function header(pdf: Pdf, text: MeetingDocumentText): void {
  const left = pdf.page.margins.left;
  const width = contentWidth(pdf);
  write(pdf, text.bodyName.toLocaleUpperCase('fr-FR'), { font: FONT.bold, size: 10, color: COLOR.accent });
  pdf.moveDown(0.3);
  write(pdf, text.kindLabel, { font: FONT.bold, size: 22, color: COLOR.ink });
  write(pdf, text.meetingLabel, { font: FONT.regular, size: 14, color: COLOR.ink });
  pdf.moveDown(0.2);
  write(pdf, text.whenHeading, { font: FONT.bold, size: 11, color: COLOR.ink });
  pdf.moveDown(0.6);
  const labelWidth = 100;
  for (const fact of text.facts) {
    const y = pdf.y;
    write(pdf, fact.label, { font: FONT.bold, size: 10, color: COLOR.muted, x: left, y, width: labelWidth });
    const afterLabel = pdf.y;
    write(pdf, fact.value, {
      font: FONT.regular,
      size: 10,
      x: left + labelWidth,
      y,
      width: width - labelWidth,
      // The visio link stays clickable, as in the DOCX.
      link: /^https?:\/\//i.test(fact.value) ? fact.value : undefined,
    });
    pdf.y = Math.max(pdf.y, afterLabel) + 2;
  }
  if (text.status) {
    pdf.moveDown(0.4);
    write(pdf, text.status.text, {
      font: FONT.bold,
      size: 10,
      color: text.status.approved ? COLOR.approved : COLOR.draft,
    });
  }
  pdf.moveDown(0.6);
  rule(pdf, pdf.y);
  pdf.moveDown(0.4);
}

function participants(pdf: Pdf, block: ParticipantsText): void {
  sectionTitle(pdf, block.title);
  if (block.kind === 'none') {
    paragraph(pdf, block.text, { font: FONT.italic, color: COLOR.muted });
  } else if (block.kind === 'convened') {
    for (const group of block.groups) {
      pdf
        .font(FONT.bold)
        .fontSize(10)
        .fillColor(COLOR.ink)
        .text(`${toWinAnsi(group.organization)} `, pdf.page.margins.left, pdf.y, {
          width: contentWidth(pdf),
          continued: true,
        });
      pdf.font(FONT.regular).text(toWinAnsi(group.names));
      pdf.moveDown(0.15);
    }
  } else {
    const widths = [0.34, 0.36, 0.3].map((share) => share * contentWidth(pdf));
    tableRow(pdf, block.columns, widths, true);
    for (const row of block.rows) {
      if (!fits(pdf, rowHeight(pdf, row, widths))) {
        pdf.addPage();
        tableRow(pdf, block.columns, widths, true);
      }
      tableRow(pdf, row, widths, false);
    }
  }
}

const CELL_PAD_X = 5;
const CELL_PAD_Y = 4;

function rowHeight(pdf: Pdf, cells: readonly string[], widths: readonly number[]): number {
  pdf.font(FONT.regular).fontSize(9.5);
  const heights = cells.map((cell, i) =>
    pdf.heightOfString(toWinAnsi(cell), { width: widths[i] - 2 * CELL_PAD_X }),
  );
  return Math.max(...heights) + 2 * CELL_PAD_Y;
}

function tableRow(pdf: Pdf, cells: readonly string[], widths: readonly number[], head: boolean): void {
  const left = pdf.page.margins.left;
  const height = rowHeight(pdf, cells, widths);
  const y = pdf.y;
  if (head) pdf.rect(left, y, contentWidth(pdf), height).fill(COLOR.tableHead);
  let x = left;
  cells.forEach((cell, i) => {
    write(pdf, cell, {
      font: head ? FONT.bold : FONT.regular,
      size: 9.5,
      x: x + CELL_PAD_X,
      y: y + CELL_PAD_Y,
      width: widths[i] - 2 * CELL_PAD_X,
    });
    x += widths[i];
  });
  rule(pdf, y + height);
  pdf.x = left;
  pdf.y = y + height;
}

/** A section title never ends a page alone: it moves with the first line of its first item. */
function sectionTitle(pdf: Pdf, title: string, firstItem?: ItemText): void {
  pdf.moveDown(0.8);
  pdf.font(FONT.bold).fontSize(13);
  const height = pdf.heightOfString(toWinAnsi(title), { width: contentWidth(pdf) }) + 6;
  if (!fits(pdf, height + (firstItem ? itemHeadHeight(pdf, firstItem) : 14))) pdf.addPage();
  pdf.outline.addItem(toWinAnsi(title));
  write(pdf, title, { font: FONT.bold, size: 13, color: COLOR.accent });
  pdf.moveDown(0.4);
}

function itemHeadHeight(pdf: Pdf, item: ItemText): number {
  pdf.font(FONT.bold).fontSize(10.5);
  const title = pdf.heightOfString(toWinAnsi(item.title), { width: contentWidth(pdf) - HANG });
  return title + (item.lines.length > 0 ? 14 : 0);
}

/** Up to this height an item is never split across pages; a longer one only keeps its heading with a line. */
const KEEP_TOGETHER = 180;

function itemHeight(pdf: Pdf, item: ItemText): number {
  pdf.font(FONT.regular).fontSize(10);
  const width = contentWidth(pdf) - HANG;
  const lines = item.lines.map(
    (line) =>
      pdf.heightOfString(toWinAnsi(line.label ? `${line.label} ${line.text}` : line.text), { width }) + 2,
  );
  return itemHeadHeight(pdf, item) - (item.lines.length > 0 ? 14 : 0) + lines.reduce((sum, h) => sum + h, 0);
}

function agendaItem(pdf: Pdf, item: ItemText): void {
  const whole = itemHeight(pdf, item);
  if (!fits(pdf, whole <= KEEP_TOGETHER ? whole : itemHeadHeight(pdf, item))) pdf.addPage();
  const left = pdf.page.margins.left;
  const width = contentWidth(pdf) - HANG;
  const y = pdf.y;
  const color = item.confidential ? COLOR.muted : COLOR.ink;
  write(pdf, item.number, { font: FONT.bold, size: 10.5, color, x: left, y, width: HANG });
  write(pdf, item.title, {
    font: item.confidential ? FONT.boldItalic : FONT.bold,
    size: 10.5,
    color,
    x: left + HANG,
    y,
    width,
  });
  pdf.moveDown(0.15);
  for (const line of item.lines) {
    labelledLine(pdf, line, left + HANG, width);
    pdf.moveDown(0.15);
  }
  pdf.x = left;
  pdf.moveDown(0.6);
}

const LINE_LOOK: Record<LineText['kind'], { font: string; color: string; labelColor: string }> = {
  section: { font: FONT.regular, color: COLOR.muted, labelColor: COLOR.muted },
  details: { font: FONT.regular, color: COLOR.muted, labelColor: COLOR.ink },
  reason: { font: FONT.regular, color: COLOR.ink, labelColor: COLOR.ink },
  duration: { font: FONT.regular, color: COLOR.ink, labelColor: COLOR.ink },
  notes: { font: FONT.regular, color: COLOR.ink, labelColor: COLOR.ink },
  decision: { font: FONT.regular, color: COLOR.ink, labelColor: COLOR.accent },
  'carried-over': { font: FONT.boldItalic, color: COLOR.draft, labelColor: COLOR.draft },
  total: { font: FONT.regular, color: COLOR.ink, labelColor: COLOR.ink },
};

/** « Motif : » in bold, then the text on the same line, wrapping under the label. */
function labelledLine(
  pdf: Pdf,
  line: LineText,
  x: number,
  width = contentWidth(pdf) - (x - pdf.page.margins.left),
) {
  const look = LINE_LOOK[line.kind];
  const size = line.kind === 'total' ? 11 : 10;
  const y = pdf.y;
  if (line.label) {
    pdf
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(look.labelColor)
      .text(`${toWinAnsi(line.label)} `, x, y, { width, continued: true });
    pdf.font(look.font).fillColor(look.color).text(toWinAnsi(line.text));
  } else {
    write(pdf, line.text, { font: look.font, size, color: look.color, x, y, width });
  }
}

function paragraph(pdf: Pdf, text: string, look: { font?: string; color?: string }): void {
  write(pdf, text, { font: look.font ?? FONT.regular, size: 10, color: look.color ?? COLOR.ink });
}

function footers(pdf: Pdf, footer: { edition: string; notice: string | null }): void {
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index += 1) {
    pdf.switchToPage(index);
    // Writing below the bottom margin would open a new page: lift it while the footer is drawn.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    const left = pdf.page.margins.left;
    const width = contentWidth(pdf);
    let y = pdf.page.height - MARGIN - FOOTER_SPACE + 12;
    rule(pdf, y);
    y += 5;
    if (footer.notice) {
      write(pdf, footer.notice, {
        font: FONT.bold,
        size: 8,
        color: COLOR.draft,
        x: left,
        y,
        width,
        align: 'center',
      });
      y += 11;
    }
    const pageWidth = 80;
    const page = pageLabel(index - range.start + 1, range.count).join('');
    write(pdf, footer.edition, {
      font: FONT.regular,
      size: 8,
      color: COLOR.muted,
      x: left,
      y,
      width: width - pageWidth,
      height: 10,
      ellipsis: true,
    });
    write(pdf, page, {
      font: FONT.regular,
      size: 8,
      color: COLOR.muted,
      x: left + width - pageWidth,
      y,
      width: pageWidth,
      align: 'right',
    });
    pdf.page.margins.bottom = bottom;
  }
}

function write(
  pdf: Pdf,
  text: string,
  options: { font: string; size: number; color?: string; x?: number; y?: number } & PDFKit.Mixins.TextOptions,
): void {
  const { font, size, color, x, y, ...textOptions } = options;
  pdf
    .font(font)
    .fontSize(size)
    .fillColor(color ?? COLOR.ink);
  // Always positioned: PDFKit keeps the last x, so text after an indented cell would stay indented.
  pdf.text(toWinAnsi(text), x ?? pdf.page.margins.left, y ?? pdf.y, textOptions);
}

function rule(pdf: Pdf, y: number): void {
  const left = pdf.page.margins.left;
  pdf
    .moveTo(left, y)
    .lineTo(left + contentWidth(pdf), y)
    .lineWidth(0.5)
    .strokeColor(COLOR.rule)
    .stroke();
}

function contentWidth(pdf: Pdf): number {
  return pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
}

function fits(pdf: Pdf, height: number): boolean {
  return pdf.y + height <= pdf.page.height - pdf.page.margins.bottom;
}

function collect(pdf: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}
