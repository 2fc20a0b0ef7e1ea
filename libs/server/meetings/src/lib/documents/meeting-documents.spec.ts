import { CONFIDENTIAL_ITEM_LABEL } from '@continuum/domain';
import JSZip from 'jszip';
import { inflateSync } from 'node:zlib';
import {
  formatDateTime,
  formatDay,
  formatDueOn,
  formatDuration,
  formatMeetingWhen,
  meetingDocumentText,
  totalDuration,
} from './document-text';
import type { MeetingDocument, MeetingDocumentItem } from './meeting-document';
import { renderMeetingDocx } from './meeting-docx';
import { toWinAnsi } from '@continuum/server/platform';
import { renderMeetingPdf } from './meeting-pdf';

type ReadableItem = Extract<MeetingDocumentItem, { confidential: false }>;

// --- Test data ------------------------------------------------------------------------------------

function aCaseItem(overrides: Partial<ReadableItem> = {}): ReadableItem {
  return {
    confidential: false,
    position: 1,
    durationMinutes: 20,
    section: 'Nouveaux dossiers depuis la dernière séance',
    reference: '45-2026-000123',
    title: 'Points de deal rue Henri-Poincaré',
    details: 'Points de deal — Orléans (La Source) — TLP:AMBER',
    reason: 'Nouveau dossier depuis la dernière séance',
    notes: 'La DDPN fait état de trois interpellations.\nLe bailleur propose de fermer les halls à 22 h.',
    decisions: [
      { text: 'Installer deux caméras', owner: "Ville d'Orléans", dueOn: '2027-01-15' },
      { text: 'Réunir le groupe restreint', owner: 'DDPN du Loiret', dueOn: null },
    ],
    carriedOver: false,
    ...overrides,
  };
}

function aFreeItem(overrides: Partial<ReadableItem> = {}): ReadableItem {
  return aCaseItem({
    section: 'Points divers',
    reference: null,
    title: 'Bilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique',
    details: null,
    reason: null,
    notes: null,
    decisions: [],
    durationMinutes: 75,
    carriedOver: true,
    ...overrides,
  });
}

function aConfidentialItem(durationMinutes: number | null = 15, position = 2): MeetingDocumentItem {
  return { confidential: true, position, durationMinutes };
}

class MeetingDocumentBuilder {
  private doc: MeetingDocument = {
    kind: 'AGENDA',
    bodyName: 'CLSPD d’Orléans',
    meetingLabel: 'Séance plénière',
    startsAt: new Date('2026-12-10T13:00:00Z'),
    endsAt: new Date('2026-12-10T15:00:00Z'),
    timeZone: 'Europe/Paris',
    place: 'Hôtel de ville, salle du conseil',
    visioUrl: 'https://webconf.numerique.gouv.fr/clspd-orleans',
    chairOrganization: 'Préfecture du Loiret',
    secretary: "Claire Dubois (Ville d'Orléans)",
    participants: [
      { name: 'Laurent Moreau', organization: 'DDPN du Loiret', attendance: 'PRESENT', representedBy: null },
      { name: 'Sophie Martin', organization: 'DDPN du Loiret', attendance: 'EXCUSED', representedBy: null },
      {
        name: 'Julie Bernard',
        organization: 'Parquet d’Orléans',
        attendance: 'REPRESENTED',
        representedBy: 'Paul Garnier',
      },
    ],
    items: [aCaseItem(), aConfidentialItem(), aFreeItem({ position: 3 })],
    summary: null,
    approval: null,
    readerLabel: 'Laurent Moreau (DDPN du Loiret)',
    generatedAt: new Date('2026-12-03T08:12:00Z'),
    notice: 'Démonstration — données fictives',
  };

  minutes(summary = 'La séance a permis de faire le point sur les sites sensibles.'): this {
    this.doc = { ...this.doc, kind: 'MINUTES', summary };
    return this;
  }

  approved(approval: string): this {
    this.doc = { ...this.doc, approval };
    return this;
  }

  withAgenda(items: MeetingDocument['items']): this {
    this.doc = { ...this.doc, items };
    return this;
  }

  /** A long agenda: every seventh item confidential, as a real backlog looks. */
  withItems(count: number): this {
    const items = Array.from({ length: count }, (_, i) =>
      i % 7 === 3
        ? aConfidentialItem(10, i + 1)
        : aCaseItem({ position: i + 1, title: `Dossier numéro ${i + 1}` }),
    );
    return this.withAgenda(items);
  }

  build(): MeetingDocument {
    return this.doc;
  }
}

