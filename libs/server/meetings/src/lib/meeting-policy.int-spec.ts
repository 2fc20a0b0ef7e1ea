import {
  Actor,
  defineAbilityFor,
  isPublicAuthority,
  MeetingKind,
  MeetingStatus,
  MeetingSubject,
  OrganizationType,
  Role,
} from '@continuum/domain';
import { dataSourceOptions, mulberry32 as prng } from '@continuum/server/platform';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { MEETING_SUBJECT_SQL, readableMeetings } from './meeting-policy.sql';

/**
 * The differential test of the meeting policy (SHARING.md, article L132-5 CSI): random bodies,
 * working groups and meetings, and every demo user; for each pair, the in-memory CASL decision on a
 * `MeetingSubject` computed here from the generated rows, and the SQL condition every read of
 * meetings starts from (`readableMeetings`), must agree — and say what SHARING.md says. The one-row
 * view the writes check (`MEETING_SUBJECT_SQL`) must be the subject computed here.
 *
 * Everything happens in one transaction that is rolled back (the run database is shared). Replay a
 * world with MEETING_POLICY_SEED.
 */

const SEED = Number(process.env['MEETING_POLICY_SEED'] ?? 0x6d7467) >>> 0;
const MEETINGS = 600;

interface Org {
  id: string;
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
  chairOrgId: string;
  secretaryUserId: string | null;
  memberOrgIds: string[];
}
interface Member {
  userId: string;
  signedAt: string | null;
  signedVersion: string | null;
}
interface Group {
  id: string;
  bodyId: string;
  charterVersion: string;
  members: Member[];
}
interface Meeting {
  id: string;
  bodyId: string;
  groupId: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  inviteeIds: string[];
}

