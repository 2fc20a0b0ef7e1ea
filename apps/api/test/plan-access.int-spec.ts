import request from 'supertest';
import { Api, codeOf, ok, Session } from './api-harness';
import {
  ADD_OBJECTIVE,
  aDraftPlan,
  anAdoptedPlan,
  burglaries,
  burglariesOver12Months,
  PLAN,
  type PlanView,
} from './plan-factory';

const LIST = `query($year: Int) { plans(year: $year) { id status } }`;
const CURRENT = `query($year: Int!) { currentPlan(year: $year) { id } }`;
const SNAPSHOT = `query($id: ID!) { plan(id: $id) { diagnosticSnapshot { categories { label incidents } } } }`;
const NEVER = '00000000-0000-4000-8000-000000000000';
const ORLEANS = '45234';
const GIEN = '45155';

describe('Who reads the plan: its drafts the cabinet only, its adopted versions everyone who works in the département', () => {
  let api: Api;
  let claire: Session;
  let draft: PlanView;
  let adopted: PlanView;

  beforeAll(async () => {
    api = await Api.start();
    claire = await api.as('claire.martin@prefecture.demo');
    draft = await aDraftPlan(claire, 'Projet confidentiel');
    ok(await claire.gql(ADD_OBJECTIVE, { planId: draft.id, input: burglaries() }));
    adopted = await anAdoptedPlan(claire, [
      burglaries(),
      burglaries({
        title: 'Cambriolages à Gien',
        indicatorParameters: { categories: ['CAMBRIOLAGES'], communeCodes: [GIEN] },
      }),
      burglaries({
        title: 'Cambriolages à Orléans',
        indicatorParameters: { categories: ['CAMBRIOLAGES'], communeCodes: [ORLEANS] },
      }),
      burglaries({
        title: 'Dossiers ouverts',
        indicatorSource: 'CASES_OPENED',
        indicatorParameters: {},
        baselineValue: 1000,
        targetValue: 10,
      }),
    ]);
  });
  afterAll(() => api.stop());

  describe.each([
    ['a mayor', 'serge.aubert@orleans.demo'],
    ['a private partner', 'nadia.fournier@bailleur.demo'],
    ['the police', 'laurent.moreau@police.demo'],
  ])('%s', (_who, email) => {
    let session: Session;
    beforeAll(async () => {
      session = await api.as(email);
    });

    it('lists the adopted version and not the draft, and is told the draft does not exist, as for an unknown id', async () => {
      const { plans } = ok(await session.gql<{ plans: { id: string }[] }>(LIST, {}));
      expect(plans.map((plan) => plan.id)).toContain(adopted.id);
      expect(plans.map((plan) => plan.id)).not.toContain(draft.id);
      for (const id of [draft.id, NEVER]) {
        const result = await session.gql(PLAN, { id });
        expect([result.data, codeOf(result), result.errors?.[0].message]).toEqual([
          null,
          'NOT_FOUND',
          'Plan introuvable.',
        ]);
      }
      expect(
        ok(await session.gql<{ currentPlan: unknown }>(CURRENT, { year: draft.year })).currentPlan,
      ).toBeNull();
      expect(
        ok(await session.gql<{ currentPlan: { id: string } }>(CURRENT, { year: adopted.year })).currentPlan
          .id,
      ).toBe(adopted.id);
    });

    it('may not open, write, submit or adopt a plan, nor add an objective, and nothing changes', async () => {
      const create = await session.gql(
        `mutation { createPlan(input: { year: 2099, title: "Le mien" }) { id } }`,
      );
      expect(codeOf(create)).toBe('FORBIDDEN');
      for (const mutation of [
        `mutation($id: ID!) { submitPlan(id: $id) { id } }`,
        `mutation($id: ID!) { adoptPlan(id: $id) { id } }`,
        `mutation($id: ID!) { revisePlan(id: $id, note: "x") { id } }`,
      ]) {
        for (const id of [draft.id, adopted.id]) {
          const result = await session.gql(mutation, { id });
          expect([codeOf(result), result.errors?.[0].message]).toEqual(['NOT_FOUND', 'Plan introuvable.']);
        }
      }
      const add = await session.gql(ADD_OBJECTIVE, { planId: draft.id, input: burglaries() });
      expect(codeOf(add)).toBe('NOT_FOUND');
      const [row] = await api.dataSource.query(
        `select status, (select count(*)::int from plan_objectives where plan_id = $1) as n from plans where id = $1`,
        [draft.id],
      );
      expect(row).toEqual({ status: 'DRAFT', n: 1 });
    });
  });

  it('gives the technical administration no plan at all', async () => {
    const admin = await api.as('admin@continuum.demo');
    expect(ok(await admin.gql<{ plans: unknown[] }>(LIST, {})).plans).toEqual([]);
    expect(codeOf(await admin.gql(PLAN, { id: adopted.id }))).toBe('NOT_FOUND');
  });

  it('computes a mayor’s indicators on his own territory: Orléans’ facts, nothing of Gien', async () => {
    const serge = await api.as('serge.aubert@orleans.demo');
    const { plan } = ok(await serge.gql<{ plan: PlanView }>(PLAN, { id: adopted.id }));
    const departement = plan.objectives.find(
      (objective) => objective.title === 'Faire reculer les cambriolages',
    )!;
    expect(departement.indicator.scopeNote).toBe(
      'Calculé sur votre territoire de compétence (petits chiffres masqués)',
    );
    // The latest value only: two consecutive twelve-month sums would give a month back by difference.
    expect(departement.indicator.history).toHaveLength(1);
    const [latest] = departement.indicator.history;
    const orleans = await burglariesOver12Months(api, `${latest.period}-01`, [ORLEANS]);
    expect(orleans).toBeGreaterThanOrEqual(5);
    expect(latest.value).toBe(orleans);
    // His territory's figure is not the département's: it is not compared to the département's target.
    expect(departement.indicator).toMatchObject({ comparable: false, progress: 'NO_DATA' });
    const orleansOnly = plan.objectives.find((objective) => objective.title === 'Cambriolages à Orléans')!;
    expect(orleansOnly.indicator).toMatchObject({
      comparable: true,
      scopeNote: 'Calculé sur tout le périmètre de l’objectif (petits chiffres masqués)',
    });
    expect(orleansOnly.indicator.progress).not.toBe('NO_DATA');
    const gien = plan.objectives.find((objective) => objective.title === 'Cambriolages à Gien')!;
    expect(gien.indicator).toMatchObject({
      currentValue: null,
      history: [],
      scopeNote: 'Hors de votre territoire de compétence',
    });
  });

  it('counts for each reader only the cases that reader may read', async () => {
    for (const email of [
      'nadia.fournier@bailleur.demo',
      'claire.martin@prefecture.demo',
      'laurent.moreau@police.demo',
    ]) {
      const session = await api.as(email);
      const { plan } = ok(await session.gql<{ plan: PlanView }>(PLAN, { id: adopted.id }));
      const cases = plan.objectives.find((objective) => objective.title === 'Dossiers ouverts')!;
      const point = cases.indicator.history.find((one) => one.period === '2026-11')!;
      const [{ n }] = await api.dataSource.query(
        `select count(*)::int as n from cases c, users u join organizations o on o.id = u.organization_id
          where u.email = $1 and c.opened_at >= '2025-12-01' and c.opened_at < '2026-12-01'
            and (c.sensitivity in ('CLEAR','GREEN')
              or (c.sensitivity = 'AMBER' and (o.id in (select v.organization_id from case_involved_organizations v where v.case_id = c.id) or 'coordinator' = any(u.roles)))
              or (c.sensitivity = 'AMBER_STRICT' and ((o.type not in ('BAILLEUR','TRANSPORTEUR','SECURITE_PRIVEE','ASSUREUR','ORDRE_PROFESSIONNEL','FEDERATION_ASSOCIATION','ENTREPRISE','AUTRE') and o.id in (select v.organization_id from case_involved_organizations v where v.case_id = c.id)) or 'coordinator' = any(u.roles)))
              or (c.sensitivity = 'RED' and u.id in (select r.user_id from case_red_readers r where r.case_id = c.id)))`,
        [email],
      );
      expect([email, point.value]).toEqual([email, n]);
      expect(cases.indicator.scopeNote).toBe('Calculé sur les dossiers que vous pouvez lire');
    }
  });

  it('masks the adopted diagnostic’s small figures for anyone but the cabinet', async () => {
    const serge = await api.as('serge.aubert@orleans.demo');
    type Snapshot = {
      plan: { diagnosticSnapshot: { categories: { label: string; incidents: number | null }[] } };
    };
    const forCabinet = ok(await claire.gql<Snapshot>(SNAPSHOT, { id: adopted.id })).plan.diagnosticSnapshot
      .categories;
    const forMayor = ok(await serge.gql<Snapshot>(SNAPSHOT, { id: adopted.id })).plan.diagnosticSnapshot
      .categories;
    expect(forMayor.map((row) => row.label)).toEqual(forCabinet.map((row) => row.label));
    forCabinet.forEach((row, index) => {
      const small = row.incidents !== null && row.incidents > 0 && row.incidents < 5;
      expect(forMayor[index].incidents).toBe(small ? null : row.incidents);
    });
  });

  it('exports an adopted version to its readers as DOCX and PDF, journaled, and the draft to the cabinet only', async () => {
    const download = (session: Session, id: string, document: string) =>
      request(api.app.getHttpServer())
        .get(`/exports/plans/${id}/${document}`)
        .set('cookie', session.cookie ?? '')
        .set('x-forwarded-for', session.ip)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const serge = await api.as('serge.aubert@orleans.demo');
    const pdf = await download(serge, adopted.id, 'plan.pdf');
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await download(serge, adopted.id, 'plan.docx');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toBe(
      `attachment; filename="padrsq-45-${adopted.year}-v1.docx"`,
    );
    const [entry] = await api.dataSource.query(
      `select actor_label, details from audit_entries where subject_id = $1 and action = 'plan.exported' order by id desc limit 1`,
      [adopted.id],
    );
    expect(entry).toMatchObject({ details: { document: 'plan.docx' } });
    expect(entry.actor_label).toMatch(/^Serge Aubert/);
    expect((await download(serge, draft.id, 'plan.pdf')).status).toBe(404);
    expect((await download(await api.as('admin@continuum.demo'), adopted.id, 'plan.pdf')).status).toBe(404);
    expect((await download(claire, draft.id, 'plan.pdf')).status).toBe(200);
    expect((await download(claire, draft.id, 'plan.odt')).status).toBe(400);
  });
});
