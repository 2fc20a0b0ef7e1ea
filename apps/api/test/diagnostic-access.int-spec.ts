import { DiagnosticImportProcessor } from '@continuum/server/diagnostic';
import request from 'supertest';
import { Api, codeOf, ok, Session } from './api-harness';
import { anIncidentsFile, MAPPING } from './incident-files';

const LIST = `{ diagnosticImports(first: 100) { totalCount nextCursor items { id filename fictional kindLabel statusLabel uploadedByLabel } } }`;
const ONE = `query($id: ID!) { diagnosticImport(id: $id) { id filename lines { imported } rejections { totalCount } } }`;
const START = `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { id } }`;
const DECIDE = `mutation($id: ID!, $decision: ImportDecision!) { decideDiagnosticImport(id: $id, decision: $decision) { id } }`;

describe('Who reads the recorded incidents: the prefect’s cabinet, and nobody else', () => {
  let api: Api;
  let claire: Session;
  /** An import of the cabinet's, received (its columns to map): what others must not see nor touch. */
  let received: string;
  let imported: string;

  const upload = (session: Session, content: Buffer) =>
    request(api.app.getHttpServer())
      .post('/diagnostic/imports/faits')
      .set('cookie', session.cookie ?? '')
      .set('x-forwarded-for', session.ip)
      .attach('file', content, { filename: 'faits.csv', contentType: 'text/csv' });
  const importCount = async () =>
    Number((await api.dataSource.query('select count(*) from diagnostic_imports'))[0].count);

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    received = (await upload(claire, anIncidentsFile().incidents(3).build())).body.id;
    imported = (await upload(claire, anIncidentsFile().incidents(2).build())).body.id;
    ok(await claire.gql(START, { id: imported, mapping: MAPPING }));
    await api.app.get(DiagnosticImportProcessor).process(imported);
  });
  afterAll(() => api.stop());

  it('lets the cabinet list the imports, the demo’s fictional ones said so', async () => {
    const { diagnosticImports } = ok(
      await claire.gql<{
        diagnosticImports: {
          totalCount: number;
          items: { id: string; fictional: boolean; uploadedByLabel: string }[];
        };
      }>(LIST),
    );
    const ids = diagnosticImports.items.map((item) => item.id);
    expect(ids).toEqual(expect.arrayContaining([received, imported]));
    expect(
      diagnosticImports.items.filter((item) => item.fictional).map((item) => item.uploadedByLabel),
      // the incidents, the communal base, the national and départemental figures
    ).toEqual(Array(3).fill('Jeu de démonstration (données fictives)'));
  });

  describe.each([
    ['a mayor', 'serge.aubert@orleans.demo'],
    ['a private partner', 'nadia.fournier@bailleur.demo'],
    ['the police (a public authority)', 'laurent.moreau@police.demo'],
    ['the technical administration', 'admin@continuum.demo'],
  ])('%s', (_who, email) => {
    let session: Session;
    beforeAll(async () => {
      session = await api.as(email);
    });

    it('lists no import, counts none', async () => {
      expect(ok(await session.gql(LIST))).toEqual({
        diagnosticImports: { totalCount: 0, nextCursor: null, items: [] },
      });
    });

    it('is told an import does not exist, exactly as for an id that never existed', async () => {
      const real = await session.gql(ONE, { id: imported });
      const never = await session.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
      expect(real.data).toBeNull();
      expect(real.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['NOT_FOUND', 'Import introuvable.'],
      ]);
      expect(never.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['NOT_FOUND', 'Import introuvable.'],
      ]);
    });

    it('can neither start nor decide an import of the cabinet’s, which stays as it was', async () => {
      expect(codeOf(await session.gql(START, { id: received, mapping: MAPPING }))).toBe('NOT_FOUND');
      expect(codeOf(await session.gql(DECIDE, { id: received, decision: 'IMPORT_NOTHING' }))).toBe(
        'NOT_FOUND',
      );
      const { diagnosticImport } = ok(
        await claire.gql<{ diagnosticImport: { id: string } }>(
          `query($id: ID!) { diagnosticImport(id: $id) { id status } }`,
          { id: received },
        ),
      );
      expect(diagnosticImport).toEqual({ id: received, status: 'RECEIVED' });
    });

    it('may not send a file, and none is kept', async () => {
      const before = await importCount();
      const response = await upload(session, anIncidentsFile().incidents(1).build());
      expect(response.status).toBe(403);
      expect(response.body.code).toBe('FORBIDDEN');
      expect(await importCount()).toBe(before);
    });

    it('is given no rule on incidents, so the client shows no « Diagnostic »', async () => {
      const { me } = ok(await session.gql<{ me: { rules: unknown[][] } }>('{ me { rules } }'));
      // (the diagnostic's aggregates, `IncidentAggregate`, are another subject with rules of their own)
      const subjects = me.rules.flatMap((rule) => String(rule[1]).split(','));
      expect(subjects).not.toContain('Incident');
    });
  });
});
