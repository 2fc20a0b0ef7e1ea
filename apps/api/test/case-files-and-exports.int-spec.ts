import { Workbook } from 'exceljs';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import request from 'supertest';
import { Api, Session, unique } from './api-harness';

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id reference } }`;
const ATTACHMENTS = `query($id: ID!) { case(id: $id) {
  attachments { id filename contentType size uploadedByLabel downloadUrl createdAt } timeline { kind summary } } }`;

interface CaseRow {
  id: string;
  reference: string;
}
interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  uploadedByLabel: string;
  downloadUrl: string;
}

const CSV_HEADER =
  'Référence;Titre;Catégorie;Commune;Zone;Statut;Diffusion;Priorité;Porteur;Ouvert le;Mis à jour le;Évaluation prévue';

// ---------------------------------------------------------------------------------------------
// Small files built byte by byte, so the test says exactly what it sends.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A valid 2×2 RGB PNG: signature, IHDR, IDAT (zlib), IEND, each chunk with its CRC. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0); // width
  header.writeUInt32BE(2, 4); // height
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter, no interlace
  const pixels = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]); // filter byte + 2 px per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A zip holding one stored file. */
function tinyZip(): Buffer {
  const name = Buffer.from('lisez-moi.txt');
  const data = Buffer.from('bonjour');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** The start of a Windows executable (DOS header): what file-type recognises as one. */
function tinyExe(): Buffer {
  const exe = Buffer.alloc(512);
  exe.write('MZ', 0, 'ascii');
  exe.write('This program cannot be run in DOS mode.', 78, 'ascii');
  return exe;
}

/** Collects a binary body (supertest only buffers text and JSON by itself). */
function binary(res: unknown, done: (error: Error | null, body: unknown) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

async function readWorkbook(body: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  // exceljs's types predate Buffer<ArrayBufferLike>; at run time it takes a Buffer.
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('Exports of the case list and files attached to cases', () => {
  let api: Api;
  let storageDir: string;
  let sophie: Session; // Mairie d’Orléans
  let nadia: Session; // Val de Loire Habitat Démo: a private partner, not involved
  let amber: CaseRow;
  let green: CaseRow;

  beforeAll(async () => {
    storageDir = mkdtempSync(join(tmpdir(), 'continuum-storage-'));
    api = await Api.start({ storageDir });
    sophie = await api.as('sophie.bernard@orleans.demo');
    nadia = await api.as('nadia.fournier@bailleur.demo');
    amber = await create(sophie, { sensitivity: 'AMBER', title: `Squat rue Bannier ${unique()}` });
    green = await create(sophie, { sensitivity: 'GREEN', title: `Dépôts sauvages Argonne ${unique()}` });
  });
  afterAll(async () => {
    await api.stop();
    rmSync(storageDir, { recursive: true, force: true });
  });

  async function create(session: Session, input: Record<string, unknown>): Promise<CaseRow> {
    const result = await session.gql<{ createCase: CaseRow }>(CREATE, {
      input: { category: 'SQUATS', communeCode: '45234', sensitivity: 'GREEN', ...input },
    });
    if (result.errors) throw new Error(result.errors[0].message);
    return result.data!.createCase;
  }

  const http = () => request(api.app.getHttpServer());
  const get = (session: Session, url: string) =>
    http().get(url).set('cookie', session.cookie!).set('x-forwarded-for', session.ip);
  const exportOf = (session: Session, format: 'csv' | 'xlsx', query: Record<string, string> = {}) =>
    get(session, `/exports/cases.${format}`).query(query).buffer(true).parse(binary);
  const upload = (session: Session, caseId: string, content: Buffer, filename: string, contentType: string) =>
    http()
      .post(`/cases/${caseId}/attachments`)
      .set('cookie', session.cookie!)
      .set('x-forwarded-for', session.ip)
      .attach('file', content, { filename, contentType });
  const userId = async (email: string) =>
    ((await api.dataSource.query('select id from users where email = $1', [email])) as { id: string }[])[0]
      .id;
  const lastExport = async (email: string) =>
    (
      (await api.dataSource.query(
        `select reason, details from audit_entries where action = 'case.exported' and actor_user_id = $1
         order by id desc limit 1`,
        [await userId(email)],
      )) as { reason: string | null; details: Record<string, unknown> }[]
    )[0];
  const attachmentRows = async (caseId: string) =>
    Number(
      (await api.dataSource.query('select count(*) from case_attachments where case_id = $1', [caseId]))[0]
        .count,
    );
  const csvLines = (body: Buffer) => body.subarray(3).toString('utf8').split('\r\n').filter(Boolean);

  describe('export', () => {
    it('exports as CSV for Excel in France: BOM, semicolons, French columns, attachment file name', async () => {
      const res = await exportOf(sophie, 'csv', { filter: JSON.stringify({ search: amber.reference }) });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="dossiers-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = csvLines(body);
      expect(header).toBe(CSV_HEADER);
      expect(rows).toHaveLength(1);
      const cells = rows[0].split(';');
      expect(cells[0]).toBe(amber.reference);
      expect(cells.slice(2, 9)).toEqual([
        'Squats',
        'Orléans',
        '',
        'Nouveau',
        'TLP:AMBER — organisations impliquées',
        'Normale',
        'Mairie d’Orléans',
      ]);
      expect(cells[9]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      expect(cells[10]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    });

    it('exports only the cases the reader may read: an AMBER case is in its owner’s export, not in a partner’s', async () => {
      const own = csvLines((await exportOf(sophie, 'csv')).body as Buffer);
      expect(own.some((line) => line.startsWith(`${amber.reference};`))).toBe(true);

      const partner = await exportOf(nadia, 'csv');
      expect(partner.status).toBe(200);
      const lines = csvLines(partner.body as Buffer);
      expect(lines.some((line) => line.startsWith(`${amber.reference};`))).toBe(false);
      // The GREEN case of the same organisation is readable by every organisation of the département.
      expect(lines.some((line) => line.startsWith(`${green.reference};`))).toBe(true);

      const searched = await exportOf(nadia, 'xlsx', { filter: JSON.stringify({ search: amber.reference }) });
      const workbook = await readWorkbook(searched.body as Buffer);
      expect(workbook.getWorksheet('Dossiers')!.rowCount).toBe(1); // the header only
    });

    it('journals every export with its filter, format and number of rows, before the file is complete', async () => {
      const filter = { search: amber.reference, sensitivity: ['AMBER'] };
      const res = await exportOf(sophie, 'xlsx', {
        filter: JSON.stringify(filter),
        orderBy: 'REFERENCE_ASC',
        reason: 'Préparation du CLSPD',
      });
      expect(res.status).toBe(200);
      const entry = await lastExport('sophie.bernard@orleans.demo');
      expect(entry.reason).toBe('Préparation du CLSPD');
      expect(entry.details).toMatchObject({
        format: 'xlsx',
        filter,
        orderBy: 'REFERENCE_ASC',
        rows: 1,
        completed: true,
      });

      await exportOf(nadia, 'csv', { filter: JSON.stringify({ search: amber.reference }) });
      expect((await lastExport('nadia.fournier@bailleur.demo')).details).toMatchObject({
        format: 'csv',
        rows: 0,
      });
    });

    it('exports as XLSX with French headers, text cells and real dates', async () => {
      const res = await exportOf(sophie, 'xlsx', { filter: JSON.stringify({ search: amber.reference }) });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(/filename="dossiers-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      const workbook = await readWorkbook(res.body as Buffer);
      const sheet = workbook.getWorksheet('Dossiers')!;
      expect((sheet.getRow(1).values as unknown[]).slice(1).join(';')).toBe(CSV_HEADER);
      const row = sheet.getRow(2);
      expect(row.getCell(1).value).toBe(amber.reference);
      expect(row.getCell(7).value).toBe('TLP:AMBER — organisations impliquées');
      expect(row.getCell(10).value).toBeInstanceOf(Date);
      expect(row.getCell(10).numFmt).toBe('dd/mm/yyyy');
    });

    it('neutralises cells a spreadsheet would run as formulas, and quotes separators', async () => {
      const formula = await create(sophie, {
        title: `=HYPERLINK("http://exemple.invalid";"Cliquez") ${unique()}`,
      });
      const res = await exportOf(sophie, 'csv', { filter: JSON.stringify({ search: formula.reference }) });
      const [, row] = csvLines(res.body as Buffer);
      expect(row.split(';')[0]).toBe(formula.reference);
      expect(row).toContain(`;"'=HYPERLINK(""http://exemple.invalid"";""Cliquez"")`);
    });

    it('refuses a bad filter or order with a French message naming the field, before sending anything', async () => {
      const badJson = await exportOf(sophie, 'csv', { filter: '{status:' });
      expect(badJson.status).toBe(400);
      const badJsonBody = JSON.parse((badJson.body as Buffer).toString('utf8'));
      expect(badJsonBody).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
      expect(badJsonBody.message).toMatch(/JSON valide/);

      const badEnum = await exportOf(sophie, 'xlsx', { filter: JSON.stringify({ status: ['OUVERT'] }) });
      expect(badEnum.status).toBe(400);
      expect(JSON.parse((badEnum.body as Buffer).toString('utf8'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'filter.status',
        message: 'Filtre invalide (filter.status) : Statut inconnu.',
      });

      const unknownField = await exportOf(sophie, 'csv', { filter: JSON.stringify({ persons: true }) });
      expect(JSON.parse((unknownField.body as Buffer).toString('utf8'))).toMatchObject({
        field: 'filter.persons',
        message: 'Champ inconnu : filter.persons.',
      });

      const badOrder = await exportOf(sophie, 'csv', { orderBy: 'TITLE' });
      expect(badOrder.status).toBe(400);
      expect(JSON.parse((badOrder.body as Buffer).toString('utf8'))).toMatchObject({ field: 'orderBy' });
    });

    it('asks for a session', async () => {
      const res = await http().get('/exports/cases.csv');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    });
  });

  describe('attachments', () => {
    it('stores a PNG whatever the client claims, shows it on the case and serves it back identical', async () => {
      const png = tinyPng();
      const res = await upload(sophie, amber.id, png, 'plan du hall.png', 'application/pdf');
      expect(res.status).toBe(201);
      const created = res.body as Attachment;
      expect(created).toMatchObject({
        filename: 'plan du hall.png',
        contentType: 'image/png',
        size: png.length,
        uploadedByLabel: expect.stringContaining('Sophie Bernard'),
        downloadUrl: `/attachments/${created.id}`,
      });
      const [row] = await api.dataSource.query(
        'select sha256, storage_key from case_attachments where id = $1',
        [created.id],
      );
      expect(row.sha256).toBe(createHash('sha256').update(png).digest('hex'));
      expect(row.storage_key).not.toContain('plan');

      const read = await sophie.gql<{
        case: { attachments: Attachment[]; timeline: { kind: string; summary: string }[] };
      }>(ATTACHMENTS, { id: amber.id });
      expect(read.errors).toBeUndefined();
      expect(read.data!.case.attachments).toEqual([
        expect.objectContaining({ id: created.id, contentType: 'image/png' }),
      ]);
      expect(read.data!.case.timeline).toContainEqual({
        kind: 'file_added',
        summary: 'Fichier joint : plan du hall.png.',
      });

      const download = await get(sophie, created.downloadUrl).buffer(true).parse(binary);
      expect(download.status).toBe(200);
      expect(Buffer.compare(download.body as Buffer, png)).toBe(0);
      expect(download.headers['content-type']).toBe('image/png');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="plan du hall.png"; filename*=UTF-8''plan%20du%20hall.png`,
      );
    });

    it('accepts UTF-8 text and gives a misnamed file the extension of its real type', async () => {
      const text = Buffer.from('Compte rendu de la réunion du CLSPD.\nPoints : éclairage, hall B.\n', 'utf8');
      const res = await upload(sophie, green.id, text, 'compte-rendu.html', 'text/html');
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ contentType: 'text/plain', filename: 'compte-rendu.html.txt' });
      const download = await get(sophie, (res.body as Attachment).downloadUrl);
      expect(download.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(download.text).toBe(text.toString('utf8'));
    });

    it.each([
      ['an executable', tinyExe(), 'un programme (.exe)'],
      ['a zip archive', tinyZip(), 'une archive compressée (.zip)'],
      [
        'an HTML page',
        Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>'),
        'une page web (HTML)',
      ],
      [
        'an SVG image',
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        'une image SVG',
      ],
      [
        'bytes that are not UTF-8',
        Buffer.from([0x25, 0x50, 0xff, 0xfe, 0x00, 0x01]),
        'un fichier dont le contenu n’est pas reconnu',
      ],
    ])(
      'refuses %s named .pdf, naming in words the type found in its bytes, and stores nothing',
      async (_, content, sniffed) => {
        const before = filesUnder(storageDir).length;
        const rows = await attachmentRows(green.id);
        const res = await upload(sophie, green.id, content, 'facture.pdf', 'application/pdf');
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('BAD_USER_INPUT');
        expect(res.body.field).toBe('file');
        expect(res.body.message).toMatch(/^Type de fichier refusé : /);
        expect(res.body.message).toContain(sniffed);
        expect(res.body.message).not.toMatch(/application\/|text\/|image\//);
        expect(filesUnder(storageDir)).toHaveLength(before);
        expect(await attachmentRows(green.id)).toBe(rows);
      },
    );

    it('refuses a file over 10 MB', async () => {
      const before = filesUnder(storageDir).length;
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x61);
      const res = await upload(sophie, green.id, big, 'gros.txt', 'text/plain');
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ message: 'Fichier trop volumineux (10 Mo au plus).' });
      expect(filesUnder(storageDir)).toHaveLength(before);
    });

    it('answers 404 on a case the uploader may not read, and stores nothing', async () => {
      const before = filesUnder(storageDir).length;
      const rows = await attachmentRows(amber.id);
      const res = await upload(nadia, amber.id, tinyPng(), 'photo.png', 'image/png');
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND', message: 'Dossier introuvable.' });
      expect(filesUnder(storageDir)).toHaveLength(before);
      expect(await attachmentRows(amber.id)).toBe(rows);
    });

    it('answers 403 to a reader who may not comment (GREEN case, organisation not involved)', async () => {
      const res = await upload(nadia, green.id, tinyPng(), 'photo.png', 'image/png');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('answers 404 for an attachment of a case the reader may not read, as for one that does not exist', async () => {
      const created = await upload(sophie, amber.id, tinyPng(), 'hall.png', 'image/png');
      expect(created.status).toBe(201);
      const hidden = await get(nadia, `/attachments/${(created.body as Attachment).id}`);
      const missing = await get(nadia, '/attachments/00000000-0000-4000-8000-000000000000');
      expect(hidden.status).toBe(404);
      expect(hidden.body).toEqual(missing.body);
      expect(hidden.body).toMatchObject({ code: 'NOT_FOUND' });
      expect((await get(nadia, '/attachments/not-a-uuid')).status).toBe(404);
    });

    it('asks for a session to upload or download', async () => {
      expect(
        (await http().post(`/cases/${green.id}/attachments`).attach('file', tinyPng(), 'a.png')).status,
      ).toBe(401);
      expect((await http().get('/attachments/00000000-0000-4000-8000-000000000000')).status).toBe(401);
    });
  });
});