const aMeetingDocument = () => new MeetingDocumentBuilder();

// --- Reading the files back -------------------------------------------------------------------------

const normalize = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The paragraphs of one part of a DOCX, with their style: what a reader of the Word file sees. */
async function docxParagraphs(
  file: Buffer,
  part = 'word/document.xml',
): Promise<{ style: string | null; text: string }[]> {
  const xml = await (await JSZip.loadAsync(file)).file(part)?.async('string');
  if (xml === undefined) throw new Error(`${part} missing`);
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1] ?? null,
    text: normalize(
      inner
        .replace(/<w:pPr>[\s\S]*?<\/w:pPr>/g, '')
        .replace(/<w:instrText[^>]*>\s*(\w+)[^<]*<\/w:instrText>/g, '{$1}')
        .replace(/<w:tab\/>/g, '\t')
        .replace(/<w:br\/>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&(\w+);/g, (_, name: string) => XML_ENTITIES[name] ?? `&${name};`),
    ),
  }));
}

/** WinAnsi bytes 0x80–0x9F that are not Latin-1 (the rest of WinAnsi is). */
const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x8c: 'Œ',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x9c: 'œ',
};

/**
 * The text lines of each page of a PDF, as a viewer would show them: content streams inflated,
 * the hex strings of every text object decoded from WinAnsi, fragments on one baseline joined.
 */
function pdfPages(file: Buffer): string[][] {
  const raw = file.toString('latin1');
  const pages: string[][] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    let content: string;
    try {
      content = inflateSync(file.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue; // not a deflated stream
    }
    if (!content.includes(' Tm')) continue;
    const lines = new Map<string, string[]>();
    for (const [, y, body] of content.matchAll(/BT\s+1 0 0 1 \S+ (\S+) Tm([\s\S]*?)ET/g)) {
      const text = [...body.matchAll(/<([0-9a-f]*)>/g)]
        .map(([, hex]) =>
          Buffer.from(hex, 'hex')
            .toString('latin1')
            .replace(/[\x80-\x9f]/g, (c) => WIN_ANSI_HIGH[c.charCodeAt(0)] ?? '\ufffd'),
        )
        .join('');
      lines.set(y, [...(lines.get(y) ?? []), text]);
    }
    pages.push(
      [...lines.values()].map((fragments) => normalize(fragments.join(' ')).replace(/ {2,}/g, ' ').trim()),
    );
  }
  return pages;
}

const pdfText = (pages: string[][]) => pages.flat().join(' ');

/** The document information dictionary, its indirect strings resolved (UTF-16 when not ASCII). */
function pdfInfo(file: Buffer): Record<string, string> {
  const raw = file.toString('latin1');
  const infoRef = /\/Info (\d+) 0 R/.exec(raw)?.[1];
  const dictionary = new RegExp(`\\n${infoRef} 0 obj\\s*<<([\\s\\S]*?)>>`).exec(raw)?.[1] ?? '';
  const info: Record<string, string> = {};
  for (const [, key, ref] of dictionary.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const literal = new RegExp(`\\n${ref} 0 obj\\s*\\(([\\s\\S]*?)\\)\\s*endobj`).exec(raw)?.[1] ?? '';
    const bytes = Buffer.from(literal.replace(/\\([()\\])/g, '$1'), 'latin1');
    info[key] =
      bytes[0] === 0xfe && bytes[1] === 0xff
        ? bytes.subarray(2).swap16().toString('utf16le')
        : bytes.toString('latin1');
  }
  return info;
}

// --- Shared wording --------------------------------------------------------------------------------

