import { attachmentDisposition, describeType, safeFilename, sniffContent } from './attachment-content';

const PNG_SIGNATURE = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

describe('what an attached file is, from its bytes', () => {
  it('recognises a PNG by its signature, whatever its name', async () => {
    expect(await sniffContent(PNG_SIGNATURE)).toEqual({ mime: 'image/png', ext: 'png', allowed: true });
  });

  it('refuses markup that a browser could run, even without a tag at the very start', async () => {
    for (const [text, mime] of [
      ['  <!doctype html><p>x</p>', 'text/html'],
      ['<HTML>', 'text/html'],
      ['Bonjour\n<script>alert(1)</script>', 'text/html'],
      ['<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
      ['<svg onload="x">', 'image/svg+xml'],
    ])
      expect(await sniffContent(Buffer.from(text))).toMatchObject({ mime, allowed: false });
  });

  it('takes plain text only when it is valid UTF-8 without NUL bytes', async () => {
    expect(await sniffContent(Buffer.from('Réunion du 3 mars : <a et b> sont d’accord.'))).toMatchObject({
      mime: 'text/plain',
      allowed: true,
    });
    expect(await sniffContent(Buffer.from([0x41, 0x00, 0x42]))).toMatchObject({ allowed: false });
    expect(await sniffContent(Buffer.from([0x41, 0xc3, 0x28]))).toMatchObject({ allowed: false });
  });
});

describe('the name a file is stored under', () => {
  const png = { mime: 'image/png', ext: 'png', allowed: true };
  const text = { mime: 'text/plain', ext: 'txt', allowed: true };

  it('drops paths, control and direction characters', () => {
    expect(safeFilename('C:\\Users\\x\\..\\plan.png', png)).toBe('plan.png');
    expect(safeFilename('../../etc/passwd', text)).toBe('passwd.txt');
    expect(safeFilename('facture\u202egnp.exe', png)).toBe('facturegnp.exe.png');
    expect(safeFilename('.htaccess', text)).toBe('htaccess.txt');
    expect(safeFilename('   ', png)).toBe('fichier.png');
  });

  it('keeps an extension that matches the real type, appends it otherwise', () => {
    expect(safeFilename('Photo.PNG', png)).toBe('Photo.PNG');
    expect(safeFilename('photo.pdf', png)).toBe('photo.pdf.png');
    expect(safeFilename('notes.csv', text)).toBe('notes.csv');
  });

  it('shortens a long name without losing its extension', () => {
    const name = safeFilename(`${'é'.repeat(400)}.png`, png);
    expect(Array.from(name)).toHaveLength(150);
    expect(name.endsWith('é.png')).toBe(true);
  });

  it('is sent as an attachment with an ASCII fallback and the exact name', () => {
    expect(attachmentDisposition('compte rendu "été".pdf')).toBe(
      `attachment; filename="compte rendu _ete_.pdf"; filename*=UTF-8''compte%20rendu%20%22%C3%A9t%C3%A9%22.pdf`,
    );
  });
});

describe('how a refused type is named to the user', () => {
  it('says what the file is in words, never a MIME type', () => {
    const named = (mime: string, ext: string) => describeType({ mime, ext, allowed: false });
    expect(named('application/x-msdownload', 'exe')).toBe('un programme (.exe)');
    expect(named('application/zip', 'zip')).toBe('une archive compressée (.zip)');
    expect(named('text/html', 'html')).toBe('une page web (HTML), qui peut contenir du code');
    expect(named('application/octet-stream', 'bin')).toBe('un fichier dont le contenu n’est pas reconnu');
    expect(named('video/mp4', 'mp4')).toBe('une vidéo (.mp4)');
    for (const [mime, ext] of [
      ['application/x-msdownload', 'exe'],
      ['image/gif', 'gif'],
      ['application/x-foo', 'foo'],
    ])
      expect(named(mime, ext)).not.toContain('/');
  });
});
