import { fromBuffer } from 'file-type';
import { isUtf8 } from 'node:buffer';

/** 10 Mo: scans, photos, a signed PDF; not videos. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const TOO_LARGE_MESSAGE = 'Fichier trop volumineux (10 Mo au plus).';
const MAX_NAME = 150;

interface AllowedType {
  label: string;
  /** Extensions a name may keep; any other gets the type's own appended. */
  extensions: readonly string[];
}

/** What may be attached, by type sniffed from the bytes (the client's type and name are never trusted). */
const ALLOWED: Readonly<Record<string, AllowedType>> = {
  'application/pdf': { label: 'PDF', extensions: ['pdf'] },
  'image/png': { label: 'PNG', extensions: ['png'] },
  'image/jpeg': { label: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/webp': { label: 'WebP', extensions: ['webp'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    label: 'DOCX',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    label: 'XLSX',
    extensions: ['xlsx'],
  },
  'application/vnd.oasis.opendocument.text': { label: 'ODT', extensions: ['odt'] },
  'application/vnd.oasis.opendocument.spreadsheet': { label: 'ODS', extensions: ['ods'] },
  'text/plain': { label: 'texte', extensions: ['txt', 'csv', 'md'] },
};

export const ALLOWED_LABELS = Object.values(ALLOWED)
  .map((type) => type.label)
  .join(', ');

export interface SniffedType {
  mime: string;
  ext: string;
  allowed: boolean;
}

/**
 * The type of a file from its bytes: magic numbers first (file-type); without any, markup is
 * recognised (HTML, SVG, XML: refused, a browser could run them) and what remains is text only if
 * it is valid UTF-8 without NUL bytes.
 */
export async function sniffContent(bytes: Buffer): Promise<SniffedType> {
  const detected = await fromBuffer(bytes);
  // file-type stops at `<?xml`; the markup sniffing tells an SVG image from other XML.
  if (detected && detected.ext !== 'xml')
    return { mime: detected.mime, ext: detected.ext, allowed: detected.mime in ALLOWED };
  const markup = sniffMarkup(bytes);
  if (markup) return { ...markup, allowed: false };
  if (!bytes.includes(0) && isUtf8(bytes)) return { mime: 'text/plain', ext: 'txt', allowed: true };
  return { mime: 'application/octet-stream', ext: 'bin', allowed: false };
}

const WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d, 0x20]);
/** The WHATWG MIME-sniffing patterns of HTML (each followed by a space or `>`). */
const HTML_TAGS = [
  '<!doctype html',
  '<html',
  '<head',
  '<script',
  '<iframe',
  '<h1',
  '<div',
  '<font',
  '<table',
  '<a',
  '<style',
  '<title',
  '<b',
  '<body',
  '<br',
  '<p',
  '<!--',
];
/** Markup that makes a text file active content wherever it appears near the top. */
const ACTIVE_ANYWHERE = /<(script|html|svg|iframe|object|embed)[\s>/]/i;

function sniffMarkup(bytes: Buffer): { mime: string; ext: string } | null {
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && WHITESPACE.has(bytes[start])) start++;
  const head = bytes
    .subarray(start, start + 4096)
    .toString('latin1')
    .toLowerCase();
  if (head.startsWith('<?xml')) return /<svg[\s>]/.test(head) ? SVG : XML;
  if (/^<svg[\s>]/.test(head)) return SVG;
  const html = HTML_TAGS.some((tag) => head.startsWith(tag) && /^[\s>]/.test(head.charAt(tag.length)));
  if (html || ACTIVE_ANYWHERE.test(head)) return { mime: 'text/html', ext: 'html' };
  return null;
}

const SVG = { mime: 'image/svg+xml', ext: 'svg' };
const XML = { mime: 'application/xml', ext: 'xml' };

const EXECUTABLES = new Set([
  'application/x-msdownload',
  'application/x-dosexec',
  'application/x-executable',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-msi',
  'application/vnd.microsoft.portable-executable',
]);
const ARCHIVES = new Set([
  'application/zip',
  'application/x-7z-compressed',
  'application/x-rar-compressed',
  'application/vnd.rar',
  'application/gzip',
  'application/x-tar',
  'application/x-bzip2',
  'application/x-xz',
]);

/**
 * How a refused type is named to the user, in words rather than a MIME type: « un programme
 * (.exe) », « une archive compressée (.zip) », « une page web (HTML) ».
 */
export function describeType(type: SniffedType): string {
  const ext = `(.${type.ext})`;
  if (EXECUTABLES.has(type.mime)) return `un programme ${ext}`;
  if (ARCHIVES.has(type.mime)) return `une archive compressée ${ext}`;
  if (type.mime === 'text/html') return 'une page web (HTML), qui peut contenir du code';
  if (type.mime === 'image/svg+xml') return 'une image SVG, qui peut contenir du code';
  if (type.mime === 'application/xml') return 'un document XML';
  if (type.mime === 'application/octet-stream') return 'un fichier dont le contenu n’est pas reconnu';
  if (type.mime.startsWith('image/')) return `une image de ce format ${ext}`;
  if (type.mime.startsWith('video/')) return `une vidéo ${ext}`;
  if (type.mime.startsWith('audio/')) return `un fichier audio ${ext}`;
  return `un fichier de ce format ${ext}`;
}

/**
 * The name a file is stored and served under: the client's name without path, control or
 * direction-changing characters, and with the extension of its real type when it claims another
 * (« photo.pdf » that is a PNG becomes « photo.pdf.png »: opened by its name, it opens as what it is).
 */
export function safeFilename(original: string | undefined, type: SniffedType): string {
  let name = (original ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (!name) name = 'fichier';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const allowed = ALLOWED[type.mime]?.extensions ?? [type.ext];
  const suffix = allowed.includes(extension) ? '' : `.${type.ext}`;
  const chars = Array.from(name);
  if (chars.length + suffix.length > MAX_NAME) {
    // Shortened in the middle of the name, never in its extension.
    const kept = suffix ? '' : name.slice(dot);
    name = chars.slice(0, MAX_NAME - suffix.length - kept.length).join('') + kept;
  }
  return name + suffix;
}

/** `attachment` with an ASCII fallback name and the exact name in RFC 5987 form. */
export function attachmentDisposition(filename: string): string {
  const fallback = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** The Content-Type a stored file is served with. */
export function servedContentType(mime: string): string {
  return mime === 'text/plain' ? 'text/plain; charset=utf-8' : mime;
}
