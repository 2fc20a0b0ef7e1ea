import {
  Actor,
  AppAbility,
  CaseCategory,
  CaseStatus,
  CaseSubject,
  defineAbilityFor,
  isPublicAuthority,
  OrganizationType,
  Role,
  Sensitivity,
} from '@continuum/domain';
import { dataSourceOptions, mulberry32 as prng, SqlCondition } from '@continuum/server/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { caseReadersCondition, readableCases, readablePersons } from './case-policy.sql';

/**
 * The differential test of the case policy (SHARING.md): a few thousand random cases and every
 * user of a random world; for each pair, the in-memory CASL decision on a `CaseSubject` computed
 * here from the generated rows, and the SQL filter the server ANDs into its reads (the policy
 * views), must agree, for the case and for its nominative data. Then pointed cases that read like
 * SHARING.md.
 *
 * Everything happens in one transaction that is rolled back: the run database is shared by every
 * integration test, and none of them ever sees these rows. The world is drawn from a seeded PRNG
 * (set CASE_POLICY_SEED to replay one); its rows carry a unique tag so concurrent runs never collide.
 */

const SEED = Number(process.env['CASE_POLICY_SEED'] ?? 0x5eed2026) >>> 0;
const CASES = 3000;
const INSERTED_ORGANIZATIONS: readonly [string, OrganizationType][] = [
  // SHARING.md: landlords are private partners, even public ones.
  ["Office public de l'habitat du Loiret", OrganizationType.BAILLEUR],
  ['Ordre des pharmaciens du Centre', OrganizationType.ORDRE_PROFESSIONNEL],
  ['Maison de quartier Dauphine', OrganizationType.AUTRE],
  ['Mairie de Pithiviers', OrganizationType.MAIRIE],
  ['Compagnie de gendarmerie de Pithiviers', OrganizationType.GENDARMERIE],
];
const INSERTED_USERS = 43;

// ---------------------------------------------------------------------------------------------
// The world, as generated (the source of truth the in-memory side derives its subjects from).

interface Org {
  id: string;
  name: string;
  type: OrganizationType;
}
interface User {
  id: string;
  email: string;
  org: Org;
  roles: Role[];
}
interface Body {
  id: string;
  name: string;
  chairOrgId: string;
  secretaryUserId: string | null;
  memberOrgIds: string[];
}
interface WorkingGroupMember {
  userId: string;
  signedAt: string | null;
  signedVersion: string | null;
}
interface WorkingGroup {
  id: string;
  bodyId: string;
  name: string;
  charterVersion: string;
  members: WorkingGroupMember[];
}
type AssignmentStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED';
interface GeneratedCase {
  id: string;
  reference: string;
  sensitivity: Sensitivity;
  status: CaseStatus;
  ownerOrgId: string;
  bodyId: string | null;
  workingGroupId: string | null;
  assignments: { orgId: string; status: AssignmentStatus }[];
  orgShares: string[];
  userShares: string[];
}
interface World {
  tag: string;
  orgs: Org[];
  users: User[];
  bodies: Body[];
  groups: WorkingGroup[];
  cases: GeneratedCase[];
}