describe('document text', () => {
  it('writes durations the French way', () => {
    expect([15, 60, 75, 125, 0].map((m) => normalize(formatDuration(m)))).toEqual([
      '15 min',
      '1 h',
      '1 h 15',
      '2 h 05',
      '0 min',
    ]);
  });

  it('writes the meeting time in its own time zone, winter and summer', () => {
    const when = formatMeetingWhen(
      new Date('2026-12-10T13:00:00Z'),
      new Date('2026-12-10T15:00:00Z'),
      'Europe/Paris',
    );
    expect(normalize(when)).toBe('jeudi 10 décembre 2026, de 14 h 00 à 16 h 00');
    const summer = formatMeetingWhen(
      new Date('2027-06-01T07:30:00Z'),
      new Date('2027-06-01T09:00:00Z'),
      'Europe/Paris',
    );
    expect(normalize(summer)).toBe('mardi 1er juin 2027, de 09 h 30 à 11 h 00');
    expect(formatDay(new Date('2026-12-10T23:30:00Z'), 'Indian/Reunion')).toBe('vendredi 11 décembre 2026');
    expect(normalize(formatDateTime(new Date('2026-12-03T08:12:00Z'), 'Europe/Paris'))).toBe(
      '3 décembre 2026 à 09 h 12',
    );
  });

  it('spans two days when a meeting runs past midnight', () => {
    const when = formatMeetingWhen(
      new Date('2026-12-10T21:00:00Z'),
      new Date('2026-12-11T01:00:00Z'),
      'Europe/Paris',
    );
    expect(normalize(when)).toBe(
      'du jeudi 10 décembre 2026 à 22 h 00 au vendredi 11 décembre 2026 à 02 h 00',
    );
  });

  it('capitalises the day only where it heads a line: mails put it lower case inside their sentences', () => {
    const text = meetingDocumentText(aMeetingDocument().build());
    expect(normalize(text.whenHeading)).toBe('Jeudi 10 décembre 2026, de 14 h 00 à 16 h 00');
    expect(normalize(text.when)).toBe('jeudi 10 décembre 2026, de 14 h 00 à 16 h 00');
  });

  it('writes due dates as day/month/year', () => {
    expect(formatDueOn('2027-01-15')).toBe('15/01/2027');
    expect(formatDueOn('fin janvier')).toBe('fin janvier');
  });

  it('counts confidential items in the total and says which items have no duration', () => {
    expect(
      totalDuration([{ durationMinutes: 20 }, { durationMinutes: null }, { durationMinutes: 15 }]),
    ).toEqual({
      minutes: 35,
      unestimated: 1,
    });
    const text = meetingDocumentText(
      aMeetingDocument()
        .withAgenda([aCaseItem({ durationMinutes: null }), aConfidentialItem(45)])
        .build(),
    );
    expect(normalize(`${text.total?.label} ${text.total?.text}`)).toBe(
      'Durée totale prévue : 45 min (hors 1 point sans durée)',
    );
  });

  it('numbers items in the agenda’s order, as the page does, never regrouped by section', () => {
    // The secretary moved a free item to position 7, between case items: the page shows
    // 7 = the free item, 8 = the next case; the documents and the mails must say the same.
    const doc = aMeetingDocument()
      .withAgenda([
        aCaseItem({
          position: 8,
          title: 'Tapage nocturne',
          section: 'Nouveaux dossiers depuis la dernière séance',
        }),
        aFreeItem({ position: 7, title: 'Sécurisation du marché de Noël', section: 'Points divers' }),
        aConfidentialItem(10, 6),
        ...[1, 2, 3, 4, 5].map((position) => aCaseItem({ position, title: `Dossier ${position}` })),
      ])
      .build();
    const text = meetingDocumentText(doc);
    const numbered = text.sections.flatMap((s) => s.items.map((i) => `${i.number} ${i.title}`));
    expect(numbered.slice(5)).toEqual([
      `6. ${CONFIDENTIAL_ITEM_LABEL}`,
      '7. Sécurisation du marché de Noël',
      '8. 45-2026-000123 — Tapage nocturne',
    ]);
    // One neutral heading: no section title above the confidential item hints at its nature.
    expect(text.sections.map((s) => s.title)).toEqual(['Points inscrits']);
    const confidential = text.sections[0].items[5];
    expect(confidential.lines.map((l) => l.kind)).toEqual(['duration']);
    expect(text.sections[0].items[6].lines[0]).toEqual({
      kind: 'section',
      label: null,
      text: 'Points divers',
    });
  });

  it('puts a colon after each fact label (« Lieu : »)', () => {
    const text = meetingDocumentText(aMeetingDocument().build());
    expect(text.facts.map((f) => normalize(`${f.label} ${f.value}`))).toContain(
      'Lieu : Hôtel de ville, salle du conseil',
    );
  });

  it('numbers items across sections', () => {
    const text = meetingDocumentText(aMeetingDocument().build());
    expect(text.sections.flatMap((s) => s.items.map((i) => `${i.number} ${i.title}`))).toEqual([
      '1. 45-2026-000123 — Points de deal rue Henri-Poincaré',
      `2. ${CONFIDENTIAL_ITEM_LABEL}`,
      '3. Bilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique',
    ]);
  });
});

// --- DOCX ------------------------------------------------------------------------------------------

