import { Api, codeOf, GraphqlResult, Session, unique } from './api-harness';
import { organizationId, userId } from './case-factory';

const CREATE = `mutation($input: BodyInput!) { createBody(input: $input) { id name kind communeCodes
  chairOrganization { name } secretary { email } memberOrganizations { name } workingGroups { name } } }`;
const UPDATE = `mutation($id: ID!, $input: BodyInput!) { updateBody(id: $id, input: $input) { id name } }`;
const MEMBERS = `mutation($id: ID!, $users: [ID!]!) { setBodyMembers(bodyId: $id, userIds: $users) { id members { email } } }`;

interface Created {
  createBody: {
    id: string;
    name: string;
    communeCodes: string[];
    chairOrganization: { name: string };
    secretary: { email: string } | null;
    memberOrganizations: { name: string }[];
  };
}

describe('Coordination bodies: composition, named members, working groups', () => {
  let api: Api;
  let claire: Session;
  let nadia: Session;
  let gaelle: Session;
  let input: Record<string, unknown>;

  beforeAll(async () => {
    api = await Api.start();
    [claire, nadia, gaelle] = await Promise.all(
      ['claire.martin@prefecture.demo', 'nadia.fournier@bailleur.demo', 'gaelle.lambert@montargis.demo'].map(
        (email) => api.as(email),
      ),
    );
    input = {
      name: `CISPD du Giennois ${unique()}`,
      kind: 'CISPD',
      chairOrganizationId: await organizationId(api, 'Mairie de Montargis'),
      secretaryUserId: await userId(api, 'gaelle.lambert@montargis.demo'),
      memberOrganizationIds: [
        await organizationId(api, 'DDPN du Loiret'),
        await organizationId(api, 'Val de Loire Habitat Démo'),
      ],
      communeCodes: ['45155', '45208'],
    };
  });
  afterAll(() => api.stop());

  const refused = (result: GraphqlResult, field: string, message: RegExp) => {
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions?.['field']).toBe(field);
    expect(result.errors?.[0].message).toMatch(message);
  };

  it('is set up by the prefect’s cabinet; the chair and the secretary’s organisation are always members', async () => {
    expect(codeOf(await nadia.gql(CREATE, { input }))).toBe('FORBIDDEN');
    const created = (await claire.gql<Created>(CREATE, { input })).data!.createBody;
    expect(created.chairOrganization.name).toBe('Mairie de Montargis');
    expect(created.secretary?.email).toBe('gaelle.lambert@montargis.demo');
    expect(created.memberOrganizations.map((org) => org.name)).toEqual(
      expect.arrayContaining(['Mairie de Montargis', 'DDPN du Loiret', 'Val de Loire Habitat Démo']),
    );
    expect(created.communeCodes).toEqual(['45155', '45208']);
    const again = await claire.gql(CREATE, { input });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors?.[0].extensions?.['field']).toBe('name');
  });

  it('refuses a territory outside the département or an unknown organisation, and changes nothing', async () => {
    const name = `CLSPD refusé ${unique()}`;
    refused(
      await claire.gql(CREATE, { input: { ...input, name, communeCodes: ['75056'] } }),
      'communeCodes',
      /hors du département/,
    );
    refused(
      await claire.gql(CREATE, {
        input: { ...input, name, chairOrganizationId: '00000000-0000-4000-8000-000000000000' },
      }),
      'chairOrganizationId',
      /inconnue ou désactivée/,
    );
    const rows = await api.dataSource.query('select 1 from coordination_bodies where name = $1', [name]);
    expect(rows).toHaveLength(0);
  });

  it('lets its secretary name its members among the people of its member organisations', async () => {
    const { id } = (
      await claire.gql<Created>(CREATE, { input: { ...input, name: `CISPD des membres ${unique()}` } })
    ).data!.createBody;
    const laurent = await userId(api, 'laurent.moreau@police.demo');
    const julie = await userId(api, 'julie.lefebvre@gendarmerie.demo');
    expect(codeOf(await nadia.gql(MEMBERS, { id, users: [laurent] }))).toBe('FORBIDDEN');
    refused(
      await gaelle.gql(MEMBERS, { id, users: [laurent, julie] }),
      'userIds',
      /hors des organisations membres/,
    );
    const set = await gaelle.gql<{ setBodyMembers: { members: { email: string }[] } }>(MEMBERS, {
      id,
      users: [laurent],
    });
    expect(set.data!.setBodyMembers.members.map((member) => member.email)).toEqual([
      'laurent.moreau@police.demo',
    ]);
    expect(codeOf(await gaelle.gql(UPDATE, { id, input: { ...input, name: 'Renommé' } }))).toBe('FORBIDDEN');
  });

  it('gives restricted working groups to a CLSPD or CISPD only; members sign its charter', async () => {
    const { id } = (
      await claire.gql<Created>(CREATE, { input: { ...input, name: `CISPD des groupes ${unique()}` } })
    ).data!.createBody;
    const group = await gaelle.gql<{ createWorkingGroup: { id: string; charterVersion: string } }>(
      `mutation($id: ID!) { createWorkingGroup(bodyId: $id, name: "Quartier de la gare") { id charterVersion } }`,
      { id },
    );
    const groupId = group.data!.createWorkingGroup.id;
    const nadiaId = await userId(api, 'nadia.fournier@bailleur.demo');
    await gaelle.gql(
      `mutation($g: ID!, $u: ID!) { addWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`,
      { g: groupId, u: nadiaId },
    );
    const MEMBERS_OF = `query($id: ID!) { body(id: $id) { workingGroups { members { charterCurrent user { email } } } } }`;
    const status = async () =>
      (
        await nadia.gql<{ body: { workingGroups: { members: { charterCurrent: boolean }[] }[] } }>(
          MEMBERS_OF,
          { id },
        )
      ).data!.body.workingGroups[0].members[0].charterCurrent;
    expect(await status()).toBe(false);
    await nadia.gql(`mutation($g: ID!) { signCharter(workingGroupId: $g, version: "1") { id } }`, {
      g: groupId,
    });
    expect(await status()).toBe(true);
    const gpo = (
      await claire.gql<Created>(CREATE, { input: { ...input, name: `GPO ${unique()}`, kind: 'GPO' } })
    ).data!.createBody;
    refused(
      await gaelle.gql(`mutation($id: ID!) { createWorkingGroup(bodyId: $id, name: "Interdit") { id } }`, {
        id: gpo.id,
      }),
      'bodyId',
      /CLSPD ou un CISPD/,
    );
  });
});
