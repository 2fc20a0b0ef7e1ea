import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import JSZip from 'jszip';
import request from 'supertest';
import { Api, ok, Session } from './api-harness';
import { anIncidentsFile, GIEN_CENTRE, MAPPING } from './incident-files';

const GIEN = '45155';
const ORLEANS = '45234';
/** 2017 in Gien is this suite's: the demo starts in late 2023, no other suite writes it, and a run leaves nothing. */
const YEAR = 2017;

describe('The diagnostic as DOCX and PDF, and who downloads what', () => {
  let api: Api;
  let claire: Session;
  let gienMayor: Session;

  const download = (session: Session, path: string) =>
    request(api.app.getHttpServer())
      .get(`/exports/diagnostic/${path}`)
      .set('cookie', session.cookie ?? '')
      .set('x-forwarded-for', session.ip)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
  /** The Word document's text, each table cell apart (« | » between cells). */
  const docxText = async (file: Buffer) =>
    (await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string'))
      .replace(/<\/w:p><\/w:tc>/g, '|')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<');
  const clearOwnYear = async () => {
    await api.dataSource.query(
      `delete from incidents where commune_code = $1 and starts_at >= '2017-01-01' and starts_at < '2018-01-01'`,
      [GIEN],
    );
    await api.dataSource.query(
      `delete from incident_monthly_counts where commune_code = $1 and month >= '2017-01-01' and month < '2018-01-01'`,
      [GIEN],
    );
    await api.dataSource.query(
      `delete from incident_yearly_breakdowns where commune_code = $1 and year = 2017`,
      [GIEN],
    );
  };

  beforeAll(async () => {
    api = await Api.start();
    await clearOwnYear();
    claire = await api.as('claire.martin@prefecture.demo');
    gienMayor = await api.as('claude.vidal@gien.demo');
    // Gien in 2017: 10 burglaries in January, 3 in February (a small cell), 12 in March
    const file = anIncidentsFile();
    const add = (count: number, date: string) => {
      for (let i = 0; i < count; i++)
        file.incident({
          date,
          category: 'Cambriolages de logement',
          place: 'Domicile',
          commune: GIEN,
          ...GIEN_CENTRE,
        });
    };
    add(10, '15/01/2017');
    add(3, '15/02/2017');
    add(12, '15/03/2017');
    const upload = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/faits')
      .set('cookie', claire.cookie ?? '')
      .set('x-forwarded-for', claire.ip)
      .attach('file', file.build(), { filename: 'faits-gien-2017.csv', contentType: 'text/csv' });
    ok(
      await claire.gql(
        `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { id } }`,
        { id: upload.body.id, mapping: MAPPING },
      ),
    );
    await api.app.get(DiagnosticImportProcessor).process(upload.body.id);
  });
  afterAll(async () => {
    await clearOwnYear();
    await api.stop();
  });

  it('gives the cabinet Gien’s figures as they are, its sources named, journaled', async () => {
    const docx = await download(claire, `${YEAR}/diagnostic.docx?commune=${GIEN}`);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="diagnostic-${GIEN}-${YEAR}.docx"`,
    );
    const text = await docxText(docx.body);
    expect(text).toContain('Diagnostic de la délinquance — Gien, 2017');
    expect(text).toContain('Cambriolages de logement|10|3|12|');
    expect(text).toContain('« faits-gien-2017.csv »');
    const [entry] = await api.dataSource.query(
      `select actor_label, details from audit_entries where action = 'diagnostic.exported' and subject_id = $1
        order by id desc limit 1`,
      [`${GIEN}-${YEAR}`],
    );
    expect(entry.details).toMatchObject({ document: 'diagnostic.docx', area: 'Gien', masked: false });
    expect(entry.actor_label).toMatch(/^Claire Martin/);
  });

  it('gives Gien’s mayor their commune only, the small cell « < 5 » and the one hidden with it « secret »', async () => {
    const docx = await download(gienMayor, `${YEAR}/diagnostic.docx`);
    expect(docx.status).toBe(200);
    const text = await docxText(docx.body);
    expect(text).toContain('Cambriolages de logement|secret|< 5|12|');
    expect(text).not.toMatch(/\|3\|/);
    // their commune's figures only, the imports' files unnamed
    expect(text).not.toContain('Orléans');
    expect(text).not.toContain('.csv');
    const pdf = await download(gienMayor, `${YEAR}/diagnostic.pdf`);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses another commune to the mayor, and any diagnostic to the technical administration, as not found', async () => {
    expect((await download(gienMayor, `${YEAR}/diagnostic.pdf?commune=${ORLEANS}`)).status).toBe(404);
    expect((await download(await api.as('admin@continuum.demo'), `${YEAR}/diagnostic.pdf`)).status).toBe(404);
  });

  it('gives a partner its competence territory masked, without Gien', async () => {
    const nadia = await api.as('nadia.fournier@bailleur.demo');
    const text = await docxText((await download(nadia, `${YEAR}/diagnostic.docx`)).body);
    expect(text).toContain('Territoire de compétence (4 communes)');
    expect(text).not.toContain('Gien');
    expect((await download(nadia, `${YEAR}/diagnostic.docx?commune=${GIEN}`)).status).toBe(404);
  });

  it('says which documents exist', async () => {
    expect((await download(claire, `${YEAR}/diagnostic.odt`)).status).toBe(400);
    expect((await download(claire, `deux-mille/diagnostic.pdf`)).status).toBe(400);
  });
});