describe('renderMeetingDocx', () => {
  it('prints the readable items and only a label and a duration for the confidential one', async () => {
    const paragraphs = await docxParagraphs(await renderMeetingDocx(aMeetingDocument().build()));
    const texts = paragraphs.map((p) => p.text);

    expect(texts).toEqual(
      expect.arrayContaining([
        'CLSPD d’Orléans',
        'Ordre du jour',
        'Séance plénière',
        'Jeudi 10 décembre 2026, de 14 h 00 à 16 h 00',
        'Présidence :\tPréfecture du Loiret',
        "Secrétariat :\tClaire Dubois (Ville d'Orléans)",
        'Visioconférence :\thttps://webconf.numerique.gouv.fr/clspd-orleans',
        'DDPN du Loiret Laurent Moreau, Sophie Martin',
        'Points de deal — Orléans (La Source) — TLP:AMBER',
        'Motif : Nouveau dossier depuis la dernière séance',
        'Durée totale prévue : 1 h 50',
      ]),
    );
    const headings = paragraphs.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings).toEqual([
      '1.\t45-2026-000123 — Points de deal rue Henri-Poincaré',
      `2.\t${CONFIDENTIAL_ITEM_LABEL}`,
      '3.\tBilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique',
    ]);
    const confidential = texts.indexOf(`2.\t${CONFIDENTIAL_ITEM_LABEL}`);
    const next = texts.indexOf('3.\tBilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique');
    expect(texts.slice(confidential + 1, next)).toEqual(['Durée : 15 min']);
    // An agenda has no minutes: the notes, decisions and carry-over of an item are not printed.
    expect(texts.join('\n')).not.toMatch(/interpellations|Décision|Reporté/);
  });

  it('prints nothing of a confidential item but its number and duration, even if more arrives', async () => {
    const smuggled = Object.assign(aConfidentialItem(), {
      title: 'Squat au 12 rue des Lilas',
      reference: '45-2026-000999',
      details: 'TLP:RED',
      reason: 'Signalement du bailleur',
    });
    const doc = aMeetingDocument().withAgenda([smuggled]).build();
    const docx = (await docxParagraphs(await renderMeetingDocx(doc))).map((p) => p.text).join('\n');
    const pdf = pdfText(pdfPages(await renderMeetingPdf(doc)));
    for (const text of [docx, pdf]) {
      expect(text).toContain(CONFIDENTIAL_ITEM_LABEL);
      expect(text).not.toMatch(/Lilas|000999|TLP:RED|bailleur/);
    }
  });

  it('prints the minutes: attendance, notes, decisions, carry-over, summary and the draft status', async () => {
    const file = await renderMeetingDocx(aMeetingDocument().minutes().build());
    const texts = (await docxParagraphs(file)).map((p) => p.text);

    expect(texts).toEqual(
      expect.arrayContaining([
        'Compte rendu',
        'Projet de compte rendu — non approuvé',
        'Nom',
        'Présence',
        'Présent·e',
        'Excusé·e',
        'Représenté·e par Paul Garnier',
        'La DDPN fait état de trois interpellations.\nLe bailleur propose de fermer les halls à 22 h.',
        "Décision : Installer deux caméras — Pilote : Ville d'Orléans — Échéance : 15/01/2027",
        'Décision : Réunir le groupe restreint — Pilote : DDPN du Loiret',
        'Reporté à la prochaine séance',
        'Synthèse',
        'La séance a permis de faire le point sur les sites sensibles.',
      ]),
    );
    expect(texts.join('\n')).not.toContain('Durée totale');
  });

  it('prints the approval instead of the draft status once approved', async () => {
    const doc = aMeetingDocument().minutes().approved('Approuvé le 12 décembre 2026 par Marc Petit').build();
    const texts = (await docxParagraphs(await renderMeetingDocx(doc))).map((p) => p.text);
    expect(texts).toContain('Approuvé le 12 décembre 2026 par Marc Petit');
    expect(texts.join('\n')).not.toContain('Projet');
  });

  it('puts the reader, the notice and the page numbers in the footer of every page', async () => {
    const file = await renderMeetingDocx(aMeetingDocument().build());
    const footer = (await docxParagraphs(file, 'word/footer1.xml')).map((p) => p.text);
    expect(footer).toEqual([
      'Démonstration — données fictives',
      'Édité pour Laurent Moreau (DDPN du Loiret) le 3 décembre 2026 à 09 h 12\tPage {PAGE} sur {NUMPAGES}',
    ]);
  });
});

// --- PDF -------------------------------------------------------------------------------------------

