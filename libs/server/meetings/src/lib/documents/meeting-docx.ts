import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  type IStylesOptions,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import {
  meetingDocumentText,
  pageLabel,
  type ItemText,
  type LineText,
  type MeetingDocumentText,
  type ParticipantsText,
} from './document-text';
import type { MeetingDocument } from './meeting-document';

/** A4 in twentieths of a point, 2 cm margins: what a préfecture's Word template uses. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Indent the item numbers hang in (0.75 cm). */
const HANG = 425;
/** Where fact values start after their label (« Présidence »). */
const FACT_TAB = 1900;
const FONT = 'Arial';
/** DSFR colours, as in the PDF. */
const COLOR = {
  ink: '161616',
  muted: '666666',
  accent: '000091',
  rule: 'CECECE',
  tableHead: 'E3E3FD',
  draft: 'CE0500',
  approved: '18753C',
};

const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: 21, color: COLOR.ink, language: { value: 'fr-FR' } },
      paragraph: { spacing: { after: 60, line: 264 } },
    },
    title: {
      run: { font: FONT, size: 44, bold: true, color: COLOR.ink },
      paragraph: { spacing: { before: 60, after: 40 } },
    },
    heading1: {
      run: { font: FONT, size: 26, bold: true, color: COLOR.accent },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
    },
    heading2: {
      run: { font: FONT, size: 21, bold: true, color: COLOR.ink },
      // Room above each item so two items' headings never touch (the lines of an item end at 60).
      paragraph: { spacing: { before: 280, after: 80 }, keepNext: true, keepLines: true },
    },
  },
};

/** An editable Word document of an agenda or minutes: préfectures finish and sign them in Word. */
export async function renderMeetingDocx(doc: MeetingDocument): Promise<Buffer> {
  const text = meetingDocumentText(doc);
  const document = new Document({
    creator: text.metadata.author,
    lastModifiedBy: text.metadata.author,
    title: text.metadata.title,
    subject: text.metadata.subject,
    styles: STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              footer: 567,
            },
          },
        },
        footers: { default: footer(text.footer) },
        children: [...header(text), ...participants(text.participants), ...body(text)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

function header(text: MeetingDocumentText): Paragraph[] {
  const blocks = [
    new Paragraph({
      children: [
        new TextRun({ text: text.bodyName, bold: true, allCaps: true, color: COLOR.accent, size: 20 }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(text.kindLabel)] }),
    new Paragraph({ children: [new TextRun({ text: text.meetingLabel, size: 28 })] }),
    new Paragraph({
      spacing: { before: 60, after: 200 },
      children: [new TextRun({ text: text.whenHeading, bold: true, size: 22 })],
    }),
    ...text.facts.map(
      (fact) =>
        new Paragraph({
          indent: { left: FACT_TAB, hanging: FACT_TAB },
          tabStops: [{ type: TabStopType.LEFT, position: FACT_TAB }],
          children: [
            new TextRun({ text: fact.label, bold: true, color: COLOR.muted }),
            new TextRun({ children: [new Tab()] }),
            value(fact.value),
          ],
        }),
    ),
  ];
  if (text.status) {
    blocks.push(
      new Paragraph({
        spacing: { before: 160 },
        children: [
          new TextRun({
            text: text.status.text,
            bold: true,
            color: text.status.approved ? COLOR.approved : COLOR.draft,
          }),
        ],
      }),
    );
  }
  blocks.push(
    new Paragraph({
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } },
      children: [],
    }),
  );
  return blocks;
}

