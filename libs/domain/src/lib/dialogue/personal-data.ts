/**
 * Personal data a citizen may write into a proposal without meaning to share it: e-mail addresses,
 * telephone numbers, licence plates, « M./Mme Nom », street addresses with a number. Flagged for
 * the moderator, masked for every other reader. A pure function: its tests are the rules.
 */
export enum PersonalDataKind {
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  PLATE = 'PLATE',
  PERSON = 'PERSON',
  ADDRESS = 'ADDRESS',
  /** A passage the moderator chose to mask (what the patterns missed: a name alone, a nickname…). */
  OTHER = 'OTHER',
}

export const PERSONAL_DATA_LABELS: Readonly<Record<PersonalDataKind, string>> = {
  [PersonalDataKind.EMAIL]: 'adresse électronique',
  [PersonalDataKind.PHONE]: 'numéro de téléphone',
  [PersonalDataKind.PLATE]: 'plaque d’immatriculation',
  [PersonalDataKind.PERSON]: 'nom de personne',
  [PersonalDataKind.ADDRESS]: 'adresse postale',
  [PersonalDataKind.OTHER]: 'donnée personnelle',
};

export interface PersonalDataFlag {
  kind: PersonalDataKind;
  /** Offsets in the text (UTF-16 code units, as JavaScript counts), `end` excluded. */
  start: number;
  end: number;
  excerpt: string;
}

const NAME = String.raw`[A-ZÀ-ÖØ-Þ][\p{L}’'-]+`;
const STREET_TYPES = [
  'rue',
  'avenue',
  'av\\.',
  'boulevard',
  'bd',
  'place',
  'allée',
  'allee',
  'impasse',
  'chemin',
  'route',
  'quai',
  'cours',
  'square',
  'passage',
  'faubourg',
  'résidence',
  'residence',
  'rond-point',
  'sentier',
  'esplanade',
  'promenade',
  'parvis',
  'cité',
  'lotissement',
  'venelle',
  'ruelle',
  'mail',
]
  // Either case for the first letter (« Rue », « rue »); the rest of the pattern is case-sensitive.
  .map((type) => `[${type[0].toUpperCase()}${type[0]}]${type.slice(1)}`)
  .join('|');

const PATTERNS: [PersonalDataKind, RegExp][] = [
  // Starting only where a word starts: tried at every letter of a long word, it would be quadratic.
  [
    PersonalDataKind.EMAIL,
    /(?<![\p{L}0-9._%+-])[\p{L}0-9._%+-]{1,64}@[\p{L}0-9-]+(?:\.[\p{L}0-9-]+)*\.\p{L}{2,}/gu,
  ],
  // French numbers: 0X XX XX XX XX, +33 X…, 0033 X…, with spaces, dots or dashes.
  [
    PersonalDataKind.PHONE,
    /(?<![\d+])(?:(?:\+|00)33[\s.-]?(?:\(0\)[\s.-]?)?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/gu,
  ],
  // SIV plates (AB-123-CD) and the former FNI ones (1234 AB 45, 2A and 2B included).
  [
    PersonalDataKind.PLATE,
    /(?<![\p{L}\d])[A-HJ-NP-TV-Z]{2}[\s-]?\d{3}[\s-]?[A-HJ-NP-TV-Z]{2}(?![\p{L}\d])/gu,
  ],
  [
    PersonalDataKind.PLATE,
    /(?<![\p{L}\d])\d{1,4}[\s-]?[A-HJ-NP-Z]{2,3}[\s-]?(?:0[1-9]|[1-8]\d|9[0-5]|2A|2B)(?![\p{L}\d])/gu,
  ],
  [
    PersonalDataKind.PERSON,
    new RegExp(
      String.raw`(?<![\p{L}])(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame|Mademoiselle|Me|Maître|Dr|Docteur)\s+(?:${NAME})(?:\s+${NAME})?`,
      'gu',
    ),
  ],
  [
    PersonalDataKind.ADDRESS,
    new RegExp(
      String.raw`(?<![\p{L}\d])\d{1,4}\s?(?:bis|ter|quater|[A-D](?![\p{L}]))?,?\s+(?:${STREET_TYPES})(?![\p{L}])(?:\s+(?:de\s+la|de\s+l[’']|du|des|de|d[’']|la|le|les|l[’']))?\s*[\p{L}’'-]+(?:\s+(?:de\s+la\s+|du\s+|des\s+|de\s+)?[A-ZÀ-Ö][\p{L}’'-]+)*`,
      'gu',
    ),
  ],
];

/** Every piece of personal data found in `text`, in order, overlaps merged (the wider kind kept). */
export function flagPersonalData(text: string): PersonalDataFlag[] {
  const found: PersonalDataFlag[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      found.push({ kind, start, end: start + match[0].length, excerpt: match[0] });
    }
  }
  return merge(text, found);
}

/**
 * The flags with every occurrence of the moderator's passages added (kind OTHER), overlaps merged:
 * what the patterns missed. A passage that is not in the text is returned in `missing`.
 */
export function addModeratorFlags(
  text: string,
  flags: readonly PersonalDataFlag[],
  passages: readonly string[],
): { flags: PersonalDataFlag[]; missing: string[] } {
  const found = flags.map((flag) => ({ ...flag }));
  const missing: string[] = [];
  for (const passage of passages) {
    let at = text.indexOf(passage);
    if (passage === '' || at < 0) {
      missing.push(passage);
      continue;
    }
    while (at >= 0) {
      found.push({ kind: PersonalDataKind.OTHER, start: at, end: at + passage.length, excerpt: passage });
      at = text.indexOf(passage, at + passage.length);
    }
  }
  return { flags: merge(text, found), missing };
}

function merge(text: string, found: PersonalDataFlag[]): PersonalDataFlag[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDataFlag[] = [];
  for (const flag of found) {
    const last = merged[merged.length - 1];
    if (last && flag.start < last.end) {
      if (flag.end > last.end) {
        last.end = flag.end;
        last.excerpt = text.slice(last.start, last.end);
      }
      continue;
    }
    merged.push({ ...flag });
  }
  return merged;
}

/** The text with each flagged piece replaced by « [nom de personne masqué] » and the like. */
export function maskPersonalData(text: string, flags: readonly PersonalDataFlag[]): string {
  let masked = '';
  let at = 0;
  for (const flag of flags) {
    masked +=
      text.slice(at, flag.start) +
      `[${PERSONAL_DATA_LABELS[flag.kind]} masqué${feminine(flag.kind) ? 'e' : ''}]`;
    at = flag.end;
  }
  return masked + text.slice(at);
}

function feminine(kind: PersonalDataKind): boolean {
  return kind !== PersonalDataKind.PERSON && kind !== PersonalDataKind.PHONE;
}
