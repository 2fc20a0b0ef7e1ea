import { aLocalAccount } from './account-links';
import { Api, codeOf, ok, Session } from './api-harness';

const UPDATE_ROLES = `mutation($id: ID!, $roles: [Role!]!) { updateUser(id: $id, input: { roles: $roles }) { roles } }`;
const GRANTS = `query($userId: ID) { roleGrants(userId: $userId) { id role userId userEmail requestedByFullName canDecide } }`;
const APPROVE = `mutation($id: ID!) { approveRoleGrant(id: $id) }`;
const REJECT = `mutation($id: ID!, $reason: String) { rejectRoleGrant(id: $id, reason: $reason) }`;

interface Grant {
  id: string;
  role: string;
  userId: string;
  userEmail: string;
  requestedByFullName: string;
  canDecide: boolean;
}

describe('No one raises themselves: high roles need a second administrator', () => {
  let api: Api;
  let admins: Session[];
  let adminIds: string[];

  beforeAll(async () => {
    api = await Api.start();
    const accounts = await Promise.all(
      ['Alice', 'Bérénice', 'Céleste', 'Daphné'].map((name) =>
        aLocalAccount(api, { roles: ['admin'], name: `${name} Admin` }),
      ),
    );
    adminIds = accounts.map((account) => account.id);
    admins = await Promise.all(
      accounts.map(async (account) => {
        const session = api.visitor();
        ok(await session.login(account.email, account.password));
        return session;
      }),
    );
  });
  afterAll(() => api.stop());

  const rolesOf = async (id: string) =>
    (await api.dataSource.query(`select roles::text from users where id = $1`, [id]))[0].roles as string;
  const grantsFor = async (session: Session, userId: string) =>
    ok(await session.gql<{ roleGrants: Grant[] }>(GRANTS, { userId })).roleGrants;

  it('refuses anyone changing their own roles, and changes nothing', async () => {
    const before = await rolesOf(adminIds[0]);
    const result = await admins[0].gql(UPDATE_ROLES, { id: adminIds[0], roles: ['ADMIN', 'COORDINATOR'] });
    expect(codeOf(result)).toBe('FORBIDDEN');
    expect(result.errors?.[0].message).toBe(
      'Vous ne pouvez pas modifier vos propres rôles : demandez-le à un autre administrateur.',
    );
    expect(await rolesOf(adminIds[0])).toBe(before);
    const paul = await api.as('paul.durand@pm-orleans.demo');
    const [{ id: paulId }] = await api.dataSource.query(
      `select id from users where email = 'paul.durand@pm-orleans.demo'`,
    );
    expect(codeOf(await paul.gql(UPDATE_ROLES, { id: paulId, roles: ['AGENT'] }))).toBe('FORBIDDEN');
    expect(await rolesOf(paulId)).toBe('{manager}');
  });

  it('refuses a manager granting a role they may not give', async () => {
    const paul = await api.as('paul.durand@pm-orleans.demo');
    const agent = await aLocalAccount(api, { roles: ['agent'], organization: 'Police municipale d’Orléans' });
    expect(codeOf(await paul.gql(UPDATE_ROLES, { id: agent.id, roles: ['AGENT', 'COORDINATOR'] }))).toBe(
      'FORBIDDEN',
    );
    expect(await rolesOf(agent.id)).toBe('{agent}');
    expect(await api.dataSource.query(`select id from role_grants where user_id = $1`, [agent.id])).toEqual(
      [],
    );
  });

  it('makes a coordinator grant wait, shows it to the other administrators, and applies it on a second approval', async () => {
    const person = await aLocalAccount(api, {
      roles: ['agent'],
      organization: 'Préfecture du Loiret — cabinet',
    });
    const asked = ok(
      await admins[0].gql<{ updateUser: { roles: string[] } }>(UPDATE_ROLES, {
        id: person.id,
        roles: ['AGENT', 'COORDINATOR'],
      }),
    );
    expect(asked.updateUser.roles).toEqual(['AGENT']);
    const [mine] = await grantsFor(admins[0], person.id);
    expect(mine).toMatchObject({ role: 'COORDINATOR', userEmail: person.email, canDecide: false });
    const [theirs] = await grantsFor(admins[1], person.id);
    expect(theirs).toMatchObject({ id: mine.id, requestedByFullName: 'Alice Admin', canDecide: true });

    const own = await admins[0].gql(APPROVE, { id: mine.id });
    expect(codeOf(own)).toBe('FORBIDDEN');
    expect(own.errors?.[0].message).toBe(
      'Vous avez demandé cette attribution : un autre administrateur doit l’approuver.',
    );
    expect(await rolesOf(person.id)).toBe('{agent}');

    ok(await admins[1].gql(APPROVE, { id: mine.id }));
    expect(await rolesOf(person.id)).toBe('{agent,coordinator}');
    expect(await grantsFor(admins[1], person.id)).toEqual([]);
    const journal = await api.dataSource.query(
      `select action, actor_user_id from audit_entries where subject_id = $1 and action like 'role.grant.%' order by id`,
      [person.id],
    );
    expect(journal).toEqual([
      { action: 'role.grant.requested', actor_user_id: adminIds[0] },
      { action: 'role.grant.approved', actor_user_id: adminIds[1] },
    ]);
  });

  it('lets one of two simultaneous approvals win; the other is told it was decided', async () => {
    const person = await aLocalAccount(api, { roles: ['agent'] });
    ok(await admins[0].gql(UPDATE_ROLES, { id: person.id, roles: ['AGENT', 'ADMIN'] }));
    const [grant] = await grantsFor(admins[1], person.id);
    const results = await Promise.all([
      admins[1].gql(APPROVE, { id: grant.id }),
      admins[2].gql(APPROVE, { id: grant.id }),
      admins[3].gql(REJECT, { id: grant.id, reason: 'Pas de besoin' }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const losers = results.filter((result) => result.errors);
    expect(losers.map(codeOf)).toEqual(['CONFLICT', 'CONFLICT']);
    expect(losers[0].errors?.[0].message).toBe('Cette demande a déjà été traitée par une autre personne.');
    const [{ status }] = await api.dataSource.query(`select status from role_grants where id = $1`, [
      grant.id,
    ]);
    expect(await rolesOf(person.id)).toBe(status === 'APPROVED' ? '{agent,admin}' : '{agent}');
    const decisions = await api.dataSource.query(
      `select count(*)::int as n from audit_entries where subject_id = $1 and action in ('role.grant.approved', 'role.grant.rejected')`,
      [person.id],
    );
    expect(decisions[0].n).toBe(1);
  });

  it('keeps one pending grant when two administrators ask at once', async () => {
    const person = await aLocalAccount(api, { roles: ['agent'] });
    await Promise.all([
      admins[0].gql(UPDATE_ROLES, { id: person.id, roles: ['AGENT', 'COORDINATOR'] }),
      admins[1].gql(UPDATE_ROLES, { id: person.id, roles: ['AGENT', 'COORDINATOR'] }),
    ]);
    expect(await grantsFor(admins[2], person.id)).toHaveLength(1);
  });

  it('never lets the person it is for decide it', async () => {
    const [grantee, approver] = [admins[2], admins[3]];
    ok(await approver.gql(UPDATE_ROLES, { id: adminIds[2], roles: ['ADMIN', 'COORDINATOR'] }));
    const [grant] = await grantsFor(grantee, adminIds[2]);
    expect(grant.canDecide).toBe(false);
    const refused = await grantee.gql(APPROVE, { id: grant.id });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0].message).toBe('Vous ne pouvez pas décider d’un rôle qui vous est destiné.');
    expect(await rolesOf(adminIds[2])).toBe('{admin}');
    ok(await approver.gql(REJECT, { id: grant.id, reason: 'Demande retirée' }));
  });

  it('creates an account whose high role waits, with an invitation and no password', async () => {
    const email = `cabinet.${Date.now()}@prefecture.demo`;
    const [{ id: cabinet }] = await api.dataSource.query(
      `select id from organizations where name = 'Préfecture du Loiret — cabinet'`,
    );
    const created = ok(
      await admins[0].gql<{ createUser: { id: string; roles: string[] } }>(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id roles } }`,
        {
          input: {
            email,
            fullName: 'Nouvelle Coordinatrice',
            organizationId: cabinet,
            roles: ['COORDINATOR'],
          },
        },
      ),
    ).createUser;
    expect(created.roles).toEqual([]);
    expect((await grantsFor(admins[1], created.id)).map((grant) => grant.role)).toEqual(['COORDINATOR']);
    const [row] = await api.dataSource.query(`select password_hash from users where id = $1`, [created.id]);
    expect(row.password_hash).toBeNull();
  });

  it('shows no pending grant to a manager, and none of it to an agent', async () => {
    const paul = await api.as('paul.durand@pm-orleans.demo');
    expect(ok(await paul.gql<{ roleGrants: Grant[] }>(GRANTS, {})).roleGrants).toEqual([]);
    const marc = await api.as('marc.petit@orleans.demo');
    expect(codeOf(await marc.gql(GRANTS, {}))).toBe('FORBIDDEN');
  });
});