/** A visio link stays clickable in Word. */
function value(text: string): ParagraphChild {
  if (!/^https?:\/\//i.test(text)) return new TextRun(text);
  return new ExternalHyperlink({ link: text, children: [new TextRun({ text, style: 'Hyperlink' })] });
}

function participants(block: ParticipantsText): (Paragraph | Table)[] {
  const title = new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.title)] });
  if (block.kind === 'none') return [title, muted(block.text)];
  if (block.kind === 'convened') {
    return [
      title,
      ...block.groups.map(
        (group) =>
          new Paragraph({
            children: [new TextRun({ text: `${group.organization} `, bold: true }), new TextRun(group.names)],
          }),
      ),
    ];
  }
  const widths = [0.34, 0.36, 0.3].map((share) => Math.round(share * TEXT_WIDTH));
  const row = (cells: readonly string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (cell, i) =>
          new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
            shading: head ? { type: ShadingType.CLEAR, fill: COLOR.tableHead, color: 'auto' } : undefined,
            children: [
              new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: cell, bold: head })] }),
            ],
          }),
      ),
    });
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return [
    title,
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      borders: {
        top: border,
        bottom: border,
        insideHorizontal: border,
        left: none,
        right: none,
        insideVertical: none,
      },
      rows: [row(block.columns, true), ...block.rows.map((cells) => row(cells, false))],
    }),
  ];
}

function body(text: MeetingDocumentText): Paragraph[] {
  const blocks: Paragraph[] = [];
  for (const section of text.sections) {
    blocks.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }));
    if (section.emptyText) blocks.push(muted(section.emptyText));
    for (const item of section.items) blocks.push(...agendaItem(item));
  }
  if (text.noItemsText) blocks.push(muted(text.noItemsText));
  if (text.total) blocks.push(line(text.total, 0, { before: 240 }));
  if (text.summary) {
    blocks.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text.summary.title)] }),
      new Paragraph({ children: runs(text.summary.text, {}) }),
    );
  }
  return blocks;
}

function agendaItem(item: ItemText): Paragraph[] {
  const look = item.confidential ? { color: COLOR.muted, italics: true } : {};
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      indent: { left: HANG, hanging: HANG },
      tabStops: [{ type: TabStopType.LEFT, position: HANG }],
      children: [
        new TextRun({ text: item.number, ...look }),
        new TextRun({ children: [new Tab(), item.title], ...look }),
      ],
    }),
    ...item.lines.map((entry) => line(entry, HANG)),
  ];
}

const LINE_LOOK: Record<
  LineText['kind'],
  { color?: string; labelColor?: string; bold?: boolean; italics?: boolean }
> = {
  section: { color: COLOR.muted, italics: true },
  details: { color: COLOR.muted },
  reason: {},
  duration: {},
  notes: {},
  decision: { labelColor: COLOR.accent },
  'carried-over': { color: COLOR.draft, bold: true, italics: true },
  total: {},
};

function line(entry: LineText, indent: number, spacing: { before?: number } = {}): Paragraph {
  const look = LINE_LOOK[entry.kind];
  const size = entry.kind === 'total' ? 22 : undefined;
  const label = entry.label
    ? [new TextRun({ text: `${entry.label} `, bold: true, color: look.labelColor ?? look.color, size })]
    : [];
  return new Paragraph({
    indent: { left: indent },
    spacing,
    children: [
      ...label,
      ...runs(entry.text, { color: look.color, bold: look.bold, italics: look.italics, size }),
    ],
  });
}

function muted(text: string): Paragraph {
  return new Paragraph({ children: runs(text, { color: COLOR.muted, italics: true }) });
}

/** The secretary's line breaks survive as line breaks in Word. */
function runs(
  text: string,
  style: { color?: string; bold?: boolean; italics?: boolean; size?: number },
): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((part, index) => new TextRun({ text: part, break: index > 0 ? 1 : undefined, ...style }));
}

function footer(content: { edition: string; notice: string | null }): Footer {
  const small = { size: 16, color: COLOR.muted };
  const rule = { top: { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule, space: 4 } };
  const notice = content.notice
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          border: rule,
          spacing: { after: 40 },
          children: [new TextRun({ text: content.notice, bold: true, size: 16, color: COLOR.draft })],
        }),
      ]
    : [];
  return new Footer({
    children: [
      ...notice,
      new Paragraph({
        border: content.notice ? undefined : rule,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        spacing: { after: 0 },
        children: [
          new TextRun({ text: content.edition, ...small }),
          new TextRun({
            children: [new Tab(), ...pageLabel<string>(PageNumber.CURRENT, PageNumber.TOTAL_PAGES)],
            ...small,
          }),
        ],
      }),
    ],
  });
}
