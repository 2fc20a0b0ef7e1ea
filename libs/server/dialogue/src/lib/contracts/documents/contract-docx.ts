import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ContractDocumentText } from './contract-document';

/** A4 in twentieths of a point, 2 cm margins, as the plan's and the meetings' documents. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const FONT = 'Arial';
const ACCENT = '000091';

const heading = (text: string) =>
  new Paragraph({
    heading: HeadingLevel.HEADING_1,
    spacing: { before: 360 },
    children: [new TextRun({ text, color: ACCENT })],
  });

/** The contract as a Word document its parties can still edit, laid out like the PDF. */
export async function renderContractDocx(text: ContractDocumentText): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: text.title, bold: true, color: ACCENT, size: 40 })],
    }),
    new Paragraph({ children: [new TextRun({ text: text.subtitle, size: 24 })] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: text.status, bold: true })] }),
    ...text.facts.map(
      ([label, value]) =>
        new Paragraph({ children: [new TextRun({ text: `${label} : `, bold: true }), new TextRun(value)] }),
    ),
    heading('Parties'),
    ...text.parties.map((party) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(party)] })),
    heading('Engagements'),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text.progress)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [text.commitments.columns, ...text.commitments.rows].map(
        (cells, index) =>
          new TableRow({
            tableHeader: index === 0,
            children: cells.map(
              (cell) =>
                new TableCell({
                  shading:
                    index === 0 ? { type: ShadingType.CLEAR, fill: 'E3E3FD', color: 'auto' } : undefined,
                  children: cell
                    .split('\n')
                    .map(
                      (line) => new Paragraph({ children: [new TextRun({ text: line, bold: index === 0 })] }),
                    ),
                }),
            ),
          }),
      ),
    }),
  ];
  if (text.text.length) {
    children.push(heading('Texte du contrat'));
    for (const block of text.text)
      children.push(
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 120 },
          children: [new TextRun(block)],
        }),
      );
  }
  const document = new Document({
    creator: 'Continuum',
    title: text.title,
    styles: { default: { document: { run: { font: FONT, size: 21 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ text: `${text.footer} — page `, size: 16, color: '666666' }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '666666' }),
                  new TextRun({ text: ' sur ', size: 16, color: '666666' }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: '666666' }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
