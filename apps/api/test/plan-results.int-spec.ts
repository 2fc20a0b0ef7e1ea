import request from 'supertest';
import { Api, codeOf, ok, Session } from './api-harness';
import { aCase } from './case-factory';

const RESULTS = `query($code: String!) { communeResults(communeCode: $code) {
  communeName period minCell visibleFacts partial openCases publicPageEnabled
  facts { category count masked rate departementRate } cases { id reference title } operations { id }
  objectives { title indicator { scopeNote } } } }`;
const SET_PAGE = `mutation($code: String!, $enabled: Boolean!) { setPublicResultPage(communeCode: $code, enabled: $enabled) }`;
const ORLEANS = '45234';
const GIEN = '45155';

type Results = {
  communeResults: {
    communeName: string;
    minCell: number | null;
    openCases: number;
    publicPageEnabled: boolean;
    facts: { category: string; count: number | null; masked: boolean }[];
    cases: { id: string; reference: string; title: string }[];
    objectives: { title: string; indicator: { scopeNote: string } }[];
  };
};

describe('A commune’s results: its mairie and the cabinet read them, the public reads what the cabinet publishes', () => {
  let api: Api;
  let claire: Session;
  let serge: Session;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    serge = await api.as('serge.aubert@orleans.demo');
  });
  afterAll(() => api.stop());

  const publicPage = (code: string, path = '', headers: Record<string, string> = {}) => {
    let call = request(api.app.getHttpServer()).get(`/public/resultats/${code}${path}`);
    for (const [name, value] of Object.entries(headers)) call = call.set(name, value);
    return call;
  };

  it('shows the mayor his commune’s figures masked below the threshold, and the open cases he may read', async () => {
    const red = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('RED')
      .inCommune(ORLEANS)
      .titled('Affaire confidentielle')
      .build();
    const green = await aCase(api)
      .ownedBy('Mairie d’Orléans')
      .sensitivity('GREEN')
      .inCommune(ORLEANS)
      .titled('Éclairage')
      .build();
    const { communeResults } = ok(await serge.gql<Results>(RESULTS, { code: ORLEANS }));
    expect(communeResults).toMatchObject({ communeName: 'Orléans', minCell: 5, publicPageEnabled: true });
    for (const row of communeResults.facts) {
      if (row.masked) expect(row.count).toBeNull();
      else expect(row.count).toBeGreaterThanOrEqual(5);
    }
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from cases c, users u
        where u.email = 'serge.aubert@orleans.demo' and c.commune_code = $1
          and c.status in ('NEW','ANALYSIS','RESPONSE','ASSESSMENT','ON_HOLD')
          and (c.sensitivity in ('CLEAR','GREEN')
            or (c.sensitivity in ('AMBER','AMBER_STRICT') and u.organization_id in (select v.organization_id from case_involved_organizations v where v.case_id = c.id))
            or (c.sensitivity = 'RED' and u.id in (select r.user_id from case_red_readers r where r.case_id = c.id)))`,
      [ORLEANS],
    );
    expect(communeResults.openCases).toBe(n);
    const ids = communeResults.cases.map((one) => one.id);
    expect(ids).not.toContain(red.id);
    expect(ids).toContain(green.id);
    expect(JSON.stringify(communeResults)).not.toContain('Affaire confidentielle');
    expect(communeResults.objectives.length).toBeGreaterThan(0);
  });

  it('tells a mayor another commune, or the administration any commune, does not exist', async () => {
    const admin = await api.as('admin@continuum.demo');
    for (const [session, code] of [
      [serge, GIEN],
      [serge, '99999'],
      [admin, ORLEANS],
    ] as const) {
      const result = await session.gql(RESULTS, { code });
      expect([result.data, codeOf(result), result.errors?.[0].message]).toEqual([
        null,
        'NOT_FOUND',
        'Commune introuvable.',
      ]);
    }
  });

  it('gives the cabinet any commune unmasked', async () => {
    const { communeResults } = ok(await claire.gql<Results>(RESULTS, { code: GIEN }));
    expect(communeResults.minCell).toBeNull();
    expect(communeResults.facts.every((row) => !row.masked)).toBe(true);
  });

  it('publishes a commune’s page when the cabinet opens it — aggregates only, no case, small figures masked — and withdraws it', async () => {
    const secret = await aCase(api)
      .ownedBy('Mairie de Gien')
      .sensitivity('GREEN')
      .inCommune(GIEN)
      .titled('Squat rue des Jardins')
      .build();
    const closed = await publicPage(GIEN);
    expect([closed.status, closed.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);
    expect(closed.text).toContain('<h1>Page introuvable</h1>');
    expect((await publicPage(GIEN, '/donnees.json')).status).toBe(404);
    const refused = await serge.gql(SET_PAGE, { code: GIEN, enabled: true });
    expect(codeOf(refused)).toBe('NOT_FOUND');

    expect(ok(await claire.gql(SET_PAGE, { code: GIEN, enabled: true }))).toEqual({
      setPublicResultPage: true,
    });
    try {
      const page = await publicPage(GIEN);
      expect([page.status, page.headers['content-type'], page.headers['cache-control']]).toEqual([
        200,
        'text/html; charset=utf-8',
        'public, max-age=60',
      ]);
      expect(page.text).toContain('<h1>Sécurité du quotidien à Gien</h1>');
      expect(page.text).not.toContain('Squat rue des Jardins');
      expect(page.text).not.toContain(secret.reference);
      expect(page.text).not.toMatch(/<script/i);
      const again = await publicPage(GIEN, '', { 'if-none-match': page.headers['etag'] });
      expect(again.status).toBe(304);

      const data = await publicPage(GIEN, '/donnees.json');
      const figures = data.body.figures as { facts: { count: number | null; masked: boolean }[] };
      for (const row of figures.facts)
        expect(row.masked ? row.count === null : (row.count ?? 0) >= 5).toBe(true);
      expect(JSON.stringify(data.body)).not.toMatch(/"(id|reference|caseId)"\s*:/);
      expect(JSON.stringify(data.body)).not.toContain('Squat rue des Jardins');
    } finally {
      ok(await claire.gql(SET_PAGE, { code: GIEN, enabled: false }));
    }
    expect((await publicPage(GIEN)).status).toBe(404);
    const journal = await api.dataSource.query(
      `select action from audit_entries where subject_type = 'Commune' and subject_id = $1 order by id desc limit 2`,
      [GIEN],
    );
    expect(journal.map((row: { action: string }) => row.action)).toEqual([
      'results.public-page.disabled',
      'results.public-page.enabled',
    ]);
  });

  it('answers an unknown or malformed commune as a closed page', async () => {
    for (const code of ['99999', 'abc', '45234%27']) expect((await publicPage(code)).status).toBe(404);
  });
});
