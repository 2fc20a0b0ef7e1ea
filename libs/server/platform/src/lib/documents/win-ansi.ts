/** A no-break space: what French typography puts before « : », « ; », « ! », « ? » and in numbers. */
const NBSP = '\u00a0';

/** Characters beyond Latin-1 that WinAnsi still has (PDFKit's WIN_ANSI_MAP): œ, €, dashes, quotes… */
const WIN_ANSI_EXTRA = new Set([
  0x152, 0x153, 0x160, 0x161, 0x178, 0x17d, 0x17e, 0x192, 0x2c6, 0x2dc, 0x2013, 0x2014, 0x2018, 0x2019,
  0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122,
]);
const SUBSTITUTES: Readonly<Record<string, string>> = {
  '\u202f': NBSP, // narrow no-break space (Intl's thousands separator)
  '\u2007': NBSP,
  '\u2060': '',
  '\u200b': '',
  '\ufeff': '',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\t': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
};

function encodable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
}

/**
 * The standard PDF fonts only know WinAnsi; PDFKit would print anything else as two wrong glyphs.
 * Typographic spaces become no-break spaces, accented letters outside the set lose their accent
 * (« Dvořák » → « Dvorák »), and what is left (emoji…) becomes « ? ».
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n').normalize('NFC')) {
    if (char === '\n' || encodable(char)) out += char;
    else if (char in SUBSTITUTES) out += SUBSTITUTES[char];
    else if ((char.codePointAt(0) ?? 0) < 0xa0) out += ' ';
    else {
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      out += base.length > 0 && [...base].every(encodable) ? base : '?';
    }
  }
  return out;
}