describe('renderMeetingPdf', () => {
  it('prints the same words as the DOCX, in characters the standard fonts can show', async () => {
    const doc = aMeetingDocument().minutes('Prochaine séance\u202fen mars — « à confirmer ».').build();
    const pages = pdfPages(await renderMeetingPdf(doc));
    const lines = pages.flat();

    expect(lines).toEqual(
      expect.arrayContaining([
        'CLSPD D’ORLÉANS',
        'Compte rendu',
        'Jeudi 10 décembre 2026, de 14 h 00 à 16 h 00',
        'Projet de compte rendu — non approuvé',
        'Julie Bernard Parquet d’Orléans Représenté·e par Paul Garnier',
        '1. 45-2026-000123 — Points de deal rue Henri-Poincaré',
        `2. ${CONFIDENTIAL_ITEM_LABEL}`,
        '3. Bilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique',
        'Reporté à la prochaine séance',
        'Prochaine séance en mars — « à confirmer ».',
      ]),
    );
    const confidential = lines.indexOf(`2. ${CONFIDENTIAL_ITEM_LABEL}`);
    const next = lines.indexOf('3. Bilan des fêtes de fin d’année et de la Saint-Sylvestre œcuménique');
    expect(lines.slice(confidential + 1, next)).toEqual(['Durée : 15 min']);
    expect(pdfText(pages)).toContain(
      "Décision : Installer deux caméras — Pilote : Ville d'Orléans — Échéance : 15/01/2027",
    );
    expect(pdfText(pages)).not.toContain('\ufffd');
  });

  it('numbers every page and repeats the reader and the notice on each', async () => {
    const pages = pdfPages(await renderMeetingPdf(aMeetingDocument().withItems(120).build()));
    expect(pages.length).toBeGreaterThan(3);
    pages.forEach((lines, index) => {
      expect(lines).toContain('Démonstration — données fictives');
      expect(lines).toContain(
        `Édité pour Laurent Moreau (DDPN du Loiret) le 3 décembre 2026 à 09 h 12 Page ${index + 1} sur ${pages.length}`,
      );
    });
  });

  it('says « Projet » on minutes that are not approved yet', async () => {
    const draft = pdfText(pdfPages(await renderMeetingPdf(aMeetingDocument().minutes().build())));
    expect(draft).toContain('Projet de compte rendu — non approuvé');
    const approved = pdfText(
      pdfPages(
        await renderMeetingPdf(aMeetingDocument().minutes().approved('Approuvé le 12 décembre 2026').build()),
      ),
    );
    expect(approved).toContain('Approuvé le 12 décembre 2026');
    expect(approved).not.toContain('Projet');
  });

  it('describes itself and gives the same bytes for the same document', async () => {
    const doc = aMeetingDocument().build();
    const file = await renderMeetingPdf(doc);
    expect(pdfInfo(file)).toEqual({
      Title: 'Ordre du jour — CLSPD d’Orléans — Séance plénière — jeudi 10 décembre 2026',
      Subject: 'Ordre du jour de la séance du jeudi 10 décembre 2026',
      Author: 'Continuum',
      Creator: 'Continuum',
      Producer: 'PDFKit',
      CreationDate: 'D:20261203081200Z',
      ModDate: 'D:20261203081200Z',
    });
    expect((await renderMeetingPdf(doc)).equals(file)).toBe(true);
  });

  it('turns what WinAnsi lacks into something the standard fonts can print', () => {
    expect(toWinAnsi('9\u202f000 €, œuvre « Dvořák »\u2011test 🚓')).toBe(
      '9\u00a0000 €, œuvre « Dvorák »-test ?',
    );
    expect(toWinAnsi('ligne 1\r\nligne 2')).toBe('ligne 1\nligne 2');
  });
});

describe('a 120-item agenda', () => {
  it('renders in both formats', async () => {
    const doc = aMeetingDocument().withItems(120).build();
    await renderMeetingPdf(doc); // warm-up: fonts and modules load once per process
    const pdfStart = performance.now();
    const pdf = await renderMeetingPdf(doc);
    const pdfMs = performance.now() - pdfStart;
    const docxStart = performance.now();
    const docx = await renderMeetingDocx(doc);
    const docxMs = performance.now() - docxStart;
    // eslint-disable-next-line no-console -- the timing is for the reader of the test run, not an assertion
    console.info(
      `120 items: PDF ${pdfMs.toFixed(0)} ms (${pdf.length} bytes), DOCX ${docxMs.toFixed(0)} ms (${docx.length} bytes)`,
    );
    expect(pdfText(pdfPages(pdf))).toContain('120. 45-2026-000123 — Dossier numéro 120');
    expect((await docxParagraphs(docx)).filter((p) => p.style === 'Heading2')).toHaveLength(120);
  });
});
