import { Api, codeOf, GraphqlResult, Session, unique } from './api-harness';
import { parisDate } from './case-factory';

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id reference status sensitivity owner { name } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id title status statusReason sensitivity category commune { code } zone { name }
  assignments { status declineReason redirectSuggestion organization { name } } timeline { kind summary actorLabel } } }`;

interface CaseRow {
  id: string;
  reference: string;
  status: string;
  sensitivity: string;
}

describe('Working a case through the SARA cycle', () => {
  let api: Api;
  let paul: Session;
  let nadia: Session;
  let bailleurId: string;
  let disabledOrgId: string;

  beforeAll(async () => {
    api = await Api.start();
    paul = await api.as('paul.durand@pm-orleans.demo');
    nadia = await api.as('nadia.fournier@bailleur.demo');
    [{ id: bailleurId }] = await api.dataSource.query(
      `select id from organizations where name = 'Val de Loire Habitat Démo'`,
    );
    [{ id: disabledOrgId }] = await api.dataSource.query(
      `insert into organizations (name, type, disabled_at) values ($1, 'BAILLEUR', now()) returning id`,
      [`Bailleur fermé ${unique()}`],
    );
  });
  afterAll(() => api.stop());

  const create = async (session: Session, input: Record<string, unknown> = {}): Promise<CaseRow> => {
    const result = await session.gql<{ createCase: CaseRow }>(CREATE, {
      input: {
        title: `Rodéos quai du Roi ${unique()}`,
        category: 'RODEOS_URBAINS',
        communeCode: '45234',
        sensitivity: 'GREEN',
        ...input,
      },
    });
    if (result.errors) throw new Error(result.errors[0].message);
    return result.data!.createCase;
  };
  const snapshot = async (id: string) =>
    (await api.dataSource.query('select * from cases where id = $1', [id]))[0];
  const expectRefused = (result: GraphqlResult, field: string, message?: RegExp) => {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.field).toBe(field);
    if (message) expect(result.errors?.[0].message).toMatch(message);
  };

  it('opens a case with a reference per département and year, owned by the author’s organisation', async () => {
    const created = await create(paul);
    const year = new Date().getFullYear();
    expect(created.reference).toMatch(new RegExp(`^45-${year}-\\d{6}$`));
    expect(created).toMatchObject({
      status: 'NEW',
      sensitivity: 'GREEN',
      owner: { name: 'Police municipale d’Orléans' },
    });
    const second = await create(paul);
    expect(Number(second.reference.slice(-6))).toBe(Number(created.reference.slice(-6)) + 1);
  });

  it('moves through the cycle, refuses an invalid transition listing the allowed ones, and needs a reason to reject', async () => {
    const { id } = await create(paul);
    const move = (to: string, reason?: string) =>
      paul.gql<{ transitionCase: { status: string } }>(
        `mutation($id: ID!, $to: CaseStatus!, $reason: String) { transitionCase(id: $id, to: $to, reason: $reason) { status statusReason } }`,
        { id, to, reason },
      );
    const invalid = await move('RESOLVED');
    expectRefused(invalid, 'to', /Possibles : Analyse, En attente, Rejeté/);
    expect((await snapshot(id)).status).toBe('NEW');
    expectRefused(await move('REJECTED'), 'reason', /motif/);
    expect((await move('ANALYSIS')).data?.transitionCase.status).toBe('ANALYSIS');
    expect((await move('RESPONSE')).errors).toBeUndefined();
    expect((await move('ASSESSMENT')).errors).toBeUndefined();
    expect((await move('RESOLVED')).errors).toBeUndefined();
    expectRefused(await move('ANALYSIS'), 'reason');
    expect((await move('ANALYSIS', 'Les rodéos ont repris')).errors).toBeUndefined();
    const { data } = await paul.gql<{
      case: { statusReason: string; timeline: { kind: string; summary: string }[] };
    }>(CASE, { id });
    expect(data!.case.statusReason).toBe('Les rodéos ont repris');
    expect(data!.case.timeline.map((event) => event.kind)).toEqual([
      'created',
      'status_changed',
      'status_changed',
      'status_changed',
      'status_changed',
      'status_changed',
    ]);
    expect(data!.case.timeline.at(-1)!.summary).toBe(
      'Statut : Résolu → Analyse (motif : Les rodéos ont repris).',
    );
  });

  it('lets only the owner move the case, and says FORBIDDEN to a reader who is not the owner', async () => {
    const { id } = await create(paul);
    const result = await nadia.gql(
      `mutation($id: ID!) { transitionCase(id: $id, to: ANALYSIS) { status } }`,
      { id },
    );
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect((await snapshot(id)).status).toBe('NEW');
  });

  it('refers a case; the organisation declines with where to go, then accepts a second referral', async () => {
    const { id } = await create(paul, {
      sensitivity: 'AMBER',
      category: 'OCCUPATION_HALLS',
      title: `Hall 12 rue Test ${unique()}`,
    });
    const assign = () =>
      paul.gql<{ assignCase: { id: string; status: string } }>(
        `mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org, message: "Merci de traiter") { id status } }`,
        {
          id,
          org: bailleurId,
        },
      );
    const first = await assign();
    expect(first.data?.assignCase.status).toBe('PENDING');
    expect(codeOf(await assign())).toBe('CONFLICT');

    // The pending referral lets the landlord read the AMBER case, so that it can answer.
    const work = await nadia.gql<{ myWork: { pendingReferrals: { id: string; case: { id: string } }[] } }>(
      `{ myWork { pendingReferrals { id case { id } } } }`,
    );
    expect(work.data!.myWork.pendingReferrals.map((referral) => referral.case.id)).toContain(id);
    const answer = (accept: boolean, reason?: string) =>
      nadia.gql(
        `mutation($a: ID!, $accept: Boolean!, $reason: String) { answerReferral(assignmentId: $a, accept: $accept, reason: $reason, redirectSuggestion: "Police nationale") { status } }`,
        {
          a: first.data!.assignCase.id,
          accept,
          reason,
        },
      );
    expectRefused(await answer(false), 'reason');
    expect((await answer(false, 'Pas de notre compétence')).errors).toBeUndefined();
    // Declined: the landlord no longer reads the AMBER case.
    expect(codeOf(await nadia.gql(CASE, { id }))).toBe('NOT_FOUND');
    const { data } = await paul.gql<{
      case: { assignments: { status: string; declineReason: string; redirectSuggestion: string }[] };
    }>(CASE, { id });
    expect(data!.case.assignments).toEqual([
      expect.objectContaining({
        status: 'DECLINED',
        declineReason: 'Pas de notre compétence',
        redirectSuggestion: 'Police nationale',
      }),
    ]);
    const again = await assign();
    expect(again.data?.assignCase.status).toBe('PENDING');
    const accept = await nadia.gql(
      `mutation($a: ID!) { answerReferral(assignmentId: $a, accept: true) { status } }`,
      { a: again.data!.assignCase.id },
    );
    expect(accept.errors).toBeUndefined();
    expect((await nadia.gql(CASE, { id })).data).toBeTruthy();
  });

  it('refuses a referral to an organisation that does not exist or is disabled, naming the field', async () => {
    const { id } = await create(paul);
    const assign = (org: string) =>
      paul.gql(`mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`, {
        id,
        org,
      });
    expectRefused(await assign('00000000-0000-4000-8000-000000000000'), 'organizationId', /inconnue/);
    expectRefused(await assign(disabledOrgId), 'organizationId', /désactivée/);
    expect(
      Number(
        (await api.dataSource.query('select count(*) from case_assignments where case_id = $1', [id]))[0]
          .count,
      ),
    ).toBe(0);
  });

  describe('bad input leaves nothing written, and names the field', () => {
    const count = async () => Number((await api.dataSource.query('select count(*) from cases'))[0].count);

    it.each([
      ['an unknown category', { category: 'PIRATERIE' }, 'input.category'],
      ['a commune outside the département', { communeCode: '75056' }, 'input.communeCode'],
      ['a malformed commune code', { communeCode: 'Orléans' }, 'input.communeCode'],
      ['a title too short', { title: 'x' }, 'input.title'],
      ['a title of blanks', { title: '       ' }, 'input.title'],
      ['an assessment date in 1900', { assessmentDueOn: '1900-01-01' }, 'input.assessmentDueOn'],
      ['a title of zero-width spaces', { title: '\u200B\u200B\u200B\u200B' }, 'input.title'],
      ['an unknown sensitivity', { sensitivity: 'PURPLE' }, 'input.sensitivity'],
      ['a point out of range', { point: { longitude: 1.9, latitude: 123 } }, 'input.point.latitude'],
    ])('%s', async (_, override, field) => {
      const before = await count();
      const result = await paul.gql(CREATE, {
        input: {
          title: `Dossier ${unique()}`,
          category: 'DEPOTS_SAUVAGES',
          communeCode: '45234',
          sensitivity: 'GREEN',
          ...override,
        },
      });
      expectRefused(result, field);
      expect(await count()).toBe(before);
    });

    it('counts a title’s characters as read: a letter and its combining accent are one', async () => {
      // 120 « é » written as e + accent: 240 UTF-16 units, 120 characters.
      const title = `${'e\u0301'.repeat(120)} ${unique()}`;
      const result = await paul.gql<{ createCase: { id: string } }>(CREATE, {
        input: { title, category: 'DEPOTS_SAUVAGES', communeCode: '45234', sensitivity: 'GREEN' },
      });
      expect(result.errors).toBeUndefined();
    });

    it('a zone that does not cover the commune, and a point outside the zone', async () => {
      const [{ id: zoneId }] = await api.dataSource.query(
        `select id from zones where name = 'Quartier du Plateau'`,
      );
      const before = await count();
      const wrongCommune = await paul.gql(CREATE, {
        input: {
          title: `Dossier ${unique()}`,
          category: 'SQUATS',
          communeCode: '45234',
          sensitivity: 'GREEN',
          zoneId,
        },
      });
      expectRefused(wrongCommune, 'input.zoneId', /ne couvre pas/);
      const farPoint = await paul.gql(CREATE, {
        input: {
          title: `Dossier ${unique()}`,
          category: 'SQUATS',
          communeCode: '45208',
          sensitivity: 'GREEN',
          zoneId,
          point: { longitude: 1.9, latitude: 47.9 },
        },
      });
      expectRefused(farPoint, 'input.point', /hors de la commune choisie \(Montargis\)/);
      expect(await count()).toBe(before);
    });

    it('lowering the sensitivity without a reason', async () => {
      const { id } = await create(paul, { sensitivity: 'AMBER' });
      const lower = (reason?: string) =>
        paul.gql(
          `mutation($id: ID!, $reason: String) { changeCaseSensitivity(id: $id, sensitivity: GREEN, reason: $reason) { sensitivity } }`,
          { id, reason },
        );
      expectRefused(await lower(), 'reason', /motif/);
      expect((await snapshot(id)).sensitivity).toBe('AMBER');
      expect((await lower('Diffusion élargie décidée en CLSPD')).errors).toBeUndefined();
      const [entry] = await api.dataSource.query(
        `select reason, actor_label from audit_entries where action = 'case.sensitivity.lowered' and subject_id = $1`,
        [id],
      );
      expect(entry).toEqual({
        reason: 'Diffusion élargie décidée en CLSPD',
        actor_label: 'Paul Durand (Police municipale d’Orléans)',
      });
    });
  });

  it('keeps AMBER+STRICT for public authorities: no private owner, no referral or share to a private partner', async () => {
    const strictByNadia = await nadia.gql(CREATE, {
      input: {
        title: `Dossier ${unique()}`,
        category: 'SQUATS',
        communeCode: '45234',
        sensitivity: 'AMBER_STRICT',
      },
    });
    expectRefused(strictByNadia, 'input.sensitivity', /autorité publique/);
    const { id } = await create(paul, { sensitivity: 'AMBER_STRICT' });
    const referral = await paul.gql(
      `mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`,
      { id, org: bailleurId },
    );
    expectRefused(referral, 'organizationId', /partenaire privé/);
    const share = await paul.gql(
      `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org) { id } }`,
      { id, org: bailleurId },
    );
    expectRefused(share, 'organizationId', /partenaire privé/);
    const own = await create(nadia, { sensitivity: 'AMBER' });
    const raise = await nadia.gql(
      `mutation($id: ID!) { changeCaseSensitivity(id: $id, sensitivity: AMBER_STRICT) { sensitivity } }`,
      { id: own.id },
    );
    expectRefused(raise, 'sensitivity');
    expect((await snapshot(own.id)).sensitivity).toBe('AMBER');
  });

  it('names who a share was withdrawn from in the timeline', async () => {
    const { id } = await create(paul, { sensitivity: 'AMBER' });
    const shared = await paul.gql<{ shareCase: { id: string } }>(
      `mutation($id: ID!, $org: ID!) { shareCase(id: $id, organizationId: $org, reason: "Suivi du hall") { id } }`,
      {
        id,
        org: bailleurId,
      },
    );
    await paul.gql(`mutation($s: ID!) { unshareCase(shareId: $s, reason: "Fin du suivi") { id } }`, {
      s: shared.data!.shareCase.id,
    });
    const { data } = await paul.gql<{ case: { timeline: { summary: string }[] } }>(CASE, { id });
    expect(data!.case.timeline.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        'Partagé avec Val de Loire Habitat Démo.',
        'Partage retiré : Val de Loire Habitat Démo.',
      ]),
    );
  });

  it('finds open cases of the same category nearby as possible duplicates', async () => {
    const point = { longitude: 1.9402, latitude: 47.8451 };
    const { id } = await create(paul, {
      category: 'POINT_DE_DEAL',
      title: `Point de deal place Test ${unique()}`,
      point,
    });
    const { data } = await nadia.gql<{ possibleDuplicates: { id: string }[] }>(
      `query($lon: Float, $lat: Float) { possibleDuplicates(category: POINT_DE_DEAL, longitude: $lon, latitude: $lat) { id } }`,
      { lon: 1.9425, lat: 47.846 },
    );
    expect(data!.possibleDuplicates.map((row) => row.id)).toContain(id);
    const far = await nadia.gql<{ possibleDuplicates: { id: string }[] }>(
      `{ possibleDuplicates(category: POINT_DE_DEAL, longitude: 1.99, latitude: 47.9) { id } }`,
    );
    expect(far.data!.possibleDuplicates.map((row) => row.id)).not.toContain(id);
  });

  it('refers or shares a RED case to no organisation, and plans actions only for those who may read the case', async () => {
    const [{ id: ddpnId }] = await api.dataSource.query(
      `select id from organizations where name = 'DDPN du Loiret'`,
    );
    const [{ id: laurentId }] = await api.dataSource.query(
      `select id from users where email = 'laurent.moreau@police.demo'`,
    );
    const red = await create(paul);
    await api.dataSource.query(`update cases set sensitivity = 'RED' where id = $1`, [red.id]);
    const [{ count: referralsBefore }] = await api.dataSource.query(
      'select count(*)::int from case_assignments where case_id = $1',
      [red.id],
    );
    // Paul no longer reads it (RED: named people only): nothing to refer, for him.
    const hidden = await paul.gql(
      `mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`,
      {
        id: red.id,
        org: ddpnId,
      },
    );
    expect(hidden.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    await api.dataSource.query(
      `insert into case_shares (case_id, user_id, shared_by_user_id) select $1, u.id, u.id from users u where u.email = 'paul.durand@pm-orleans.demo'`,
      [red.id],
    );
    const referral = await paul.gql(
      `mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`,
      {
        id: red.id,
        org: ddpnId,
      },
    );
    expectRefused(referral, 'organizationId', /TLP:RED n’est lu que par des personnes nommées/);
    expect(
      (
        await api.dataSource.query('select count(*)::int from case_assignments where case_id = $1', [red.id])
      )[0].count,
    ).toBe(referralsBefore);

    const amber = await create(paul, { sensitivity: 'AMBER' });
    const ADD = `mutation($id: ID!, $org: ID!, $user: ID) { addCaseAction(caseId: $id, input: { title: "Rondes", organizationId: $org, assigneeUserId: $user }) { id } }`;
    expectRefused(
      await paul.gql(ADD, { id: amber.id, org: bailleurId }),
      'input.organizationId',
      /ne peut lire ce dossier/,
    );
    expectRefused(
      await paul.gql(ADD, { id: amber.id, org: ddpnId, user: laurentId }),
      'input.assigneeUserId',
      /Laurent Moreau ne peut pas lire ce dossier/,
    );
    // Once referred (pending), the landlord reads the case: an action for it is accepted.
    await paul.gql(`mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`, {
      id: amber.id,
      org: bailleurId,
    });
    const added = await paul.gql<{ addCaseAction: { id: string } }>(ADD, { id: amber.id, org: bailleurId });
    expect(added.errors).toBeUndefined();
  });

  it('plans actions, flags the overdue ones, and needs an outcome to finish one', async () => {
    const { id } = await create(paul);
    const [{ id: pmId }] = await api.dataSource.query(
      `select id from organizations where name = 'Police municipale d’Orléans'`,
    );
    const added = await paul.gql<{ addCaseAction: { id: string; overdue: boolean } }>(
      `mutation($id: ID!, $org: ID!) { addCaseAction(caseId: $id, input: { title: "Patrouille renforcée", organizationId: $org, dueOn: "${parisDate(3)}" }) { id overdue } }`,
      { id, org: pmId },
    );
    expect(added.data!.addCaseAction.overdue).toBe(false);
    // Days pass: a new due date may not be set in the past, an existing one becomes so.
    await api.dataSource.query(`update case_actions set due_on = '2020-01-01' where id = $1`, [
      added.data!.addCaseAction.id,
    ]);
    const overdue = await paul.gql<{ cases: { edges: { node: { id: string } }[] } }>(
      `{ cases(filter: { overdue: true }, first: 100) { edges { node { id } } } }`,
    );
    expect(overdue.data!.cases.edges.map((edge) => edge.node.id)).toContain(id);
    const done = (outcome?: string) =>
      paul.gql(
        `mutation($a: ID!, $o: String) { updateCaseAction(id: $a, input: { status: DONE, outcome: $o }) { status } }`,
        { a: added.data!.addCaseAction.id, o: outcome },
      );
    expectRefused(await done(), 'input.outcome');
    expect((await done('Trois passages par nuit pendant deux semaines')).errors).toBeUndefined();
  });
});
