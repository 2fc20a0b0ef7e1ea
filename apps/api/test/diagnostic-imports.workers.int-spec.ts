import request from 'supertest';
import { Api, ok, Session, unique } from './api-harness';
import { anIncidentsFile, MAPPING } from './incident-files';

const PROGRESS = `query($id: ID!) { diagnosticImport(id: $id) { status running lines { read valid rejected imported } } }`;
const START = `mutation($id: ID!, $mapping: IncidentMappingInput!) { startIncidentImport(id: $id, mapping: $mapping) { status } }`;
const DECIDE = `mutation($id: ID!) { decideDiagnosticImport(id: $id, decision: IMPORT_VALID) { status } }`;

interface Progress {
  status: string;
  running: boolean;
  lines: { read: number; valid: number; rejected: number; imported: number };
}

/** The import job through its queue: the worker reads the file and the client sees the lines move. */
describe('An import run by the queue’s worker', () => {
  let api: Api;
  let claire: Session;

  beforeAll(async () => {
    api = await Api.start({
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}diagnostic-${unique()}:`,
      role: 'all',
    });
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(() => api.stop());

  /** Polls the import as the client does, keeping every state seen, until `until` holds. */
  const follow = async (id: string, until: (progress: Progress) => boolean): Promise<Progress[]> => {
    const seen: Progress[] = [];
    const deadline = Date.now() + 45_000;
    for (;;) {
      const { diagnosticImport } = ok(await claire.gql<{ diagnosticImport: Progress }>(PROGRESS, { id }));
      seen.push(diagnosticImport);
      if (until(diagnosticImport)) return seen;
      if (Date.now() > deadline) throw new Error(`import ${id} stuck: ${JSON.stringify(diagnosticImport)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('reads 40,000 lines with their counts growing while it runs, then imports the valid ones once chosen', async () => {
    const file = anIncidentsFile().incidents(365);
    for (let n = 0; n < 40_000 - 366; n++) file.incident({ date: '01/02/2025' });
    file.incident({ commune: '18033' });
    const upload = await request(api.app.getHttpServer())
      .post('/diagnostic/imports/faits')
      .set('cookie', claire.cookie!)
      .set('x-forwarded-for', claire.ip)
      .attach('file', file.build(), { filename: 'quarante-mille.csv', contentType: 'text/csv' });
    expect(upload.status).toBe(201);
    const id = upload.body.id as string;
    expect(ok(await claire.gql(START, { id, mapping: MAPPING }))).toEqual({
      startIncidentImport: { status: 'QUEUED' },
    });

    const reading = await follow(id, (progress) => !progress.running);
    const during = reading.filter((progress) => progress.status === 'VALIDATING' && progress.lines.read > 0);
    expect(during.length).toBeGreaterThan(0);
    expect(during.some((progress) => progress.lines.read < 40_000)).toBe(true);
    const counts = during.map((progress) => progress.lines.read);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    expect(reading[reading.length - 1]).toEqual({
      status: 'AWAITING_DECISION',
      running: false,
      lines: { read: 40_000, valid: 39_999, rejected: 1, imported: 0 },
    });

    expect(ok(await claire.gql(DECIDE, { id }))).toEqual({
      decideDiagnosticImport: { status: 'COMMITTING' },
    });
    const committed = await follow(id, (progress) => !progress.running);
    expect(committed[committed.length - 1]).toMatchObject({
      status: 'IMPORTED',
      lines: { imported: 39_999 },
    });
    const [{ count }] = await api.dataSource.query(
      'select count(*)::int as count from incidents where import_id = $1',
      [id],
    );
    expect(count).toBe(39_999);
  });
});
