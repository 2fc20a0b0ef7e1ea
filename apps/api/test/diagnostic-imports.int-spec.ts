import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, codeOf, ok, Session, unique } from './api-harness';
import { anIncidentsFile, GIEN_CENTRE, INCIDENT_FILE_HEADER, MAPPING, SSMSI_HEADER } from './incident-files';

const IMPORT = `query($id: ID!) { diagnosticImport(id: $id) {
  id status statusLabel running filename headers preview suggestedColumns { field column } refusal decision decidedByLabel
  lines { read valid rejected ignored imported } rejections(first: 100) { totalCount items { line reason } } } }`;
const START = `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { id status } }`;
const DECIDE = `mutation($id: ID!, $decision: ImportDecision!) { decideDiagnosticImport(id: $id, decision: $decision) { id status } }`;

interface ImportView {
  id: string;
  status: string;
  statusLabel: string;
  running: boolean;
  headers: string[];
  preview: string[][];
  suggestedColumns: { field: string; column: number }[];
  refusal: string | null;
  decision: string | null;
  decidedByLabel: string | null;
  lines: { read: number; valid: number; rejected: number; ignored: number; imported: number };
  rejections: { totalCount: number; items: { line: number; reason: string }[] };
}

describe('Importing recorded incidents (the cabinet)', () => {
  let api: Api;
  let claire: Session;
  let processor: DiagnosticImportProcessor;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    processor = api.app.get(DiagnosticImportProcessor);
  });
  afterAll(() => api.stop());

  const upload = (session: Session, content: Buffer, kind = 'faits', filename = 'faits-enregistres.csv') =>
    request(api.app.getHttpServer())
      .post(`/diagnostic/imports/${kind}`)
      .set('cookie', session.cookie ?? '')
      .set('x-forwarded-for', session.ip)
      .attach('file', content, { filename, contentType: 'text/csv' });
  const view = async (id: string) =>
    ok(await claire.gql<{ diagnosticImport: ImportView }>(IMPORT, { id })).diagnosticImport;
  const start = (id: string, mapping: object = MAPPING) => claire.gql(START, { id, mapping });
  const decide = (id: string, decision: string) => claire.gql(DECIDE, { id, decision });
  const incidentsOf = async (id: string) =>
    Number(
      (await api.dataSource.query('select count(*) from incidents where import_id = $1', [id]))[0].count,
    );
  const totals = async () => {
    const [row] = await api.dataSource.query(
      `select (select count(*) from incidents)::int as incidents,
              (select coalesce(sum(incidents), 0) from incident_monthly_counts)::int as counted`,
    );
    return row as { incidents: number; counted: number };
  };
  /** Sends a file, maps its columns and reads it, as the client and the worker would. */
  const sendAndRead = async (content: Buffer) => {
    const response = await upload(claire, content);
    expect(response.status).toBe(201);
    ok(await start(response.body.id));
    await processor.process(response.body.id);
    return response.body.id as string;
  };

  it('receives a file, shows its columns and first lines, and proposes a mapping by their names', async () => {
    const response = await upload(claire, anIncidentsFile().withBom().incidents(8).build());
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'RECEIVED',
      duplicate: false,
      filename: 'faits-enregistres.csv',
    });
    const received = await view(response.body.id);
    expect(received.headers).toEqual(INCIDENT_FILE_HEADER);
    expect(received.preview).toHaveLength(5);
    expect(received.preview[0].slice(1, 5)).toEqual([
      '2025-03-01',
      '22:30',
      'Cambriolages de logement',
      '45234',
    ]);
    // The victim's name is a column no field takes: it is never proposed, never read.
    expect(received.suggestedColumns).toEqual([
      { field: 'STARTS_ON', column: 1 },
      { field: 'STARTS_AT', column: 2 },
      { field: 'CATEGORY', column: 3 },
      { field: 'COMMUNE', column: 4 },
      { field: 'LONGITUDE', column: 5 },
      { field: 'LATITUDE', column: 6 },
      { field: 'PLACE_TYPE', column: 7 },
      { field: 'SOURCE', column: 8 },
      { field: 'VICTIM_AGE_BAND', column: 9 },
    ]);
  });

  it('imports a valid file at once: incidents with their point and H3 cells, the monthly counts, nothing nominative', async () => {
    const before = await totals();
    const id = await sendAndRead(anIncidentsFile().incidents(12).build());
    const done = await view(id);
    expect(done).toMatchObject({
      status: 'IMPORTED',
      running: false,
      lines: { read: 12, valid: 12, rejected: 0, ignored: 0, imported: 12 },
    });
    const after = await totals();
    expect(after.incidents - before.incidents).toBe(12);
    expect(after.counted - before.counted).toBe(12);
    const [incident] = await api.dataSource.query(
      `select category, commune_code, h3_res8, h3_res9, ST_AsText(location) as point, victim_age_band, place_type, source,
              to_char(starts_at at time zone 'Europe/Paris', 'YYYY-MM-DD HH24:MI') as local_start
         from incidents where import_id = $1 order by line_number limit 1`,
      [id],
    );
    expect(incident).toMatchObject({
      category: 'CAMBRIOLAGES',
      commune_code: '45234',
      point: 'POINT(1.94 47.845)',
      victim_age_band: 'DE_25_A_34',
      place_type: 'DOMICILE',
      source: 'POLICE_NATIONALE',
      local_start: '2025-03-01 22:30',
    });
    expect(incident.h3_res8).toMatch(/^88[0-9a-f]{13}$/);
    expect(incident.h3_res9).toMatch(/^89[0-9a-f]{13}$/);
    const [march] = await api.dataSource.query(
      `select incidents from incident_monthly_counts where commune_code = '45234' and category = 'CAMBRIOLAGES' and month = '2025-03-01'`,
    );
    expect(march.incidents).toBeGreaterThanOrEqual(12);
    // The victim's name column was shown in the preview for the mapping, and is kept nowhere.
    const [{ traces }] = await api.dataSource.query(
      `select (select count(*) from diagnostic_imports where id = $1 and (preview::text like '%Dupont%'))
            + (select count(*) from incidents where import_id = $1 and row_to_json(incidents)::text like '%Dupont%') as traces`,
      [id],
    );
    expect(Number(traces)).toBe(0);
  });

  it('reports every rejected line with its number and reason, and imports nothing until the cabinet chooses', async () => {
    const content = anIncidentsFile()
      .incidents(3)
      .incident({ date: '08/12/2031' })
      .incident({ commune: '18033' })
      .incident({ ...GIEN_CENTRE })
      .raw('PV-court;14/03/2025;22:30;Vols violents sans arme')
      .raw('PV-guillemet;14/03/2025;22:30;Vols "avec" armes;45234;;;Voie publique;Gendarmerie;;')
      .incident({ category: 'Vols de bicyclettes', place: 'Grenier' })
      .build();
    const before = await totals();
    const id = await sendAndRead(content);
    const read = await view(id);
    expect(read).toMatchObject({
      status: 'AWAITING_DECISION',
      statusLabel: 'Lignes refusées : décision attendue',
      lines: { read: 9, valid: 3, rejected: 6, imported: 0 },
    });
    expect(read.rejections.totalCount).toBe(6);
    expect(read.rejections.items).toEqual([
      { line: 5, reason: 'Date dans le futur (08/12/2031 à 22 h 30).' },
      { line: 6, reason: 'Commune 18033 (Bourges) d’un autre département : Cher.' },
      {
        line: 7,
        reason:
          'Point (2,632 ; 47,688) hors de la commune 45234 (Orléans), au-delà de la tolérance de 150 m à la limite.',
      },
      { line: 8, reason: '4 champs au lieu de 11.' },
      { line: 9, reason: 'Guillemet au milieu d’un champ non entouré de guillemets.' },
      { line: 10, reason: 'Catégorie « Vols de bicyclettes » inconnue ; type de lieu « Grenier » inconnu.' },
    ]);
    expect(await totals()).toEqual(before);

    ok(await decide(id, 'IMPORT_VALID'));
    expect((await view(id)).status).toBe('COMMITTING');
    await processor.process(id);
    const imported = await view(id);
    expect(imported).toMatchObject({
      status: 'IMPORTED',
      decision: 'IMPORT_VALID',
      decidedByLabel: 'Claire Martin (Préfecture du Loiret — cabinet)',
      lines: { valid: 3, rejected: 6, imported: 3 },
    });
    // The report stays: the rejected lines are still there to read.
    expect(imported.rejections.totalCount).toBe(6);
    expect((await totals()).incidents - before.incidents).toBe(3);
  });

  it('imports nothing when the cabinet says so, and a file of the same content may then be sent again', async () => {
    const file = anIncidentsFile().incidents(4).incident({ commune: '18033' });
    const before = await totals();
    const id = await sendAndRead(file.build());
    expect((await view(id)).status).toBe('AWAITING_DECISION');
    ok(await decide(id, 'IMPORT_NOTHING'));
    expect(await view(id)).toMatchObject({ status: 'ABANDONED', decision: 'IMPORT_NOTHING' });
    expect(await incidentsOf(id)).toBe(0);
    expect(await totals()).toEqual(before);
    // Nothing left to decide: a late « import the valid lines » is told, and changes nothing.
    const late = await decide(id, 'IMPORT_VALID');
    expect(codeOf(late)).toBe('CONFLICT');
    expect(late.errors?.[0].message).toBe(
      'Cet import a déjà été décidé (état : abandonné : rien importé) : rechargez la page.',
    );
    const again = await upload(claire, file.build());
    expect(again.body).toMatchObject({ duplicate: false, status: 'RECEIVED' });
    expect(again.body.id).not.toBe(id);
  });

  it('recognises a file already imported and changes nothing', async () => {
    const content = anIncidentsFile().incidents(5).build();
    const id = await sendAndRead(content);
    const before = await totals();
    const again = await upload(claire, content, 'faits', 'le-meme-renomme.csv');
    expect(again.status).toBe(201);
    expect(again.body).toEqual({
      id,
      kind: 'INCIDENTS',
      status: 'IMPORTED',
      filename: 'faits-enregistres.csv',
      duplicate: true,
    });
    expect(codeOf(await start(id))).toBe('CONFLICT');
    await processor.process(id);
    expect(await totals()).toEqual(before);
  });

  it('makes one import of the same file sent twice at once, read once', async () => {
    const content = anIncidentsFile().incidents(6).build();
    const before = await totals();
    const [first, second] = await Promise.all([upload(claire, content), upload(claire, content)]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.id).toBe(second.body.id);
    expect([first.body.duplicate, second.body.duplicate].sort()).toEqual([false, true]);
    const id = first.body.id as string;
    const starts = await Promise.all([start(id), start(id)]);
    expect(starts.map((result) => codeOf(result) ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    await Promise.all([processor.process(id), processor.process(id)]);
    await processor.process(id);
    expect((await view(id)).lines.imported).toBe(6);
    expect(await incidentsOf(id)).toBe(6);
    expect((await totals()).incidents - before.incidents).toBe(6);
    const [{ count }] = await api.dataSource.query(
      `select count(*)::int as count from diagnostic_imports where content_hash = (select content_hash from diagnostic_imports where id = $1)`,
      [id],
    );
    expect(count).toBe(1);
  });

  it('leaves everything as it was when the insertion fails, and says the import failed', async () => {
    const id = await sendAndRead(anIncidentsFile().incidents(3).incident({ commune: '18033' }).build());
    ok(await decide(id, 'IMPORT_VALID'));
    // A line that breaks the insertion half-way (a commune no longer in the territory).
    await api.dataSource.query(
      `update incident_import_lines set commune_code = '99999'
        where import_id = $1 and rejection is null and line_number = 3`,
      [id],
    );
    const before = await totals();
    await expect(processor.process(id)).rejects.toThrow(/foreign key/);
    expect(await totals()).toEqual(before);
    await processor.markFailed(id, 'la base a refusé une ligne.');
    const failed = await view(id);
    expect(failed.status).toBe('FAILED');
    expect(failed.refusal).toBe(
      'Échec technique : la base a refusé une ligne. Rien n’a été importé ; envoyez le fichier de nouveau.',
    );
    expect(await incidentsOf(id)).toBe(0);
    expect(await totals()).toEqual(before);
  });

  it('refuses a mapping without the fields a line needs, naming each', async () => {
    const response = await upload(claire, anIncidentsFile().incidents(2).build());
    const result = await start(response.body.id, { columns: [{ field: 'STARTS_ON', column: 1 }] });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe('mapping');
    expect(result.errors?.[0].message).toBe(
      '« Catégorie d’infraction » : choisissez la colonne qui la donne. « Commune (code INSEE) » : choisissez la colonne qui la donne. ' +
        '« Unité de compte » : choisissez une colonne, ou une valeur pour tout le fichier. ' +
        '« Service » : choisissez une colonne, ou une valeur pour tout le fichier.',
    );
    expect((await view(response.body.id)).status).toBe('RECEIVED');
  });

  describe('refuses, with the line and the reason in French', () => {
    const refusal = async (content: Buffer, kind = 'faits') => {
      const response = await upload(claire, content, kind);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('BAD_USER_INPUT');
      expect(response.body.field).toBe('file');
      return response.body.message as string;
    };

    it('a file of 0 bytes', async () => {
      expect(await refusal(Buffer.alloc(0))).toBe('Le fichier est vide (0 octet) : rien à importer.');
    });

    it('a file in Latin-1 (it is refused, not guessed)', async () => {
      const latin1 = Buffer.from(`Date;Indicateur;Commune\n14/03/2025;Vols de véhicules;45234\n`, 'latin1');
      expect(await refusal(latin1)).toMatch(
        /^Ligne 2 : le fichier n’est pas en UTF-8 : l’octet 0xE9 n’en est pas \(« é » en Latin-1/,
      );
    });

    it('a header of one column, and a header with no line after it', async () => {
      expect(await refusal(Buffer.from('date|catégorie|commune\n14/03/2025|Vols|45234\n'))).toMatch(
        /^Ligne 1 : l’en-tête n’a pas trois colonnes/,
      );
      expect(await refusal(Buffer.from(`Date;Indicateur;Commune ${unique()}\n`))).toBe(
        'Ligne 2 : aucune ligne après l’en-tête : rien à importer.',
      );
    });

    it('an SSMSI file in neither generation, or missing a column', async () => {
      expect(await refusal(Buffer.from('code;annee;nombre\n"45234";"2024";"3"\n'), 'ssmsi')).toMatch(
        /^Ligne 1 : ce fichier n’est pas une base communale du SSMSI/,
      );
      const header = SSMSI_HEADER.replace(';"est_diffuse"', '');
      expect(await refusal(Buffer.from(`${header}\n"45234";"2024"\n`), 'ssmsi')).toBe(
        'Ligne 1 : colonne absente de l’en-tête : « est_diffuse ».',
      );
    });
  });
});