describe(`The meeting policy, in memory and in SQL (seed ${SEED}, replay with MEETING_POLICY_SEED=${SEED})`, () => {
  let dataSource: DataSource;
  let runner: QueryRunner;
  let users: User[];
  let bodies: Body[];
  let groups: Group[];
  let meetings: Meeting[];
  const subjects = new Map<string, MeetingSubject>();
  /** user id -> meeting id -> [CASL, SQL, SHARING.md]. */
  const decisions = new Map<string, Map<string, [boolean, boolean, boolean]>>();

  const next = prng(SEED);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const some = <T>(items: readonly T[], count: number): T[] => {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length)
      chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
    return chosen;
  };

  const actorOf = (user: User): Actor => ({
    userId: user.id,
    organizationId: user.org.id,
    organizationType: user.org.type,
    publicAuthority: isPublicAuthority(user.org.type),
    roles: user.roles,
  });

  /** SHARING.md, computed from the generated rows independently of the policy. */
  const subjectOf = (meeting: Meeting): MeetingSubject => {
    const body = bodies.find((b) => b.id === meeting.bodyId)!;
    const group = groups.find((g) => g.id === meeting.groupId);
    return {
      __typename: 'Meeting',
      id: meeting.id,
      secretaryUserId: body.secretaryUserId,
      chairOrganizationId: body.chairOrgId,
      restricted: meeting.kind === MeetingKind.GROUPE_RESTREINT || meeting.groupId !== null,
      bodyOrganizationIds: [...body.memberOrgIds].sort(),
      inviteeUserIds: [...meeting.inviteeIds].sort(),
      groupMemberUserIds: (group?.members ?? [])
        .filter((m) => m.signedAt !== null && m.signedVersion === group!.charterVersion)
        .map((m) => m.userId)
        .sort(),
    };
  };
  const sharingSays = (user: User, meeting: Meeting): boolean => {
    // A meeting's agenda and minutes are case content: the technical administration reads none,
    // nor does the DPO (SHARING.md, Roles).
    if (!user.roles.some((role) => role !== Role.ADMIN && role !== Role.DPO)) return false;
    const subject = subjectOf(meeting);
    const secretary = subject.secretaryUserId === user.id;
    if (meeting.status === MeetingStatus.DRAFT) return secretary;
    const named = secretary || subject.inviteeUserIds.includes(user.id);
    if (subject.restricted) return named || subject.groupMemberUserIds.includes(user.id);
    return (
      named || subject.bodyOrganizationIds.includes(user.org.id) || user.roles.includes(Role.COORDINATOR)
    );
  };

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'];
    if (!url)
      throw new Error('DATABASE_URL is not set: run the integration tests with `npm test -- integration`');
    dataSource = await new DataSource(dataSourceOptions(url)).initialize();
    runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();

    // The demo's people (those the seed inserted in one transaction), and two more coordinators.
    const orgs: Org[] = await runner.query(
      `select id, type from organizations where created_at = (select min(created_at) from organizations) order by name`,
    );
    const rows: { id: string; email: string; organization_id: string; roles: Role[] }[] = await runner.query(
      `select id, email, organization_id, cast(roles as text[]) as roles from users
        where created_at = (select min(created_at) from users) order by email`,
    );
    users = rows
      .filter((row) => orgs.some((org) => org.id === row.organization_id))
      .map((row) => ({ ...row, org: orgs.find((org) => org.id === row.organization_id)!, roles: row.roles }));
    const tag = `mpdiff${SEED.toString(16)}x${randomBytes(3).toString('hex')}`;
    const cabinet = users.find((u) => u.roles.includes(Role.COORDINATOR))!.org;
    const extra: User[] = [0, 1].map((i) => ({
      id: randomUUID(),
      email: `${tag}-${i}@test.demo`,
      org: i ? cabinet : pick(orgs),
      roles: i ? [Role.COORDINATOR] : [Role.COORDINATOR, Role.AGENT],
    }));
    await runner.query(
      `insert into users (id, email, full_name, organization_id, roles)
       select t.id, t.email, t.email, t.org, string_to_array(t.roles, ',')::user_role[]
         from unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[]) as t(id, email, org, roles)`,
      [
        extra.map((u) => u.id),
        extra.map((u) => u.email),
        extra.map((u) => u.org.id),
        extra.map((u) => u.roles.join(',')),
      ],
    );
    users.push(...extra);

    bodies = ['CLSPD', 'CISPD', 'CLSPD', 'GPO'].map(() => {
      const members = some(
        orgs.map((o) => o.id),
        3 + Math.floor(next() * 6),
      );
      const secretaries = users.filter((u) => u.org.id === members[0]);
      return {
        id: randomUUID(),
        chairOrgId: members[0],
        secretaryUserId: secretaries.length && next() < 0.85 ? pick(secretaries).id : null,
        memberOrgIds: members,
      };
    });
    for (const [index, body] of bodies.entries())
      await runner.query(
        `insert into coordination_bodies (id, name, kind, chair_organization_id, secretary_user_id) values ($1, $2, 'CLSPD', $3, $4)`,
        [body.id, `Instance ${index} ${tag}`, body.chairOrgId, body.secretaryUserId],
      );
    await runner.query(
      `insert into coordination_body_organizations (body_id, organization_id) select * from unnest($1::uuid[], $2::uuid[])`,
      [bodies.flatMap((b) => b.memberOrgIds.map(() => b.id)), bodies.flatMap((b) => b.memberOrgIds)],
    );

    groups = bodies.flatMap((body, index) =>
      [0, 1].map((n) => {
        const version = String(2 + ((index + n) % 3));
        return {
          id: randomUUID(),
          bodyId: body.id,
          charterVersion: version,
          members: some(users, 4 + Math.floor(next() * 7)).map((user): Member => {
            const state = next();
            if (state < 0.5)
              return { userId: user.id, signedAt: '2026-01-15T10:00:00Z', signedVersion: version };
            if (state < 0.7) return { userId: user.id, signedAt: '2025-06-01T10:00:00Z', signedVersion: '1' };
            if (state < 0.9) return { userId: user.id, signedAt: null, signedVersion: null };
            // The current version recorded without a signature date: not signed.
            return { userId: user.id, signedAt: null, signedVersion: version };
          }),
        };
      }),
    );
    for (const [index, group] of groups.entries())
      await runner.query(
        'insert into working_groups (id, body_id, name, charter_version) values ($1, $2, $3, $4)',
        [group.id, group.bodyId, `Groupe ${index} ${tag}`, group.charterVersion],
      );
    const members = groups.flatMap((g) => g.members.map((m) => ({ groupId: g.id, ...m })));
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

    const kinds = Object.values(MeetingKind);
    const statuses = Object.values(MeetingStatus);
    meetings = Array.from({ length: MEETINGS }, (): Meeting => {
      const body = pick(bodies);
      const kind = next() < 0.45 ? MeetingKind.GROUPE_RESTREINT : pick(kinds);
      const ofBody = groups.filter((g) => g.bodyId === body.id);
      // A restricted meeting has its group; now and then an inconsistent row either way (no group,
      // or a group on a plenary): restricted all the same.
      const groupId =
        kind === MeetingKind.GROUPE_RESTREINT
          ? next() < 0.9
            ? pick(ofBody).id
            : null
          : next() < 0.05
            ? pick(ofBody).id
            : null;
      const group = groups.find((g) => g.id === groupId);
      const pool =
        group && next() < 0.8 ? users.filter((u) => group.members.some((m) => m.userId === u.id)) : users;
      return {
        id: randomUUID(),
        bodyId: body.id,
        groupId,
        kind,
        status: pick(statuses),
        inviteeIds: some(pool, Math.floor(next() * 5)).map((u) => u.id),
      };
    });
    await runner.query(
      `insert into meetings (id, body_id, working_group_id, kind, status, starts_at, ends_at)
       select t.id, t.body, t.grp, t.kind, t.status, now(), now() + interval '2 hours'
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::meeting_kind[], $5::meeting_status[])
              as t(id, body, grp, kind, status)`,
      [
        meetings.map((m) => m.id),
        meetings.map((m) => m.bodyId),
        meetings.map((m) => m.groupId),
        meetings.map((m) => m.kind),
        meetings.map((m) => m.status),
      ],
    );
    const invitees = meetings.flatMap((m) => m.inviteeIds.map((userId) => [m.id, userId]));
    await runner.query(
      `insert into meeting_invitees (meeting_id, user_id) select * from unnest($1::uuid[], $2::uuid[])`,
      [invitees.map(([meetingId]) => meetingId), invitees.map(([, userId]) => userId)],
    );

    for (const meeting of meetings) subjects.set(meeting.id, subjectOf(meeting));
    const ids = meetings.map((m) => m.id);
    for (const user of users) {
      const ability = defineAbilityFor(actorOf(user));
      const condition = readableMeetings(ability, 'm');
      const rows: { id: string }[] = await runner.manager
        .createQueryBuilder()
        .select('m.id', 'id')
        .from('meetings', 'm')
        .where(condition.sql, condition.params)
        .andWhere('m.id in (:...ids)', { ids })
        .getRawMany();
      const sql = new Set(rows.map((row) => row.id));
      const mine = new Map<string, [boolean, boolean, boolean]>();
      for (const meeting of meetings) {
        const subject = subjects.get(meeting.id)!;
        const casl =
          ability.can('read', subject) &&
          (meeting.status !== MeetingStatus.DRAFT || ability.can('prepare', subject));
        mine.set(meeting.id, [casl, sql.has(meeting.id), sharingSays(user, meeting)]);
      }
      decisions.set(user.id, mine);
    }
  }, 120_000);

  afterAll(async () => {
    await runner?.rollbackTransaction();
    await runner?.release();
    await dataSource?.destroy();
  });

  /** The pairs where `disagree` finds something to say, explained (at most 20). */
  const collect = (disagree: (d: [boolean, boolean, boolean]) => string | null) => {
    const found: string[] = [];
    for (const user of users)
      for (const meeting of meetings) {
        const said = disagree(decisions.get(user.id)!.get(meeting.id)!);
        if (said && found.length < 20)
          found.push(
            `${user.email} (${user.org.type}, ${user.roles.join('+')}) on ${meeting.kind} ${meeting.status}` +
              `${meeting.groupId ? ' with a group' : ''}: ${said}\n  ${JSON.stringify(subjects.get(meeting.id))}`,
          );
      }
    return found;
  };
  const yesNo = (b: boolean) => (b ? 'yes' : 'no');

  it('draws a world where restricted meetings are read by some, not all', () => {
    const restricted = meetings.filter(
      (m) => subjects.get(m.id)!.restricted && m.status !== MeetingStatus.DRAFT,
    );
    expect(restricted.length).toBeGreaterThan(100);
    const readers = restricted.map((m) => users.filter((u) => decisions.get(u.id)!.get(m.id)![1]).length);
    expect(readers.some((n) => n > 0 && n < users.length)).toBe(true);
    // Someone reads a restricted meeting only through the group (neither convened nor secretary).
    expect(
      restricted.some((m) =>
        users.some(
          (u) =>
            decisions.get(u.id)!.get(m.id)![1] &&
            !m.inviteeIds.includes(u.id) &&
            subjects.get(m.id)!.secretaryUserId !== u.id,
        ),
      ),
    ).toBe(true);
  });

  it('decides every meeting for every user the same in memory (CASL) and in SQL', () => {
    expect(
      collect(([casl, sql]) => (casl === sql ? null : `CASL says ${yesNo(casl)}, SQL says ${yesNo(sql)}`)),
    ).toEqual([]);
  });

  it('decides as SHARING.md says: a restricted meeting only by name, the others as before', () => {
    expect(
      collect(([casl, , page]) =>
        casl === page ? null : `SHARING.md says ${yesNo(page)}, the policy (CASL) says ${yesNo(casl)}`,
      ),
    ).toEqual([]);
  });

  it('loads for the writes the same subject as the one computed here', async () => {
    const rows: Omit<MeetingSubject, '__typename'>[] = await runner.query(MEETING_SUBJECT_SQL, [
      meetings.map((m) => m.id),
    ]);
    const loaded = rows
      .map((row) => ({
        ...row,
        __typename: 'Meeting',
        bodyOrganizationIds: [...row.bodyOrganizationIds].sort(),
        inviteeUserIds: [...row.inviteeUserIds].sort(),
        groupMemberUserIds: [...row.groupMemberUserIds].sort(),
      }))
      .sort((a, b) => a.id!.localeCompare(b.id!));
    expect(loaded).toEqual([...subjects.values()].sort((a, b) => a.id!.localeCompare(b.id!)));
  });
});
