import { docxFooter, docxTable } from '@continuum/server/platform';
import { Document, HeadingLevel, Packer, PageOrientation, Paragraph, type Table, TextRun } from 'docx';
import type { DiagnosticDocumentText } from './diagnostic-document';

/** A4 in twentieths of a point, 2 cm margins, as the plan's document. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const ACCENT = '000091';

/** The diagnostic as a Word document the cabinet can paste into the plan, laid out like the PDF. */
export async function renderDiagnosticDocx(text: DiagnosticDocumentText): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: text.title, bold: true, color: ACCENT, size: 36 })],
    }),
    new Paragraph({ children: [new TextRun({ text: text.subtitle, size: 22 })] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: text.dated, bold: true, color: '666666' })],
    }),
  ];
  for (const section of text.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        spacing: { before: 360 },
        children: [new TextRun({ text: section.title, color: ACCENT })],
      }),
    );
    for (const paragraph of section.paragraphs)
      children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(paragraph)] }));
    for (const table of section.tables) {
      children.push(...docxTable(table, table.columns.length > 6 ? 14 : undefined));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const document = new Document({
    creator: 'Continuum',
    title: text.title,
    description: text.subtitle,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: docxFooter(text.footer),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
