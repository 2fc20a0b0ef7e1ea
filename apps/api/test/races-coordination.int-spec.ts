import { Api, codeOf, GraphqlResult, ok, Session, unique } from './api-harness';
import { aBody, aCase, BuiltBody, organizationId, userId } from './case-factory';

/**
 * Bodies, working groups, the charter and the cases of a body under parallel requests (issue #11,
 * « Races »): of N identical requests one wins, the others are told in French what happened
 * (never INTERNAL_SERVER_ERROR), and the tables, the journal and the case history hold one change.
 */

const CLAIRE = 'claire.martin@prefecture.demo'; // the prefect's cabinet: creates and renames bodies
const GAELLE = 'gaelle.lambert@montargis.demo'; // secretary of the bodies created here
const NADIA = 'nadia.fournier@bailleur.demo'; // member of the working groups created here
const PAUL = 'paul.durand@pm-orleans.demo'; // his organisation owns the case attached here
const N = 15;

const CREATE_BODY = `mutation($input: BodyInput!) { createBody(input: $input) { id } }`;
const UPDATE_BODY = `mutation($id: ID!, $input: BodyInput!) { updateBody(id: $id, input: $input) { id } }`;
const MEMBERS = `mutation($id: ID!, $users: [ID!]!) { setBodyMembers(bodyId: $id, userIds: $users) { id } }`;
const CREATE_GROUP = `mutation($id: ID!, $name: String!) { createWorkingGroup(bodyId: $id, name: $name) { id } }`;
const ADD_MEMBER = `mutation($g: ID!, $u: ID!) { addWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`;
const REMOVE_MEMBER = `mutation($g: ID!, $u: ID!) { removeWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`;
const SIGN = `mutation($g: ID!, $v: String!) { signCharter(workingGroupId: $g, version: $v) { id } }`;
const NEW_CHARTER = `mutation($g: ID!, $v: String!) { newCharterVersion(workingGroupId: $g, version: $v) { id } }`;
const ATTACH = `mutation($caseId: ID!, $bodyId: ID) { attachCaseToBody(caseId: $caseId, bodyId: $bodyId) { id } }`;
const ESCALATE = `mutation($caseId: ID!) { escalateCase(caseId: $caseId, reason: "Recrudescence ce mois-ci") { id } }`;

/** The outcome of parallel requests: how many won, and what each of the others was told. */
function tally(results: GraphqlResult[]) {
  const losers = results.filter((result) => result.errors);
  return {
    winners: results.length - losers.length,
    losers: losers.map((result) => ({
      code: codeOf(result),
      field: result.errors![0].extensions?.field,
      message: result.errors![0].message,
    })),
  };
}
const parallel = (request: (index: number) => Promise<GraphqlResult>) =>
  Promise.all(Array.from({ length: N }, (_, index) => request(index))).then(tally);

