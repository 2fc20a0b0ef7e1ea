import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, ok, Session, unique } from './api-harness';
import { SSMSI_HEADER } from './incident-files';

const IMPORT = `query($id: ID!) { diagnosticImport(id: $id) {
  status formatLabel geographyYear refusal lines { read valid rejected ignored imported }
  rejections { items { line reason } } } }`;
const DECIDE = `mutation($id: ID!) { decideDiagnosticImport(id: $id, decision: IMPORT_VALID) { status } }`;
const LEGACY_HEADER =
  'CODGEO_2023;annee;classe;unité.de.compte;valeur.publiée;faits;tauxpourmille;complementinfoval;complementinfotaux;POP;millPOP;LOG;millLOG';

interface SsmsiView {
  status: string;
  formatLabel: string;
  geographyYear: number;
  refusal: string | null;
  lines: { read: number; valid: number; rejected: number; ignored: number; imported: number };
  rejections: { items: { line: number; reason: string }[] };
}

describe('Importing the SSMSI’s published statistics', () => {
  let api: Api;
  let claire: Session;
  let processor: DiagnosticImportProcessor;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    processor = api.app.get(DiagnosticImportProcessor);
  });
  afterAll(() => api.stop());

  /** Sends a base (no mapping: its columns are known) and reads it as the worker would. */
  const sendAndRead = async (text: string) => {
    const response = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/ssmsi')
      .set('cookie', claire.cookie!)
      .set('x-forwarded-for', claire.ip)
      .attach('file', Buffer.from(text, 'utf8'), { filename: 'donnee-comm.csv', contentType: 'text/csv' });
    expect(response.status).toBe(201);
    expect(response.body.status).toBe('QUEUED');
    await processor.process(response.body.id);
    return response.body.id as string;
  };
  const view = async (id: string) =>
    ok(await claire.gql<{ diagnosticImport: SsmsiView }>(IMPORT, { id })).diagnosticImport;
  /** A year of its own for each test's figures, so that no two tests send the same bytes. */
  const year = () => 2016 + (parseInt(unique(), 36) % 9);
  /** A population of its own for each file, for the same reason. */
  const population = () => 1000 + (parseInt(unique(), 36) % 1_000_000);

  it('stores a secret figure as unknown — never 0 — keeps the complements as published, and leaves other départements aside', async () => {
    const y = year();
    const indicator = `Vols de véhicule`;
    const text = [
      `\ufeff${SSMSI_HEADER}`,
      `"45234";"${y}";"Cambriolages de logement";"Infraction";"612";"9,8170420";"diff";"${population()}";"2021";"62340";"2021";NA;NA`,
      `"45001";"${y}";"${indicator}";"Véhicule";NA;NA;"ndiff";"612";"2021";"301";"2021";"2,05";"3,3497"`,
      `"45007";"${y}";"${indicator}";"Véhicule";"7";"0,8";"diff";"15000";"2021";"7100";"2021";NA;NA`,
      `"18033";"${y}";"${indicator}";"Véhicule";"300";"3,2";"diff";"64551";"2021";"40000";"2021";NA;NA`,
      `"75101";"${y}";"${indicator}";"Véhicule";"90";"5,9";"diff";"15114";"2021";"12000";"2021";NA;NA`,
      `"45234";"${y}";"Vols avec armes"`,
    ].join('\n');
    const id = await sendAndRead(text);
    const read = await view(id);
    expect(read.formatLabel).toBe(
      'Base communale du SSMSI, génération actuelle (« indicateur »), géographie 2025',
    );
    expect(read.geographyYear).toBe(2025);
    expect(read.status).toBe('AWAITING_DECISION');
    expect(read.lines).toMatchObject({ read: 6, valid: 3, ignored: 2, rejected: 1 });
    expect(read.rejections.items).toEqual([{ line: 7, reason: '3 champs au lieu de 13.' }]);
    ok(await claire.gql(DECIDE, { id }));
    await processor.process(id);
    expect((await view(id)).lines.imported).toBe(3);

    const rows = await api.dataSource.query(
      `select published_code, commune_code, year, category, published, count, rate_per_thousand, complement_count, complement_rate
         from ssmsi_statistics where import_id = $1 order by line_number`,
      [id],
    );
    expect(rows).toEqual([
      {
        published_code: '45234',
        commune_code: '45234',
        year: y,
        category: 'CAMBRIOLAGES',
        published: true,
        count: 612,
        rate_per_thousand: '9.8170420',
        complement_count: null,
        complement_rate: null,
      },
      {
        published_code: '45001',
        commune_code: '45001',
        year: y,
        category: 'VOLS_DE_VEHICULES',
        published: false,
        count: null,
        rate_per_thousand: null,
        complement_count: '2.05',
        complement_rate: '3.3497',
      },
      // A former commune (Arrabloy, associated with Gien): its figure goes to its successor.
      {
        published_code: '45007',
        commune_code: '45155',
        year: y,
        category: 'VOLS_DE_VEHICULES',
        published: true,
        count: 7,
        rate_per_thousand: '0.8',
        complement_count: null,
        complement_rate: null,
      },
    ]);
    // A sum over the secret row is unknown in SQL, not a total that took it as 0.
    const [{ total }] = await api.dataSource.query(
      `select sum(count) + case when bool_and(published) then 0 end as total from ssmsi_statistics where import_id = $1 and category = 'VOLS_DE_VEHICULES'`,
      [id],
    );
    expect(total).toBeNull();
  });

  it('reads the previous generation, two-digit years and all, and imports a clean file at once', async () => {
    const y = year() - 2000;
    const id = await sendAndRead(
      [
        LEGACY_HEADER,
        `45234;${y};Vols avec armes;victime;diff;12;0,10321;NA;NA;${population()};${y};62231;${y}`,
        `45155;${y};Coups et blessures volontaires intrafamiliaux;victime;ndiff;NA;NA;1,36;2,217;14000;${y};7000;${y}`,
      ].join('\n'),
    );
    const read = await view(id);
    expect(read).toMatchObject({
      status: 'IMPORTED',
      formatLabel: 'Base communale du SSMSI, génération précédente (« classe »), géographie 2023',
      lines: { read: 2, valid: 2, rejected: 0, imported: 2 },
    });
    const rows = await api.dataSource.query(
      'select year, category, count, published from ssmsi_statistics where import_id = $1 order by line_number',
      [id],
    );
    expect(rows).toEqual([
      { year: 2000 + y, category: 'VOLS_AVEC_ARMES', count: 12, published: true },
      { year: 2000 + y, category: 'VIOLENCES_INTRAFAMILIALES', count: null, published: false },
    ]);
  });

  it('rejects a second figure for the same commune, year and indicator, naming the first line', async () => {
    const y = year();
    const line = `"45234";"${y}";"Vols avec armes";"Victime";"12";"0,1";"diff";"${population()}";"2021";"62340";"2021";NA;NA`;
    const id = await sendAndRead([SSMSI_HEADER, line, line].join('\n'));
    expect((await view(id)).rejections.items).toEqual([
      { line: 3, reason: 'Même commune, année, indicateur et unité de compte qu’à la ligne 2.' },
    ]);
  });

  it('refuses a file of which no line concerns the département, importing nothing', async () => {
    const id = await sendAndRead(
      [
        SSMSI_HEADER,
        `"18033";"${year()}";"Vols avec armes";"Victime";"12";"0,1";"diff";"${population()}";"2021";"1";"2021";NA;NA`,
      ].join('\n'),
    );
    expect(await view(id)).toMatchObject({
      status: 'REFUSED',
      refusal: 'Aucune ligne de ce fichier ne concerne le département : rien n’a été importé.',
      lines: { read: 1, ignored: 1, imported: 0 },
    });
  });
});
