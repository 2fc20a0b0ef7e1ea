import type { EntityManager } from 'typeorm';
import { ARGONNE_GROUP, BODY, localStamp } from './demo-bodies';

/**
 * The demo's meetings, so that a secretary finds a history and a member an upcoming meeting:
 * the CLSPD d’Orléans' last plenary (held, minutes approved, decisions turned into actions, one
 * case and one free item carried over), the « Argonne » group's last meeting (held, minutes to
 * approve), the GPO La Source's next meeting (convened), and a case escalated by the municipal
 * police for the CLSPD's next plenary. Written once: a second seed finds meetings and adds none.
 */
export async function seedDemoMeetings(manager: EntityManager, today: string): Promise<number> {
  const [{ count }] = await manager.query('select count(*)::int as count from meetings');
  if (count > 0) return 0;
  const ids = async (sql: string, params: unknown[]) =>
    ((await manager.query(sql, params)) as { id: string }[]).map((r) => r.id);
  const one = async (sql: string, params: unknown[]) => (await ids(sql, params))[0];
  const user = (email: string) => one('select id from users where email = $1', [email]);
  const org = (name: string) => one('select id from organizations where name = $1', [name]);
  const clspd = await one('select id from coordination_bodies where name = $1', [BODY.CLSPD]);
  const gpo = await one('select id from coordination_bodies where name = $1', [BODY.GPO]);
  const argonne = await one('select id from working_groups where body_id = $1 and name = $2', [
    clspd,
    ARGONNE_GROUP,
  ]);
  if (!clspd || !gpo || !argonne) return 0;
  const sophie = await user('sophie.bernard@orleans.demo');
  const laurent = await user('laurent.moreau@police.demo');
  const marc = await user('marc.petit@orleans.demo');

  // Meetings fall on working days: the first one from `days` on.
  const weekday = (days: number) => {
    const [y, m, d] = today.split('-').map(Number);
    let shift = days;
    while ([0, 6].includes(new Date(Date.UTC(y, m - 1, d + shift)).getUTCDay())) shift += 1;
    return shift;
  };
  const meeting = async (values: {
    body: string;
    group?: string;
    kind: string;
    days: number;
    status: string;
    place: string;
    createdBy: string;
    approvedBy?: string;
    summary?: string;
  }) =>
    one(
      `insert into meetings (body_id, working_group_id, kind, starts_at, ends_at, place, status, sequence, convened_at,
                             summary, minutes_approved_at, minutes_approved_by_user_id, created_by_user_id, created_at)
       values ($1, $2, $3::meeting_kind, $4::timestamp at time zone 'Europe/Paris',
               $4::timestamp at time zone 'Europe/Paris' + interval '2 hours', $5, $6::meeting_status, 1,
               $4::timestamp at time zone 'Europe/Paris' - interval '10 days', $7,
               case when $8::uuid is null then null else $4::timestamp at time zone 'Europe/Paris' + interval '9 days' end,
               $8, $9, $4::timestamp at time zone 'Europe/Paris' - interval '20 days')
       returning id`,
      [
        values.body,
        values.group ?? null,
        values.kind,
        localStamp(today, weekday(values.days), '14:30'),
        values.place,
        values.status,
        values.summary ?? null,
        values.approvedBy ?? null,
        values.createdBy,
      ],
    );
  const invite = (meetingId: string, sql: string, params: unknown[], attendance: string) =>
    manager.query(
      `insert into meeting_invitees (meeting_id, user_id, attendance) select $1, u.id, $2::attendance from (${sql}) u on conflict do nothing`,
      [meetingId, attendance, ...params],
    );
  const cases = (body: string, filter: string, limit: number) =>
    ids(`select id from cases where body_id = $1 and ${filter} order by opened_at, id limit ${limit}`, [
      body,
    ]);
  const item = (
    meetingId: string,
    position: number,
    section: string,
    caseId: string | null,
    values: { title?: string; reason: string; notes?: string; carry?: boolean; minutes?: number },
  ) =>
    one(
      `insert into agenda_items (meeting_id, position, section, case_id, title, reason, duration_minutes, notes, carry_over)
       values ($1, $2, $3::agenda_section, $4, $5, $6, $7, $8, $9) returning id`,
      [
        meetingId,
        position,
        section,
        caseId,
        values.title ?? null,
        values.reason,
        values.minutes ?? 10,
        values.notes ?? null,
        values.carry ?? false,
      ],
    );
  const decide = async (
    itemId: string,
    caseId: string | null,
    text: string,
    orgName: string,
    dueDays: number,
    done: boolean,
  ) => {
    const owner = await org(orgName);
    let actionId: string | null = null;
    if (caseId) {
      actionId = await one(
        `insert into case_actions (case_id, title, description, organization_id, due_on, status, created_by_user_id, created_at, completed_at)
         values ($1, $2, 'Décision du CLSPD d’Orléans.', $3, $4::date, $5::action_status, $6, $7::timestamp at time zone 'Europe/Paris',
                 case when $5 = 'DONE' then $7::timestamp at time zone 'Europe/Paris' + interval '12 days' end)
         returning id`,
        [
          caseId,
          text,
          owner,
          localStamp(today, dueDays, '00:00').slice(0, 10),
          done ? 'DONE' : 'TODO',
          sophie,
          localStamp(today, -42, '17:00'),
        ],
      );
    }
    await manager.query(
      `insert into agenda_decisions (agenda_item_id, text, owner_organization_id, due_on, case_action_id, created_by_user_id, created_at)
       values ($1, $2, $3, $4::date, $5, $6, $7::timestamp at time zone 'Europe/Paris')`,
      [
        itemId,
        text,
        owner,
        localStamp(today, dueDays, '00:00').slice(0, 10),
        actionId,
        sophie,
        localStamp(today, -42, '17:00'),
      ],
    );
  };

  // The CLSPD's last plenary, six weeks ago.
  const plenary = await meeting({
    body: clspd,
    kind: 'PLENIERE',
    days: -42,
    status: 'MINUTES_APPROVED',
    place: 'Hôtel Groslot, salle du conseil',
    createdBy: sophie,
    approvedBy: marc,
    summary:
      'La séance a fait le point sur les occupations de halls et les dépôts sauvages du centre-ville. Les partenaires conviennent de renforcer les passages coordonnés police municipale – police nationale en soirée.',
  });
  await invite(
    plenary,
    'select u.id from coordination_body_members m join users u on u.id = m.user_id where m.body_id = $3',
    [clspd],
    'PRESENT',
  );
  await manager.query(
    `update meeting_invitees set attendance = 'EXCUSED' where meeting_id = $1 and user_id = (select id from users where email = 'thomas.girard@transport.demo')`,
    [plenary],
  );
  const plenaryCases = await cases(
    clspd,
    `sensitivity in ('GREEN', 'AMBER') and opened_at < now() - interval '45 days'`,
    4,
  );
  let position = 0;
  for (const [index, caseId] of plenaryCases.entries()) {
    const itemId = await item(plenary, ++position, index === 0 ? 'NEW_CASES' : 'OVERDUE_ACTIONS', caseId, {
      reason: index === 0 ? 'Nouveau dossier depuis la dernière séance' : 'Actions en retard',
      notes: 'Situation présentée par l’organisation pilote ; échanges entre partenaires.',
      carry: index === 1,
    });
    await decide(
      itemId,
      caseId,
      index % 2
        ? 'Organiser une opération de sécurisation conjointe'
        : 'Faire un point d’étape avec le bailleur',
      index % 2 ? 'DDPN du Loiret' : 'Police municipale d’Orléans',
      index === 2 ? -7 : 20,
      index === 3,
    );
  }
  await item(plenary, ++position, 'FREE', null, {
    title: 'Bilan de la vidéoprotection du centre-ville',
    reason: 'Point divers',
    notes: 'Le bilan chiffré sera présenté à la prochaine séance.',
    carry: true,
  });

  // The « Argonne » group, three weeks ago: held, minutes to approve.
  const restricted = await meeting({
    body: clspd,
    group: argonne,
    kind: 'GROUPE_RESTREINT',
    days: -21,
    status: 'HELD',
    place: 'Mairie d’Orléans, salle 3',
    createdBy: sophie,
  });
  await invite(
    restricted,
    'select m.user_id as id from working_group_members m where m.working_group_id = $3',
    [argonne],
    'PRESENT',
  );
  position = 0;
  for (const caseId of await cases(clspd, `sensitivity = 'RED'`, 3))
    await item(restricted, ++position, 'NEW_CASES', caseId, {
      reason: 'Nouveau dossier depuis la dernière séance',
      notes: 'Échange confidentiel (article L132-5 CSI).',
    });

  // The GPO La Source's next meeting, convened.
  const next = await meeting({
    body: gpo,
    kind: 'GPO',
    days: 10,
    status: 'CONVENED',
    place: 'Commissariat de La Source',
    createdBy: laurent,
  });
  await invite(
    next,
    'select u.id from coordination_body_members m join users u on u.id = m.user_id where m.body_id = $3',
    [gpo],
    'INVITED',
  );
  position = 0;
  for (const caseId of await cases(gpo, `status in ('NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT')`, 4))
    await item(next, ++position, 'NEW_CASES', caseId, {
      reason: 'Nouveau dossier depuis la dernière séance',
      minutes: 15,
    });

  // The municipal police asks for a case at the CLSPD's next plenary.
  const [escalated] = await cases(
    clspd,
    `sensitivity in ('GREEN', 'AMBER') and status in ('ANALYSIS', 'RESPONSE')`,
    1,
  );
  if (escalated) {
    await manager.query(
      `insert into case_escalations (case_id, body_id, by_user_id, by_label, reason, created_at)
       select $1, $2, u.id, 'Paul Durand (Police municipale d’Orléans)', 'Recrudescence des signalements ce mois-ci', now() - interval '3 days'
         from users u where u.email = 'paul.durand@pm-orleans.demo'`,
      [escalated, clspd],
    );
  }
  return 3;
}