describe('Races on bodies, working groups and the charter: one winner, the others told why', () => {
  let api: Api;
  let claire: Session;
  let gaelle: Session;
  let nadia: Session;
  let input: Record<string, unknown>;

  const audited = async (action: string, key: string, value: string) =>
    (
      await api.dataSource.query(
        'select count(*)::int as n from audit_entries where action = $1 and details->>$2 = $3',
        [action, key, value],
      )
    )[0].n as number;
  const createBody = async (name: string) =>
    ok(await claire.gql<{ createBody: { id: string } }>(CREATE_BODY, { input: { ...input, name } }))
      .createBody.id;
  const createGroup = async () => {
    const bodyId = await createBody(`CISPD des groupes ${unique()}${unique()}`);
    return ok(
      await gaelle.gql<{ createWorkingGroup: { id: string } }>(CREATE_GROUP, { id: bodyId, name: 'Gare' }),
    ).createWorkingGroup.id;
  };

  beforeAll(async () => {
    api = await Api.start();
    [claire, gaelle, nadia] = await Promise.all([CLAIRE, GAELLE, NADIA].map((email) => api.as(email)));
    input = {
      kind: 'CISPD',
      chairOrganizationId: await organizationId(api, 'Mairie de Montargis'),
      secretaryUserId: await userId(api, GAELLE),
      memberOrganizationIds: [
        await organizationId(api, 'DDPN du Loiret'),
        await organizationId(api, 'Val de Loire Habitat Démo'),
      ],
      communeCodes: ['45208'],
    };
  });
  afterAll(() => api?.stop());

  it(`creates one body out of ${N} parallel creations under the same name`, async () => {
    const name = `CISPD du Gâtinais ${unique()}${unique()}`;
    const outcome = await parallel(() => claire.gql(CREATE_BODY, { input: { ...input, name } }));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'name',
        message: `Une instance s’appelle déjà « ${name} ».`,
      }),
    );
    expect(
      await api.dataSource.query('select 1 from coordination_bodies where name = $1', [name]),
    ).toHaveLength(1);
    expect(await audited('body.created', 'name', name)).toBe(1);
  });

  it(`gives a name to one body out of ${N} renamed to it at the same moment`, async () => {
    const ids = await Promise.all(
      Array.from({ length: N }, () => createBody(`CISPD ${unique()}${unique()}`)),
    );
    const name = `CISPD renommé ${unique()}${unique()}`;
    const outcome = await parallel((index) =>
      claire.gql(UPDATE_BODY, { id: ids[index], input: { ...input, name } }),
    );
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'name',
        message: `Une instance s’appelle déjà « ${name} ».`,
      }),
    );
    expect(
      await api.dataSource.query('select 1 from coordination_bodies where name = $1', [name]),
    ).toHaveLength(1);
    expect(await audited('body.updated', 'name', name)).toBe(1);
  });

  it(`applies ${N} parallel changes of one body one after the other, the last one kept`, async () => {
    const name = `CISPD disputé ${unique()}${unique()}`;
    const bodyId = await createBody(name);
    const themes = Array.from({ length: N }, (_, index) => `Thème ${index + 1}`);
    const outcome = await parallel((index) =>
      claire.gql(UPDATE_BODY, { id: bodyId, input: { ...input, name, theme: themes[index] } }),
    );
    expect(outcome).toEqual({ winners: N, losers: [] });
    const [row] = await api.dataSource.query('select theme from coordination_bodies where id = $1', [bodyId]);
    expect(themes).toContain(row.theme);
    const members = await api.dataSource.query(
      'select 1 from coordination_body_organizations where body_id = $1',
      [bodyId],
    );
    expect(members).toHaveLength(3);
  });

  it(`keeps one of ${N} lists of named members set at the same moment, whole`, async () => {
    const bodyId = await createBody(`CISPD des membres ${unique()}${unique()}`);
    const people = await Promise.all(
      ['laurent.moreau@police.demo', NADIA, GAELLE].map((email) => userId(api, email)),
    );
    const lists = Array.from({ length: N }, (_, index) => people.filter((_, at) => (index >> at) & 1));
    const outcome = await parallel((index) => gaelle.gql(MEMBERS, { id: bodyId, users: lists[index] }));
    expect(outcome).toEqual({ winners: N, losers: [] });
    const rows: { user_id: string }[] = await api.dataSource.query(
      'select user_id from coordination_body_members where body_id = $1',
      [bodyId],
    );
    const kept = rows.map((row) => row.user_id).sort();
    expect(lists.map((list) => [...list].sort().join())).toContain(kept.join());
  });

  it(`creates one working group out of ${N} of the same name`, async () => {
    const bodyId = await createBody(`CISPD des groupes ${unique()}${unique()}`);
    const outcome = await parallel(() =>
      gaelle.gql(CREATE_GROUP, { id: bodyId, name: 'Quartier de la gare' }),
    );
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'name',
        message: 'Le groupe « Quartier de la gare » existe déjà dans cette instance.',
      }),
    );
    expect(
      await api.dataSource.query('select 1 from working_groups where body_id = $1', [bodyId]),
    ).toHaveLength(1);
  });

  it(`adds a member once out of ${N}, removes them once out of ${N}`, async () => {
    const groupId = await createGroup();
    const nadiaId = await userId(api, NADIA);
    const added = await parallel(() => gaelle.gql(ADD_MEMBER, { g: groupId, u: nadiaId }));
    expect(added.winners).toBe(1);
    expect(added.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'userId',
        message: 'Cette personne est déjà membre du groupe.',
      }),
    );
    expect(await audited('working-group.member.added', 'workingGroupId', groupId)).toBe(1);
    const removed = await parallel(() => gaelle.gql(REMOVE_MEMBER, { g: groupId, u: nadiaId }));
    expect(removed.winners).toBe(1);
    expect(removed.losers).toEqual(
      Array(N - 1).fill({
        code: 'BAD_USER_INPUT',
        field: 'userId',
        message: 'Cette personne n’est pas membre du groupe.',
      }),
    );
    expect(await audited('working-group.member.removed', 'workingGroupId', groupId)).toBe(1);
  });

  it(`records one signature of the charter out of ${N} sent at the same moment`, async () => {
    const groupId = await createGroup();
    ok(await gaelle.gql(ADD_MEMBER, { g: groupId, u: await userId(api, NADIA) }));
    const outcome = await parallel(() => nadia.gql(SIGN, { g: groupId, v: '1' }));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'version',
        message: 'Vous avez déjà signé la charte en vigueur (version 1).',
      }),
    );
    expect(await audited('working-group.charter.signed', 'workingGroupId', groupId)).toBe(1);
    const [member] = await api.dataSource.query(
      'select charter_signed_version from working_group_members where working_group_id = $1',
      [groupId],
    );
    expect(member.charter_signed_version).toBe('1');
  });

  it(`moves the charter to a new version once out of ${N} parallel requests`, async () => {
    const groupId = await createGroup();
    const outcome = await parallel(() => gaelle.gql(NEW_CHARTER, { g: groupId, v: '2' }));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'BAD_USER_INPUT',
        field: 'version',
        message: 'La charte est déjà en version 2.',
      }),
    );
    expect(await audited('working-group.charter.versioned', 'workingGroupId', groupId)).toBe(1);
  });
});

