import { acceptInvitation, lastLinkToken, SET_PASSWORD, STRONG_PASSWORD } from './account-links';
import { Api, codeOf, GraphqlResult, ok, Session, unique } from './api-harness';

const CREATE_ORG = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name type publicAuthority wholeDepartement competenceCommunes { code } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id email roles organization { id name } } }`;
const DISABLE_USER = `mutation($id: ID!, $reason: String) { setUserDisabled(id: $id, disabled: true, reason: $reason) { id disabled } }`;

describe('Administration of organisations and users', () => {
  let api: Api;
  let admin: Session;
  let pmOrleansId: string;
  let bailleurId: string;

  beforeAll(async () => {
    api = await Api.start();
    admin = await api.as('admin@continuum.demo');
    [{ id: pmOrleansId }] = await api.dataSource.query(
      `select id from organizations where name = 'Police municipale d’Orléans'`,
    );
    [{ id: bailleurId }] = await api.dataSource.query(
      `select id from organizations where name = 'Val de Loire Habitat Démo'`,
    );
  });
  afterAll(() => api.stop());

  const count = async (sql: string, params: unknown[] = []) =>
    Number((await api.dataSource.query(sql, params))[0].count);

  it('lets the admin create an organisation with its competence, journaled', async () => {
    const name = `Bailleur test ${unique()}`;
    const result = await admin.gql<{ createOrganization: Record<string, unknown> }>(CREATE_ORG, {
      input: { name, type: 'BAILLEUR', wholeDepartement: false, competenceCommuneCodes: ['45234', '45208'] },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createOrganization).toMatchObject({ name, type: 'BAILLEUR', publicAuthority: false });
    const id = result.data?.createOrganization['id'];
    expect(
      await count(
        `select count(*) from audit_entries where action = 'organization.created' and subject_id = $1`,
        [id],
      ),
    ).toBe(1);
  });

  it('refuses a second organisation with the same name, whatever the case', async () => {
    const result = await admin.gql(CREATE_ORG, {
      input: { name: 'val de loire habitat démo', type: 'BAILLEUR', wholeDepartement: false },
    });
    expect(codeOf(result)).toBe('CONFLICT');
    expect(result.errors?.[0].extensions?.field).toBe('input.name');
  });

  it('lets the admin invite a user, who chooses their own password and then logs in', async () => {
    const email = `agent.${unique()}@bailleur.demo`;
    const result = await admin.gql<{ createUser: { email: string } }>(CREATE_USER, {
      input: {
        email,
        fullName: 'Agent Test',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    expect(result.errors).toBeUndefined();
    // Nobody knows a password yet: the account opens with nothing until the link is used.
    const [{ password_hash }] = await api.dataSource.query(
      `select password_hash from users where email = $1`,
      [email],
    );
    expect(password_hash).toBeNull();
    const session = await acceptInvitation(api, email);
    expect((await session.gql('{ me { email } }')).data).toEqual({ me: { email } });
  });

  it('lets a manager create a user in their own organisation only', async () => {
    const paul = await api.as('paul.durand@pm-orleans.demo');
    const own = await paul.gql(CREATE_USER, {
      input: {
        email: `pm.${unique()}@pm-orleans.demo`,
        fullName: 'Policier Test',
        organizationId: pmOrleansId,
        roles: ['AGENT'],
      },
    });
    expect(own.errors).toBeUndefined();
    const email = `intrus.${unique()}@bailleur.demo`;
    const other = await paul.gql(CREATE_USER, {
      input: {
        email,
        fullName: 'Intrus',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    expect(codeOf(other)).toBe('FORBIDDEN');
    expect(await count('select count(*) from users where email = $1', [email])).toBe(0);
  });

  it('refuses a manager granting a role only an admin may grant', async () => {
    const paul = await api.as('paul.durand@pm-orleans.demo');
    const email = `coord.${unique()}@pm-orleans.demo`;
    const result = await paul.gql(CREATE_USER, {
      input: {
        email,
        fullName: 'Faux coordinateur',
        organizationId: pmOrleansId,
        roles: ['COORDINATOR'],
      },
    });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(await count('select count(*) from users where email = $1', [email])).toBe(0);
  });

  it('refuses an agent any administration', async () => {
    const nadia = await api.as('nadia.fournier@bailleur.demo');
    const email = `x.${unique()}@bailleur.demo`;
    const user = await nadia.gql(CREATE_USER, {
      input: {
        email,
        fullName: 'Collègue',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    const org = await nadia.gql(CREATE_ORG, {
      input: { name: `Org ${unique()}`, type: 'AUTRE', wholeDepartement: false },
    });
    expect(codeOf(user)).toBe('FORBIDDEN');
    expect(codeOf(org)).toBe('FORBIDDEN');
    expect(await count('select count(*) from users where email = $1', [email])).toBe(0);
  });

  it('ends a disabled user’s open session on their next request, and journals why', async () => {
    const email = `partant.${unique()}@bailleur.demo`;
    const created = await admin.gql<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        email,
        fullName: 'Agent Partant',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    const id = created.data!.createUser.id;
    const session = await acceptInvitation(api, email);
    expect((await session.gql('{ me { id } }')).errors).toBeUndefined();

    expect((await admin.gql(DISABLE_USER, { id, reason: 'Départ de l’agent' })).errors).toBeUndefined();
    expect(codeOf(await session.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.visitor().login(email, STRONG_PASSWORD))).toBe('UNAUTHENTICATED');
    const [entry] = await api.dataSource.query(
      `select reason from audit_entries where action = 'user.disabled' and subject_id = $1`,
      [id],
    );
    expect(entry.reason).toBe('Départ de l’agent');
  });

  it('applies new roles at the user’s next request, and a password set by a reset link ends their sessions', async () => {
    const email = `promu.${unique()}@bailleur.demo`;
    const created = await admin.gql<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        email,
        fullName: 'Agent Promu',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    const id = created.data!.createUser.id;
    const session = await acceptInvitation(api, email);
    // The packed rules come from the session's cached profile, not from the users table.
    const mayCreateUsers = async () =>
      JSON.stringify(
        (await session.gql<{ me: { rules: unknown } }>('{ me { rules } }')).data?.me.rules,
      ).includes('"create,update,disable","User"');
    expect(await mayCreateUsers()).toBe(false);
    await admin.gql(`mutation($id: ID!) { updateUser(id: $id, input: { roles: [MANAGER] }) { id } }`, { id });
    expect(await mayCreateUsers()).toBe(true);
    ok(await api.visitor().gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: email }));
    const token = await lastLinkToken(api, email, 'account.password-reset');
    ok(await api.visitor().gql(SET_PASSWORD, { token, password: 'tournesol quinze brouette' }));
    expect(codeOf(await session.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('clears an optional field sent as null, and refuses null for a required one', async () => {
    const email = `efface.${unique()}@bailleur.demo`;
    const created = await admin.gql<{ createUser: { id: string } }>(CREATE_USER, {
      input: {
        email,
        fullName: 'Agent Effacé',
        title: 'Gardien',
        phone: '02 38 00 00 00',
        organizationId: bailleurId,
        roles: ['AGENT'],
      },
    });
    const id = created.data!.createUser.id;
    const update = (input: Record<string, unknown>) =>
      admin.gql<{ updateUser: { title: string | null; phone: string | null; fullName: string } }>(
        `mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { title phone fullName } }`,
        { id, input },
      );
    expect((await update({ title: null, phone: null })).data?.updateUser).toEqual({
      title: null,
      phone: null,
      fullName: 'Agent Effacé',
    });
    const refused = await update({ fullName: null });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.field).toBe('input.fullName');
    const organization = await admin.gql<{
      updateOrganization: { email: string | null; phone: string | null };
    }>(
      `mutation($id: ID!) { updateOrganization(id: $id, input: { email: null, phone: "" }) { email phone } }`,
      { id: bailleurId },
    );
    expect(organization.data?.updateOrganization).toEqual({ email: null, phone: null });
    await api.dataSource.query(`update organizations set email = 'surete@bailleur.demo' where id = $1`, [
      bailleurId,
    ]);
  });

  describe('bad input is refused with the field named, and nothing is written', () => {
    const expectRefused = (result: GraphqlResult, field: string) => {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(result.errors?.[0].message).toMatch(/[a-zé]/);
    };

    it('a malformed e-mail', async () => {
      const before = await count('select count(*) from users');
      const result = await admin.gql(CREATE_USER, {
        input: {
          email: 'pas-une-adresse',
          fullName: 'Test',
          organizationId: bailleurId,
          roles: ['AGENT'],
        },
      });
      expectRefused(result, 'input.email');
      expect(result.errors?.[0].message).toBe('Adresse e-mail invalide.');
      expect(await count('select count(*) from users')).toBe(before);
    });

    it('an unknown organisation type', async () => {
      const before = await count('select count(*) from organizations');
      const result = await admin.gql(CREATE_ORG, {
        input: { name: `Org ${unique()}`, type: 'PIRATE', wholeDepartement: false },
      });
      expectRefused(result, 'input.type');
      expect(result.errors?.[0].message).toMatch(/PIRATE/);
      expect(await count('select count(*) from organizations')).toBe(before);
    });

    it('a commune outside the département', async () => {
      const before = await count('select count(*) from organizations');
      const result = await admin.gql(CREATE_ORG, {
        input: {
          name: `Org ${unique()}`,
          type: 'MAIRIE',
          wholeDepartement: false,
          competenceCommuneCodes: ['45234', '75056'],
        },
      });
      expectRefused(result, 'input.competenceCommuneCodes');
      expect(result.errors?.[0].message).toMatch(/75056/);
      expect(await count('select count(*) from organizations')).toBe(before);
    });

    it('a zone whose GeoJSON is not a valid polygon', async () => {
      const claire = await api.as('claire.martin@prefecture.demo');
      const before = await count('select count(*) from zones');
      const create = (geometry: unknown) =>
        claire.gql(`mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`, {
          input: { name: `Zone ${unique()}`, kind: 'PRIORITY_ZONE', communeCodes: ['45234'], geometry },
        });
      const open = await create({
        type: 'Polygon',
        coordinates: [
          [
            [1.9, 47.9],
            [1.91, 47.9],
            [1.91, 47.91],
            [1.9, 47.92],
          ],
        ],
      });
      expectRefused(open, 'input.geometry');
      expect(open.errors?.[0].message).toMatch(/fermé/);
      const bowTie = await create({
        type: 'Polygon',
        coordinates: [
          [
            [1.9, 47.9],
            [1.91, 47.91],
            [1.91, 47.9],
            [1.9, 47.91],
            [1.9, 47.9],
          ],
        ],
      });
      expectRefused(bowTie, 'input.geometry');
      expect(bowTie.errors?.[0].message).toMatch(/recoupe/);
      expectRefused(await create({ type: 'Circle', coordinates: [1.9, 47.9] }), 'input.geometry');
      expect(await count('select count(*) from zones')).toBe(before);
    });

    it('a zone in a commune of another département', async () => {
      const claire = await api.as('claire.martin@prefecture.demo');
      const result = await claire.gql(
        `mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
        {
          input: {
            name: `Zone ${unique()}`,
            kind: 'OTHER',
            communeCodes: ['18033'],
            geometry: { type: 'Point', coordinates: [2.4, 47.08] },
          },
        },
      );
      expectRefused(result, 'input.communeCodes');
    });
  });

  it('lets a coordinator create a valid zone, seen by everyone with its communes', async () => {
    const claire = await api.as('claire.martin@prefecture.demo');
    const name = `Zone test ${unique()}`;
    const created = await claire.gql(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { id name kindLabel communes { name } } }`,
      {
        input: {
          name,
          kind: 'VIDEO_PROTECTED_SITE',
          communeCodes: ['45234'],
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [1.9, 47.9],
                [1.91, 47.9],
                [1.91, 47.91],
                [1.9, 47.9],
              ],
            ],
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const nadia = await api.as('nadia.fournier@bailleur.demo');
    const { data } = await nadia.gql<{ zones: { name: string; communes: { name: string }[] }[] }>(
      `{ zones { name communes { name } } }`,
    );
    expect(data?.zones.find((zone) => zone.name === name)?.communes).toEqual([{ name: 'Orléans' }]);
    const denied = await nadia.gql(
      `mutation($input: CreateZoneInput!) { createZone(input: $input) { id } }`,
      {
        input: {
          name: 'Interdit',
          kind: 'OTHER',
          communeCodes: ['45234'],
          geometry: { type: 'Point', coordinates: [1.9, 47.9] },
        },
      },
    );
    expect(codeOf(denied)).toBe('FORBIDDEN');
  });
});
