import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TextRun } from 'docx';
import { docxFooter, docxTable } from '@continuum/server/platform';
import type { PlanDocumentText } from './plan-document';

/** A4 in twentieths of a point, 2 cm margins, as the meeting documents. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const FONT = 'Arial';
const ACCENT = '000091';

/** The plan as a Word document a préfecture can still edit before signature, laid out like the PDF. */
export async function renderPlanDocx(text: PlanDocumentText): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: text.title, bold: true, color: ACCENT, size: 40 })],
    }),
    new Paragraph({ children: [new TextRun({ text: text.subtitle, size: 24 })] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun({ text: text.status.text, bold: true, color: text.status.adopted ? '18753C' : 'CE0500' }),
      ],
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
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: [new TextRun(paragraph)],
        }),
      );
    if (section.table) children.push(...docxTable(section.table));
    for (const objective of section.objectives) {
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          spacing: { before: 200 },
          children: [new TextRun(objective.title)],
        }),
      );
      for (const [label, value] of objective.lines)
        children.push(
          new Paragraph({
            indent: { left: 240 },
            children: [new TextRun({ text: `${label} : `, bold: true, color: '666666' }), new TextRun(value)],
          }),
        );
    }
  }
  children.push(new Paragraph({ spacing: { before: 600 }, children: [] }));
  text.signature.forEach((line, index) =>
    children.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: line, bold: index > 0 })],
      }),
    ),
  );
  const document = new Document({
    creator: 'Continuum',
    title: text.title,
    description: text.subtitle,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
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