describe('Races on the cases of a body: one attachment, one signal per person', () => {
  let api: Api;
  let paul: Session;
  let body: BuiltBody;

  beforeAll(async () => {
    api = await Api.start();
    paul = await api.as(PAUL);
    body = await aBody(api)
      .named('CLSPD des dossiers disputés')
      .chairedBy('Mairie d’Orléans')
      .withMembers('Mairie d’Orléans', 'Police municipale d’Orléans')
      .build();
  });
  afterAll(() => api?.stop());

  const history = async (caseId: string, kind: string) =>
    (
      await api.dataSource.query(
        'select count(*)::int as n from case_events where case_id = $1 and kind = $2',
        [caseId, kind],
      )
    )[0].n as number;

  it(`attaches a case once out of ${N} parallel attachments, with one line of history`, async () => {
    const kase = await aCase(api).ownedBy('Police municipale d’Orléans').sensitivity('GREEN').build();
    const outcome = await parallel(() => paul.gql(ATTACH, { caseId: kase.id, bodyId: body.id }));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'bodyId',
        message: 'Le dossier est déjà rattaché ainsi.',
      }),
    );
    expect(await history(kase.id, 'attached_to_body')).toBe(1);
    const [row] = await api.dataSource.query('select body_id from cases where id = $1', [kase.id]);
    expect(row.body_id).toBe(body.id);
  });

  it(`records one signal out of ${N} by the same person for the next meeting`, async () => {
    const kase = await aCase(api)
      .ownedBy('Police municipale d’Orléans')
      .sensitivity('GREEN')
      .status('ANALYSIS')
      .attachedTo(body)
      .build();
    const outcome = await parallel(() => paul.gql(ESCALATE, { caseId: kase.id }));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        field: 'caseId',
        message: 'Vous avez déjà signalé ce dossier pour la prochaine séance.',
      }),
    );
    expect(
      await api.dataSource.query('select 1 from case_escalations where case_id = $1', [kase.id]),
    ).toHaveLength(1);
    expect(await history(kase.id, 'escalated')).toBe(1);
  });
});