class Draw {
  constructor(readonly next: () => number) {}
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  /** `count` distinct items, none of them in `except`. */
  some<T>(items: readonly T[], count: number, except: readonly T[] = []): T[] {
    const pool = items.filter((item) => !except.includes(item));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------
// SHARING.md, computed in memory from the generated rows (independently of the policy views).

const INVOLVING: readonly AssignmentStatus[] = ['PENDING', 'ACCEPTED'];

function subjectOf(kase: GeneratedCase, world: World): CaseSubject {
  const body = kase.bodyId ? world.bodies.find((b) => b.id === kase.bodyId) : undefined;
  const group = kase.workingGroupId ? world.groups.find((g) => g.id === kase.workingGroupId) : undefined;
  // AMBER: owner, assignees (a pending referral included, a declined one no longer), organisations
  // it is shared with, member organisations of the body it is attached to.
  const involved = new Set([
    kase.ownerOrgId,
    ...kase.assignments.filter((a) => INVOLVING.includes(a.status)).map((a) => a.orgId),
    ...kase.orgShares,
    ...(body?.memberOrgIds ?? []),
  ]);
  // RED: members of the working group who signed its current charter, plus named users shared with.
  const readers = new Set([
    ...kase.userShares,
    ...(group?.members ?? [])
      .filter((m) => m.signedAt !== null && m.signedVersion === group?.charterVersion)
      .map((m) => m.userId),
  ]);
  // Nominative data: owner, accepted assignees, organisations shared with.
  const persons = new Set([
    kase.ownerOrgId,
    ...kase.assignments.filter((a) => a.status === 'ACCEPTED').map((a) => a.orgId),
    ...kase.orgShares,
  ]);
  return {
    __typename: 'Case',
    id: kase.id,
    sensitivity: kase.sensitivity,
    ownerOrganizationId: kase.ownerOrgId,
    involvedOrganizationIds: [...involved].sort(),
    readerUserIds: [...readers].sort(),
    personsOrganizationIds: [...persons].sort(),
  };
}

/**
 * The TLP table and the Fields section of SHARING.md written as plain code, to check that the CASL
 * rules say the same as the page (the SQL is then checked against CASL).
 */
function sharingSays(actor: Actor, subject: CaseSubject): { case: boolean; persons: boolean } {
  // The admin reads no case content at all, not even CLEAR or GREEN, nor does the DPO but through a
  // subject-access search (SHARING.md, Roles).
  if (!actor.roles.some((role) => role !== Role.ADMIN && role !== Role.DPO))
    return { case: false, persons: false };
  const involved = subject.involvedOrganizationIds.includes(actor.organizationId);
  const named = subject.readerUserIds.includes(actor.userId);
  const coordinator = actor.roles.includes(Role.COORDINATOR);
  let readsCase: boolean;
  switch (subject.sensitivity) {
    case Sensitivity.CLEAR:
    case Sensitivity.GREEN:
      readsCase = true;
      break;
    case Sensitivity.AMBER:
      readsCase = involved || coordinator;
      break;
    case Sensitivity.AMBER_STRICT:
      readsCase = (involved && actor.publicAuthority) || coordinator;
      break;
    case Sensitivity.RED:
      readsCase = named;
      break;
  }
  const needToKnow =
    subject.sensitivity === Sensitivity.RED
      ? named
      : subject.personsOrganizationIds.includes(actor.organizationId);
  return { case: readsCase, persons: readsCase && actor.publicAuthority && needToKnow };
}

// ---------------------------------------------------------------------------------------------
// Building the world in the database.

async function loadDemo(runner: QueryRunner): Promise<{ orgs: Org[]; users: User[] }> {
  // The demo rows are those the seed inserted, in one transaction (hence one created_at): rows
  // other tests commit meanwhile must not change the world a seed draws. Disabled or not: the policy
  // decides the same way, and the world stays the same.
  const orgs: Org[] = await runner.query(
    `select id, name, type from organizations
      where created_at = (select min(created_at) from organizations)
      order by name`,
  );
  const rows: { id: string; email: string; organization_id: string; roles: Role[] }[] = await runner.query(
    `select id, email, organization_id, cast(roles as text[]) as roles from users
      where created_at = (select min(created_at) from users)
      order by email`,
  );
  const users = rows
    .filter((row) => orgs.some((org) => org.id === row.organization_id))
    .map((row) => ({
      id: row.id,
      email: row.email,
      org: orgs.find((org) => org.id === row.organization_id) as Org,
      roles: row.roles,
    }));
  return { orgs, users };
}

function generate(draw: Draw, tag: string, demo: { orgs: Org[]; users: User[] }): World {
  const orgs: Org[] = [
    ...demo.orgs,
    ...INSERTED_ORGANIZATIONS.map(([name, type]) => ({ id: randomUUID(), name: `${name} ${tag}`, type })),
  ];
  const inserted = orgs.slice(demo.orgs.length);
  const cabinet = orgs.find((org) => org.name === 'Préfecture du Loiret — cabinet') ?? orgs[0];
  const users: User[] = [...demo.users];
  for (let i = 0; i < INSERTED_USERS; i++) {
    // Every inserted organisation gets people; then anyone anywhere.
    let org = i < inserted.length * 2 ? inserted[i % inserted.length] : draw.pick(orgs);
    let roles: Role[] = draw.pick([
      [Role.AGENT],
      [Role.AGENT],
      [Role.AGENT],
      [Role.MANAGER],
      [Role.AGENT, Role.MANAGER],
    ]);
    if (i === INSERTED_USERS - 1 || i === INSERTED_USERS - 2) {
      // More of the prefect's cabinet: coordinators (one also a manager).
      org = cabinet;
      roles = i % 2 ? [Role.COORDINATOR] : [Role.COORDINATOR, Role.MANAGER];
    } else if (i === INSERTED_USERS - 3) {
      // A technical administrator outside the préfecture, who also works cases as an agent.
      org = orgs.find((o) => o.type === OrganizationType.MAIRIE) ?? org;
      roles = [Role.ADMIN, Role.AGENT];
    }
    users.push({ id: randomUUID(), email: `cpdiff-${tag}-${i}@test.demo`, org, roles });
  }

  const bodies: Body[] = ['CLSPD', 'CISPD', 'GPO', 'ETAT_MAJOR'].map((kind) => {
    const members = draw.some(
      orgs.map((org) => org.id),
      draw.int(3, 8),
    );
    const chair = members[0];
    const secretaryPool = users.filter((user) => user.org.id === chair);
    return {
      id: randomUUID(),
      name: `${kind} ${tag}`,
      chairOrgId: chair,
      secretaryUserId: secretaryPool.length > 0 ? draw.pick(secretaryPool).id : null,
      memberOrgIds: members,
    };
  });

  const signedAt = '2026-01-15T10:00:00Z';
  const groups: WorkingGroup[] = ['2', '3', '1'].map((version, index) => ({
    id: randomUUID(),
    bodyId: bodies[index].id,
    name: `Groupe restreint ${index} ${tag}`,
    charterVersion: version,
    members: draw.some(users, draw.int(5, 10)).map((user): WorkingGroupMember => {
      const state = draw.next();
      if (state < 0.45) return { userId: user.id, signedAt, signedVersion: version };
      if (state < 0.7) return { userId: user.id, signedAt, signedVersion: String(Number(version) - 1) };
      if (state < 0.9) return { userId: user.id, signedAt: null, signedVersion: null };
      // Inconsistent row: the current version recorded but no signature date: not signed.
      return { userId: user.id, signedAt: null, signedVersion: version };
    }),
  }));

  const sensitivities = Object.values(Sensitivity);
  const statuses = Object.values(CaseStatus);
  const orgIds = orgs.map((org) => org.id);
  const userIds = users.map((user) => user.id);
  const cases: GeneratedCase[] = [];
  for (let n = 0; n < CASES; n++) {
    const sensitivity = draw.pick(sensitivities);
    const ownerOrgId = draw.pick(orgIds);
    const group = draw.chance(sensitivity === Sensitivity.RED ? 0.5 : 0.15) ? draw.pick(groups) : null;
    // A case in a working group is attached to the group's body, or to no body; otherwise, maybe to any.
    const bodyId = group
      ? draw.chance(0.7)
        ? group.bodyId
        : null
      : draw.chance(0.35)
        ? draw.pick(bodies).id
        : null;
    const assignees = draw.some(orgIds, draw.pick([0, 0, 1, 1, 2, 3]), [ownerOrgId]);
    cases.push({
      id: randomUUID(),
      reference: `${tag}-${String(n).padStart(5, '0')}`,
      sensitivity,
      status: draw.pick(statuses),
      ownerOrgId,
      bodyId,
      workingGroupId: group?.id ?? null,
      assignments: assignees.map((orgId) => ({
        orgId,
        status: draw.pick<AssignmentStatus>(['PENDING', 'ACCEPTED', 'DECLINED']),
      })),
      orgShares: draw.some(orgIds, draw.pick([0, 0, 0, 1, 1, 2]), [ownerOrgId]),
      userShares: draw.some(userIds, draw.pick([0, 0, 1, 1, 2])),
    });
  }
  return { tag, orgs, users, bodies, groups, cases };
}

/** Multi-row inserts through unnest: one statement per table. */
async function insertWorld(runner: QueryRunner, world: World, demo: { orgs: Org[]; users: User[] }) {
  const newOrgs = world.orgs.filter((org) => !demo.orgs.includes(org));
  const newUsers = world.users.filter((user) => !demo.users.includes(user));
  await runner.query(
    `insert into organizations (id, name, type)
     select * from unnest($1::uuid[], $2::text[], $3::organization_type[])`,
    [newOrgs.map((o) => o.id), newOrgs.map((o) => o.name), newOrgs.map((o) => o.type)],
  );
  await runner.query(
    `insert into users (id, email, full_name, organization_id, roles)
     select t.id, t.email, t.email, t.org, string_to_array(t.roles, ',')::user_role[]
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) as t(id, email, org, roles)`,
    [
      newUsers.map((u) => u.id),
      newUsers.map((u) => u.email),
      newUsers.map((u) => u.org.id),
      newUsers.map((u) => u.roles.join(',')),
    ],
  );
  await runner.query(
    `insert into coordination_bodies (id, name, kind, chair_organization_id, secretary_user_id)
     select t.id, t.name, split_part(t.name, ' ', 1)::body_kind, t.chair, t.secretary
       from unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[]) as t(id, name, chair, secretary)`,
    [
      world.bodies.map((b) => b.id),
      world.bodies.map((b) => b.name),
      world.bodies.map((b) => b.chairOrgId),
      world.bodies.map((b) => b.secretaryUserId),
    ],
  );
  const bodyMembers = world.bodies.flatMap((b) => b.memberOrgIds.map((orgId) => [b.id, orgId]));
  await runner.query(
    `insert into coordination_body_organizations (body_id, organization_id)
     select * from unnest($1::uuid[], $2::uuid[])`,
    [bodyMembers.map(([bodyId]) => bodyId), bodyMembers.map(([, orgId]) => orgId)],
  );
  await runner.query(
    `insert into working_groups (id, body_id, name, charter_version)
     select * from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[])`,
    [
      world.groups.map((g) => g.id),
      world.groups.map((g) => g.bodyId),
      world.groups.map((g) => g.name),
      world.groups.map((g) => g.charterVersion),
    ],
  );
  const members = world.groups.flatMap((g) => g.members.map((m) => ({ groupId: g.id, ...m })));
  await runner.query(
    `insert into working_group_members (working_group_id, user_id, charter_signed_at, charter_signed_version)
     select * from unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::text[])`,
    [
      members.map((m) => m.groupId),
      members.map((m) => m.userId),
      members.map((m) => m.signedAt),
      members.map((m) => m.signedVersion),
    ],
  );
  const categories = Object.values(CaseCategory);
  await runner.query(
    `insert into cases (id, reference, title, category, commune_code, sensitivity, owner_organization_id,
                        status, body_id, working_group_id)
     select t.id, t.reference, 'Cas ' || t.reference, t.category, '45234', t.sensitivity, t.owner, t.status,
            t.body, t.working_group
       from unnest($1::uuid[], $2::text[], $3::case_category[], $4::case_sensitivity[], $5::uuid[],
                   $6::case_status[], $7::uuid[], $8::uuid[])
            as t(id, reference, category, sensitivity, owner, status, body, working_group)`,
    [
      world.cases.map((c) => c.id),
      world.cases.map((c) => c.reference),
      world.cases.map((_, n) => categories[n % categories.length]),
      world.cases.map((c) => c.sensitivity),
      world.cases.map((c) => c.ownerOrgId),
      world.cases.map((c) => c.status),
      world.cases.map((c) => c.bodyId),
      world.cases.map((c) => c.workingGroupId),
    ],
  );
  const assignments = world.cases.flatMap((c) => c.assignments.map((a) => ({ caseId: c.id, ...a })));
  await runner.query(
    `insert into case_assignments (case_id, organization_id, status)
     select * from unnest($1::uuid[], $2::uuid[], $3::assignment_status[])`,
    [assignments.map((a) => a.caseId), assignments.map((a) => a.orgId), assignments.map((a) => a.status)],
  );
  const shares = world.cases.flatMap((c) => [
    ...c.orgShares.map((orgId) => ({ caseId: c.id, orgId, userId: null })),
    ...c.userShares.map((userId) => ({ caseId: c.id, orgId: null, userId })),
  ]);
  await runner.query(
    `insert into case_shares (case_id, organization_id, user_id)
     select * from unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
    [shares.map((s) => s.caseId), shares.map((s) => s.orgId), shares.map((s) => s.userId)],
  );
}

// ---------------------------------------------------------------------------------------------
// The fixtures of the pointed assertions: a few cases built by hand in the same world.

interface Fixtures {
  body: Body;
  group: WorkingGroup;
  cases: Record<string, GeneratedCase>;
}

function addFixtures(world: World): Fixtures {
  const org = (name: string) => {
    const found = world.orgs.find((o) => o.name === name);
    if (!found) throw new Error(`demo organisation « ${name} » not seeded`);
    return found.id;
  };
  const user = (email: string) => personaOf(world, email).id;
  const ddpn = org('DDPN du Loiret');
  const orleans = org('Mairie d’Orléans');
  const pmOrleans = org('Police municipale d’Orléans');
  const gendarmerie = org('Groupement de gendarmerie du Loiret');
  const parquet = org('Parquet d’Orléans');
  const montargis = org('Mairie de Montargis');
  const bailleur = org('Val de Loire Habitat Démo');
  const transport = org('Transports de l’Orléanais Démo');
  const urssaf = org('URSSAF Centre-Val de Loire');

  const body: Body = {
    id: randomUUID(),
    name: `CLSPD fixture ${world.tag}`,
    chairOrgId: montargis,
    secretaryUserId: user('gaelle.lambert@montargis.demo'),
    memberOrgIds: [montargis, ddpn, bailleur],
  };
  const group: WorkingGroup = {
    id: randomUUID(),
    bodyId: body.id,
    name: `Groupe restreint fixture ${world.tag}`,
    charterVersion: '3',
    members: [
      {
        userId: user('julie.lefebvre@gendarmerie.demo'),
        signedAt: '2026-02-01T09:00:00Z',
        signedVersion: '3',
      },
      { userId: user('antoine.roux@justice.demo'), signedAt: '2025-06-01T09:00:00Z', signedVersion: '2' },
      { userId: user('emma.bonnet@urssaf.demo'), signedAt: null, signedVersion: null },
      { userId: user('ines.caron@douane.demo'), signedAt: null, signedVersion: '3' },
      { userId: user('thomas.girard@transport.demo'), signedAt: '2026-02-01T09:00:00Z', signedVersion: '3' },
    ],
  };
  world.bodies.push(body);
  world.groups.push(group);

  const make = (
    name: string,
    fields: Partial<GeneratedCase> & Pick<GeneratedCase, 'sensitivity' | 'ownerOrgId'>,
  ) =>
    ({
      id: randomUUID(),
      reference: `${world.tag}-F-${name}`,
      status: CaseStatus.ANALYSIS,
      bodyId: null,
      workingGroupId: null,
      assignments: [],
      orgShares: [],
      userShares: [],
      ...fields,
    }) satisfies GeneratedCase;
  const cases = {
    amberStrict: make('amber-strict', {
      sensitivity: Sensitivity.AMBER_STRICT,
      ownerOrgId: ddpn,
      assignments: [
        { orgId: bailleur, status: 'ACCEPTED' },
        { orgId: orleans, status: 'ACCEPTED' },
        { orgId: transport, status: 'PENDING' },
      ],
    }),
    referrals: make('referrals', {
      sensitivity: Sensitivity.AMBER,
      ownerOrgId: orleans,
      assignments: [
        { orgId: pmOrleans, status: 'DECLINED' },
        { orgId: gendarmerie, status: 'PENDING' },
        { orgId: urssaf, status: 'ACCEPTED' },
        { orgId: bailleur, status: 'ACCEPTED' },
      ],
    }),
    body: make('body', { sensitivity: Sensitivity.AMBER, ownerOrgId: parquet, bodyId: body.id }),
    red: make('red', {
      sensitivity: Sensitivity.RED,
      ownerOrgId: ddpn,
      bodyId: body.id,
      workingGroupId: group.id,
      userShares: [user('gaelle.lambert@montargis.demo')],
    }),
    redNamedCoordinator: make('red-named-coordinator', {
      sensitivity: Sensitivity.RED,
      ownerOrgId: gendarmerie,
      userShares: [user('claire.martin@prefecture.demo'), user('hugo.dupont@securite.demo')],
    }),
    green: make('green', {
      sensitivity: Sensitivity.GREEN,
      ownerOrgId: bailleur,
      assignments: [{ orgId: ddpn, status: 'ACCEPTED' }],
    }),
    clear: make('clear', { sensitivity: Sensitivity.CLEAR, ownerOrgId: gendarmerie }),
    strictShares: make('strict-shares', {
      sensitivity: Sensitivity.AMBER_STRICT,
      ownerOrgId: parquet,
      orgShares: [urssaf, transport],
    }),
    amberUserShare: make('amber-user-share', {
      sensitivity: Sensitivity.AMBER,
      ownerOrgId: parquet,
      userShares: [user('ines.caron@douane.demo')],
    }),
  };
  world.cases.push(...Object.values(cases));
  return { body, group, cases };
}

function personaOf(world: World, email: string): User {
  const found = world.users.find((u) => u.email === email);
  if (!found) throw new Error(`demo persona ${email} not seeded`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// The two sides.

/** As the server builds it from the users and organizations rows (AuthService.principalFor). */
function actorOf(user: User): Actor {
  return {
    userId: user.id,
    organizationId: user.org.id,
    organizationType: user.org.type,
    publicAuthority: isPublicAuthority(user.org.type),
    roles: user.roles,
  };
}

async function sqlIds(runner: QueryRunner, condition: SqlCondition, tag: string): Promise<Set<string>> {
  const rows: { id: string }[] = await runner.manager
    .createQueryBuilder()
    .select('c.id', 'id')
    .from('cases', 'c')
    .where(condition.sql, condition.params)
    .andWhere('c.reference like :differentialTag', { differentialTag: `${tag}-%` })
    .getRawMany();
  return new Set(rows.map((row) => row.id));
}

interface Decisions {
  case: { casl: boolean; sql: boolean };
  persons: { casl: boolean; sql: boolean };
  /** The same decision read the other way round: is the user among the case's readers (alerts)? */
  reader: boolean;
}

describe(`The case policy, in memory and in SQL (seed ${SEED}, replay with CASE_POLICY_SEED=${SEED})`, () => {
  let dataSource: DataSource;
  let runner: QueryRunner;
  let world: World;
  let fixtures: Fixtures;
  const subjects = new Map<string, CaseSubject>();
  const decisions = new Map<string, Map<string, Decisions>>(); // user id -> case id -> decisions
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'];
    if (!url)
      throw new Error('DATABASE_URL is not set: run the integration tests with `npm test -- integration`');
    let started = performance.now();
    dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();

    const demo = await loadDemo(runner);
    expect(demo.orgs.length).toBeGreaterThanOrEqual(15);
    const tag = `cpdiff${SEED.toString(16)}x${randomBytes(3).toString('hex')}`;
    world = generate(new Draw(prng(SEED)), tag, demo);
    fixtures = addFixtures(world);
    await insertWorld(runner, world, demo);
    timings['insert'] = performance.now() - started;
    for (const kase of world.cases) subjects.set(kase.id, subjectOf(kase, world));

    started = performance.now();
    const readerRows: { case_id: string; user_id: string }[] = await runner.query(
      `select c.id as case_id, u.id as user_id
         from cases c cross join users u join organizations o on o.id = u.organization_id
        where c.reference like $1 and u.id = any($2::uuid[]) and ${caseReadersCondition('c', 'u', 'o')}`,
      [`${world.tag}-%`, world.users.map((user) => user.id)],
    );
    const readers = new Set(readerRows.map((row) => `${row.case_id}/${row.user_id}`));
    for (const user of world.users) {
      const ability: AppAbility = defineAbilityFor(actorOf(user));
      const cases = await sqlIds(runner, readableCases(ability), world.tag);
      const persons = await sqlIds(runner, readablePersons(ability), world.tag);
      const mine = new Map<string, Decisions>();
      for (const kase of world.cases) {
        const subject = subjects.get(kase.id) as CaseSubject;
        mine.set(kase.id, {
          case: { casl: ability.can('read', subject), sql: cases.has(kase.id) },
          persons: {
            casl: ability.can('read', { ...subject, __typename: 'CasePersons' }),
            sql: persons.has(kase.id),
          },
          reader: readers.has(`${kase.id}/${user.id}`),
        });
      }
      decisions.set(user.id, mine);
    }
    timings['compare'] = performance.now() - started;
  }, 120_000);

  afterAll(async () => {
    await runner?.rollbackTransaction();
    await runner?.release();
    await dataSource?.destroy();
    if (world) {
      process.stdout.write(
        `case policy differential: seed ${SEED}, ${world.cases.length} cases × ${world.users.length} users ` +
          `(${world.orgs.length} organisations, ${world.bodies.length} bodies, ${world.groups.length} working groups); ` +
          `world inserted in ${Math.round(timings['insert'])} ms, ` +
          `${world.cases.length * world.users.length * 2} decisions compared in ${Math.round(timings['compare'])} ms\n`,
      );
    }
  });

  // -------------------------------------------------------------------------------------------
  // Explaining a pair, so that a failing test says who, what and why.

  const yesNo = (b: boolean) => (b ? 'yes' : 'no');
  const signature = (m: WorkingGroupMember) =>
    m.signedAt
      ? `signed v${m.signedVersion}`
      : m.signedVersion
        ? `v${m.signedVersion} recorded, no signature date`
        : 'never signed';
  const orgLabel = (id: string) => {
    const org = world.orgs.find((o) => o.id === id);
    return org ? `${org.name} (${org.type})` : id;
  };
  const userLabel = (id: string) => world.users.find((u) => u.id === id)?.email ?? id;
  const actorLabel = (user: User) =>
    `${user.email} of ${user.org.name} (${user.org.type}, ` +
    `${isPublicAuthority(user.org.type) ? 'public authority' : 'private partner'}, roles ${user.roles.join('+')})`;
  const explain = (field: 'Case' | 'CasePersons', user: User, kase: GeneratedCase, said: string) => {
    const subject = subjects.get(kase.id) as CaseSubject;
    const group = world.groups.find((g) => g.id === kase.workingGroupId);
    return [
      `${field} ${kase.reference} [${kase.sensitivity}] for ${actorLabel(user)}: ${said}`,
      `  owner: ${orgLabel(kase.ownerOrgId)}`,
      `  assignments: ${kase.assignments.map((a) => `${orgLabel(a.orgId)} ${a.status}`).join(', ') || '—'}`,
      `  shared with organisations: ${kase.orgShares.map(orgLabel).join(', ') || '—'}; users: ${kase.userShares.map(userLabel).join(', ') || '—'}`,
      `  body: ${world.bodies.find((b) => b.id === kase.bodyId)?.name ?? '—'}; working group: ${
        group
          ? `${group.name} (charter v${group.charterVersion}; ${group.members
              .map((m) => `${userLabel(m.userId)} ${signature(m)}`)
              .join(', ')})`
          : '—'
      }`,
      `  involvedOrganizationIds: ${subject.involvedOrganizationIds.map(orgLabel).join(', ')}`,
      `  personsOrganizationIds: ${subject.personsOrganizationIds.map(orgLabel).join(', ')}`,
      `  readerUserIds: ${subject.readerUserIds.map(userLabel).join(', ') || '—'}`,
    ].join('\n');
  };

  /** Every pair where `disagree` finds something to say, explained; at most 20, and the count. */
  const collect = (disagree: (user: User, kase: GeneratedCase, d: Decisions) => [string, string] | null) => {
    const found: string[] = [];
    let count = 0;
    for (const user of world.users) {
      const mine = decisions.get(user.id) as Map<string, Decisions>;
      for (const kase of world.cases) {
        const verdict = disagree(user, kase, mine.get(kase.id) as Decisions);
        if (!verdict) continue;
        if (count++ < 20) found.push(explain(verdict[0] as 'Case' | 'CasePersons', user, kase, verdict[1]));
      }
    }
    return count === 0 ? [] : [`${count} pair(s) disagree; the first ${found.length}:`, ...found];
  };

  // -------------------------------------------------------------------------------------------

  it('draws a world with every sensitivity, persona, role and kind of organisation', () => {
    expect(world.cases.length).toBeGreaterThanOrEqual(CASES);
    expect(world.users.length).toBeGreaterThanOrEqual(55);
    expect(world.orgs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(world.cases.map((c) => c.sensitivity))).toEqual(new Set(Object.values(Sensitivity)));
    const roles = new Set(world.users.flatMap((u) => u.roles));
    expect([...roles].sort()).toEqual(
      [Role.ADMIN, Role.AGENT, Role.COORDINATOR, Role.DPO, Role.MANAGER].sort(),
    );
    const kinds = new Set(world.users.map((u) => isPublicAuthority(u.org.type)));
    expect(kinds).toEqual(new Set([true, false]));
    // The random world is not degenerate: users read some but not all of the restricted cases.
    const restricted = world.cases.filter(
      (c) => c.sensitivity !== Sensitivity.CLEAR && c.sensitivity !== Sensitivity.GREEN,
    );
    const readRestricted = world.users.map(
      (u) => restricted.filter((c) => decisions.get(u.id)?.get(c.id)?.case.sql).length,
    );
    expect(readRestricted.some((n) => n > 0 && n < restricted.length)).toBe(true);
    const personsRead = world.users.map(
      (u) => world.cases.filter((c) => decisions.get(u.id)?.get(c.id)?.persons.sql).length,
    );
    expect(personsRead.filter((n) => n > 0).length).toBeGreaterThan(10);
  });

  it('decides every case for every user the same in memory (CASL) and in SQL', () => {
    expect(
      collect((_, __, d) =>
        d.case.casl === d.case.sql
          ? null
          : ['Case', `CASL says ${yesNo(d.case.casl)}, SQL says ${yesNo(d.case.sql)}`],
      ),
    ).toEqual([]);
  });

  it('finds the readers of every case (the fan-out of alerts) exactly as the policy decides', () => {
    expect(
      collect((_, __, d) =>
        d.case.casl === d.reader
          ? null
          : ['Case', `CASL says ${yesNo(d.case.casl)}, the readers of the case say ${yesNo(d.reader)}`],
      ),
    ).toEqual([]);
  });

  it('decides the persons field of every case for every user the same in memory and in SQL', () => {
    expect(
      collect((_, __, d) =>
        d.persons.casl === d.persons.sql
          ? null
          : ['CasePersons', `CASL says ${yesNo(d.persons.casl)}, SQL says ${yesNo(d.persons.sql)}`],
      ),
    ).toEqual([]);
  });

  it('never lets anyone read the persons of a case they may not read', () => {
    expect(
      collect((_, __, d) =>
        d.persons.sql && !d.case.sql ? ['CasePersons', 'SQL gives the persons but not the case'] : null,
      ),
    ).toEqual([]);
  });

  it('decides as SHARING.md says, for every pair of the random world', () => {
    expect(
      collect((user, kase, d) => {
        const page = sharingSays(actorOf(user), subjects.get(kase.id) as CaseSubject);
        if (page.case !== d.case.casl)
          return [
            'Case',
            `SHARING.md says ${yesNo(page.case)}, the policy (CASL) says ${yesNo(d.case.casl)}`,
          ];
        if (page.persons !== d.persons.casl)
          return [
            'CasePersons',
            `SHARING.md says ${yesNo(page.persons)}, the policy (CASL) says ${yesNo(d.persons.casl)}`,
          ];
        return null;
      }),
    ).toEqual([]);
  });

  // -------------------------------------------------------------------------------------------
  // Pointed cases, as SHARING.md words them. Each expectation holds in memory and in SQL.

  describe('SHARING.md, case by case', () => {
    /** What `email` may read of fixture `name`, by both sides: { case, persons } if they agree. */
    const reads = (email: string, name: keyof Fixtures['cases']) => {
      const user = personaOf(world, email);
      const d = decisions.get(user.id)?.get(fixtures.cases[name].id) as Decisions;
      return {
        who: email,
        case:
          d.case.casl === d.case.sql ? d.case.sql : `CASL ${yesNo(d.case.casl)} / SQL ${yesNo(d.case.sql)}`,
        persons:
          d.persons.casl === d.persons.sql
            ? d.persons.sql
            : `CASL ${yesNo(d.persons.casl)} / SQL ${yesNo(d.persons.sql)}`,
      };
    };
    const expectReads = (
      name: keyof Fixtures['cases'],
      table: [email: string, readsCase: boolean, readsPersons: boolean][],
    ) =>
      expect(table.map(([email]) => reads(email, name))).toEqual(
        table.map(([who, readsCase, readsPersons]) => ({ who, case: readsCase, persons: readsPersons })),
      );

    it('AMBER+STRICT: a private partner does not read it, even with an accepted referral; involved public authorities do', () => {
      expectReads('amberStrict', [
        ['nadia.fournier@bailleur.demo', false, false], // private, accepted assignee
        ['thomas.girard@transport.demo', false, false], // private, pending assignee
        ['laurent.moreau@police.demo', true, true], // owner
        ['sophie.bernard@orleans.demo', true, true], // public, accepted assignee
        ['julie.lefebvre@gendarmerie.demo', false, false], // public, not involved
      ]);
    });

    it('AMBER+STRICT: an organisation share involves a public authority, not a private partner', () => {
      expectReads('strictShares', [
        ['emma.bonnet@urssaf.demo', true, true],
        ['thomas.girard@transport.demo', false, false],
        ['antoine.roux@justice.demo', true, true],
      ]);
    });

    it('AMBER: a pending referral is read so it can be answered (no persons); a declined one no longer grants AMBER', () => {
      expectReads('referrals', [
        ['paul.durand@pm-orleans.demo', false, false], // declined
        ['julie.lefebvre@gendarmerie.demo', true, false], // pending
        ['emma.bonnet@urssaf.demo', true, true], // accepted, public
        ['nadia.fournier@bailleur.demo', true, false], // accepted, private: never persons
        ['sophie.bernard@orleans.demo', true, true], // owner
        ['hugo.dupont@securite.demo', false, false], // not involved
      ]);
    });

    it('AMBER: the member organisations of the attached body read it, but body membership is no need to know', () => {
      expectReads('body', [
        ['laurent.moreau@police.demo', true, false],
        ['gaelle.lambert@montargis.demo', true, false],
        ['nadia.fournier@bailleur.demo', true, false],
        ['antoine.roux@justice.demo', true, true], // owner
        ['thomas.girard@transport.demo', false, false],
      ]);
    });

    it('AMBER: a share with a named user involves no organisation (user shares name RED readers)', () => {
      expectReads('amberUserShare', [
        ['ines.caron@douane.demo', false, false],
        ['antoine.roux@justice.demo', true, true],
      ]);
    });

    it('RED: only working-group members who signed the current charter, and the named users, read it', () => {
      expectReads('red', [
        ['julie.lefebvre@gendarmerie.demo', true, true], // signed v3 = current
        ['antoine.roux@justice.demo', false, false], // signed v2, an old version
        ['emma.bonnet@urssaf.demo', false, false], // never signed
        ['ines.caron@douane.demo', false, false], // version recorded, no signature
        ['thomas.girard@transport.demo', true, false], // signed, but a private partner: no persons
        ['gaelle.lambert@montargis.demo', true, true], // named (shared with her)
        ['laurent.moreau@police.demo', false, false], // the owner organisation, not named
        ['nadia.fournier@bailleur.demo', false, false], // member organisation of the body, not named
        ['claire.martin@prefecture.demo', false, false], // coordinator, not named
        ['admin@continuum.demo', false, false],
      ]);
    });

    it('the coordinator reads AMBER+STRICT anywhere, RED only where named, persons only where involved', () => {
      expectReads('amberStrict', [['claire.martin@prefecture.demo', true, false]]);
      expectReads('referrals', [['claire.martin@prefecture.demo', true, false]]);
      expectReads('red', [['claire.martin@prefecture.demo', false, false]]);
      expectReads('redNamedCoordinator', [
        ['claire.martin@prefecture.demo', true, true],
        ['hugo.dupont@securite.demo', true, false], // named, private partner
        ['julie.lefebvre@gendarmerie.demo', false, false], // owner organisation, not named
      ]);
    });

    it('nobody reads persons through GREEN or CLEAR visibility alone, and private partners never do', () => {
      expectReads('green', [
        ['hugo.dupont@securite.demo', true, false],
        ['emma.bonnet@urssaf.demo', true, false],
        ['claire.martin@prefecture.demo', true, false],
        ['laurent.moreau@police.demo', true, true], // accepted assignee, public
        ['nadia.fournier@bailleur.demo', true, false], // the owner, a private partner
      ]);
      expectReads('clear', [
        ['admin@continuum.demo', false, false],
        ['thomas.girard@transport.demo', true, false],
        ['julie.lefebvre@gendarmerie.demo', true, true], // owner
      ]);
    });

    it('the admin reads no case content at all, not even a CLEAR one', () => {
      for (const name of ['clear', 'amberStrict', 'referrals', 'body', 'red', 'strictShares'] as const)
        expect(reads('admin@continuum.demo', name)).toEqual({
          who: 'admin@continuum.demo',
          case: false,
          persons: false,
        });
    });
  });
});
