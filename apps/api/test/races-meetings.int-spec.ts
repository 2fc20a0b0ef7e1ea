import { Api, codeOf, GraphqlResult, inDays, ok, Session } from './api-harness';
import { aBody, aCase, BuiltBody, organizationId, userId } from './case-factory';

/**
 * A meeting's states, its agenda and its minutes under parallel requests (issue #11, « Races »):
 * each change is checked and written in one transaction with the meeting locked, so exactly one
 * of N identical requests wins; the others are told in French why (CONFLICT or NOT_FOUND, never
 * INTERNAL_SERVER_ERROR), and the journal, the outbox and the mails hold one change, not N.
 */

const SOPHIE = 'sophie.bernard@orleans.demo'; // secretary of the bodies built here
const MARC = 'marc.petit@orleans.demo'; // the chair organisation: approves the minutes
const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const N = 15;

const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id } }`;
const ADD_FREE = `mutation($id: ID!, $title: String!) { addFreeAgendaItem(meetingId: $id, title: $title) { id } }`;
const REMOVE = `mutation($itemId: ID!) { removeAgendaItem(itemId: $itemId) { id } }`;
const UPDATE_ITEM = `mutation($itemId: ID!, $input: AgendaItemUpdate!) { updateAgendaItem(itemId: $itemId, input: $input) { id } }`;
const DECIDE = `mutation($itemId: ID!, $input: DecisionInput!) { addDecision(itemId: $itemId, input: $input) { id } }`;
const CONVENE = `mutation($id: ID!) { conveneMeeting(id: $id) { id status } }`;
const HELD = `mutation($id: ID!) { markMeetingHeld(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveMinutes(id: $id) { id status } }`;
const INVITE = `mutation($id: ID!, $users: [ID!]!) { inviteToMeeting(meetingId: $id, userIds: $users) { id } }`;
const ACCEPT = `mutation($id: ID!, $keys: [String!]!) { acceptAgendaProposals(meetingId: $id, keys: $keys) { id } }`;
const REORDER = `mutation($id: ID!, $itemIds: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $itemIds) { id } }`;
const ATTENDANCE = `mutation($id: ID!, $entries: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`;
const RETRY = `mutation($mailId: ID!) { retryConvocation(mailId: $mailId) { id status } }`;

/** The outcome of parallel requests: who won, and what the others were told. */
function tally(results: GraphqlResult[]) {
  const losers = results.filter((result) => result.errors);
  return {
    winners: results.length - losers.length,
    losers: losers.map((result) => ({ code: codeOf(result), message: result.errors![0].message })),
  };
}

describe('Races on a meeting: one winner, the others told why, one change in the journal', () => {
  let api: Api;
  let sophie: Session;
  let marc: Session;
  let body: BuiltBody;
  let invitees: string[];
  /** The meetings made here: their mails are not left for a later suite's sweeper to send. */
  const meetings: string[] = [];

  const createMeeting = async (days = 10) => {
    const { id } = ok(
      await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: { kind: 'PLENIERE', startsAt: inDays(days), durationMinutes: 60, inviteeUserIds: invitees },
      }),
    ).createMeeting;
    meetings.push(id);
    return id;
  };
  const addFree = async (meetingId: string, title: string) =>
    ok(await sophie.gql(ADD_FREE, { id: meetingId, title }));
  const itemsOf = (meetingId: string): Promise<{ id: string; title: string; position: number }[]> =>
    api.dataSource.query(
      'select id, title, position from agenda_items where meeting_id = $1 order by position',
      [meetingId],
    );
  const audited = async (action: string, subjectId: string) =>
    (
      await api.dataSource.query(
        'select count(*)::int as n from audit_entries where action = $1 and subject_id = $2',
        [action, subjectId],
      )
    )[0].n as number;
  const events = async (topic: string, meetingId: string) =>
    (
      await api.dataSource.query(
        `select count(*)::int as n from outbox_events where topic = $1 and payload->>'meetingId' = $2`,
        [topic, meetingId],
      )
    )[0].n as number;
  /** A convened meeting with one free item, its day come. */
  const convenedToday = async () => {
    const id = await createMeeting();
    await addFree(id, 'Tour de table');
    ok(await sophie.gql(CONVENE, { id }));
    await api.dataSource.query(
      `update meetings set starts_at = now() - interval '2 hours', ends_at = now() where id = $1`,
      [id],
    );
    return id;
  };

  beforeAll(async () => {
    api = await Api.start();
    [sophie, marc] = await Promise.all([SOPHIE, MARC].map((email) => api.as(email)));
    body = await aBody(api)
      .named('CLSPD des courses')
      .chairedBy('Mairie d’Orléans')
      .withSecretary(SOPHIE)
      .withMembers(
        'Mairie d’Orléans',
        'DDPN du Loiret',
        'Val de Loire Habitat Démo',
        'Police municipale d’Orléans',
      )
      .build();
    invitees = await Promise.all([SOPHIE, MARC, NADIA, LAURENT].map((email) => userId(api, email)));
  });
  afterAll(async () => {
    if (meetings.length)
      await api.dataSource.query('delete from mail_messages where reference_id = any($1::uuid[])', [
        meetings,
      ]);
    await api?.stop();
  });

  it(`convenes once out of ${N} parallel convocations: one event, one mail per person`, async () => {
    const id = await createMeeting();
    await addFree(id, 'Tour de table');
    const outcome = tally(await Promise.all(Array.from({ length: N }, () => sophie.gql(CONVENE, { id }))));
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({ code: 'CONFLICT', message: 'La séance est déjà convoquée.' }),
    );
    expect(await events('meeting.convened', id)).toBe(1);
    expect(await audited('meeting.convened', id)).toBe(1);
    const mails = await api.dataSource.query('select to_address from mail_messages where reference_id = $1', [
      id,
    ]);
    expect(mails).toHaveLength(invitees.length);
    const [row] = await api.dataSource.query('select status, sequence from meetings where id = $1', [id]);
    expect(row).toEqual({ status: 'CONVENED', sequence: 1 });
  });

  it(`sends one update out of ${N} parallel identical reschedulings of a convened meeting`, async () => {
    const id = await createMeeting();
    await addFree(id, 'Tour de table');
    ok(await sophie.gql(CONVENE, { id }));
    const input = {
      kind: 'PLENIERE',
      startsAt: inDays(11, 9),
      durationMinutes: 60,
      place: 'Salle du conseil',
    };
    const outcome = tally(
      await Promise.all(Array.from({ length: N }, () => sophie.gql(UPDATE, { id, input }))),
    );
    // The others find the meeting already moved: nothing to send, and they are not refused.
    expect(outcome).toEqual({ winners: N, losers: [] });
    expect(await events('meeting.changed', id)).toBe(1);
    const [row] = await api.dataSource.query('select sequence, place from meetings where id = $1', [id]);
    expect(row).toEqual({ sequence: 2, place: 'Salle du conseil' });
    const updates = await api.dataSource.query(
      `select 1 from mail_messages where reference_id = $1 and topic = 'meeting.update'`,
      [id],
    );
    expect(updates).toHaveLength(invitees.length);
  });

  it(`declares a meeting held once out of ${N}, approves its minutes once out of ${N}`, async () => {
    const id = await convenedToday();
    const held = tally(await Promise.all(Array.from({ length: N }, () => sophie.gql(HELD, { id }))));
    expect(held.winners).toBe(1);
    expect(held.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        message: 'Seule une séance convoquée peut être déclarée tenue.',
      }),
    );
    expect(await audited('meeting.held', id)).toBe(1);
    const approved = tally(await Promise.all(Array.from({ length: N }, () => marc.gql(APPROVE, { id }))));
    expect(approved.winners).toBe(1);
    expect(approved.losers).toEqual(
      Array(N - 1).fill({
        code: 'CONFLICT',
        message: 'Le compte rendu approuvé est figé : la séance ne peut plus être modifiée.',
      }),
    );
    expect(await audited('meeting.minutes.approved', id)).toBe(1);
    const [row] = await api.dataSource.query('select status from meetings where id = $1', [id]);
    expect(row.status).toBe('MINUTES_APPROVED');
  });

  it(`keeps whole one of ${N} attendance sheets recorded at the same moment`, async () => {
    const id = await convenedToday();
    const [nadia, laurent] = [invitees[2], invitees[3]];
    const sheets = Array.from({ length: N }, (_, index) =>
      index % 2
        ? [
            { userId: nadia, attendance: 'PRESENT' },
            { userId: laurent, attendance: 'EXCUSED' },
          ]
        : [
            { userId: nadia, attendance: 'REPRESENTED', representedBy: 'Jean Adjoint' },
            { userId: laurent, attendance: 'PRESENT' },
          ],
    );
    const outcome = tally(
      await Promise.all(sheets.map((entries) => sophie.gql(ATTENDANCE, { id, entries }))),
    );
    expect(outcome).toEqual({ winners: N, losers: [] });
    const rows: { attendance: string }[] = await api.dataSource.query(
      'select attendance from meeting_invitees where meeting_id = $1 and user_id = any($2) order by user_id = $3 desc',
      [id, [nadia, laurent], nadia],
    );
    // One sheet or the other, never half of each.
    expect([
      ['PRESENT', 'EXCUSED'],
      ['REPRESENTED', 'PRESENT'],
    ]).toContainEqual(rows.map((row) => row.attendance));
  });

  it(`convenes a newcomer once out of ${N} parallel invitations: one mail, one event`, async () => {
    const id = await createMeeting();
    await addFree(id, 'Tour de table');
    ok(await sophie.gql(CONVENE, { id }));
    const paul = await userId(api, 'paul.durand@pm-orleans.demo');
    const outcome = tally(
      await Promise.all(Array.from({ length: N }, () => sophie.gql(INVITE, { id, users: [paul] }))),
    );
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({ code: 'BAD_USER_INPUT', message: 'Ces personnes sont déjà convoquées.' }),
    );
    const mails = await api.dataSource.query(
      'select 1 from mail_messages where reference_id = $1 and recipient_user_id = $2',
      [id, paul],
    );
    expect(mails).toHaveLength(1);
    expect(await events('meeting.convened', id)).toBe(2);
    expect(await audited('meeting.invited', id)).toBe(1);
  });

  it(`takes a proposed case into the agenda once out of ${N} parallel acceptances`, async () => {
    const kase = await aCase(api).ownedBy('Mairie d’Orléans').sensitivity('GREEN').attachedTo(body).build();
    const id = await createMeeting();
    const keys = [`case:${kase.id}`];
    const outcome = tally(
      await Promise.all(Array.from({ length: N }, () => sophie.gql(ACCEPT, { id, keys }))),
    );
    expect(outcome.winners).toBe(1);
    expect(outcome.losers).toEqual(
      Array(N - 1).fill({ code: 'BAD_USER_INPUT', message: 'Ce dossier est déjà à l’ordre du jour.' }),
    );
    const items = await api.dataSource.query('select position from agenda_items where meeting_id = $1', [id]);
    expect(items).toEqual([{ position: 1 }]);
  });

  it(`keeps one of ${N} orders given at the same moment, numbered 1 to 4`, async () => {
    const id = await createMeeting();
    for (const title of ['Point A', 'Point B', 'Point C', 'Point D']) await addFree(id, title);
    const ids = (await itemsOf(id)).map((item) => item.id);
    const orders = Array.from({ length: N }, (_, index) =>
      ids.map((_, at) => ids[(at + index) % ids.length]).reverse(),
    );
    const outcome = tally(await Promise.all(orders.map((itemIds) => sophie.gql(REORDER, { id, itemIds }))));
    expect(outcome).toEqual({ winners: N, losers: [] });
    const kept = await itemsOf(id);
    expect(kept.map((item) => item.position)).toEqual([1, 2, 3, 4]);
    expect(orders.map((order) => order.join())).toContain(kept.map((item) => item.id).join());
  });

  it(`puts a failed convocation back on its way once out of ${N} parallel retries`, async () => {
    const id = await createMeeting();
    await addFree(id, 'Tour de table');
    ok(await sophie.gql(CONVENE, { id }));
    const [mail] = await api.dataSource.query(
      'select id from mail_messages where reference_id = $1 limit 1',
      [id],
    );
    await api.dataSource.query(
      `update mail_messages set status = 'FAILED', last_error = 'Boîte pleine' where id = $1`,
      [mail.id],
    );
    const results = await Promise.all(
      Array.from({ length: N }, () => sophie.gql(RETRY, { mailId: mail.id })),
    );
    // A retry finding the mail already on its way is no error: it is sent once, by the queue.
    expect(tally(results)).toEqual({ winners: N, losers: [] });
    const [row] = await api.dataSource.query('select status from mail_messages where id = $1', [mail.id]);
    expect(row.status).toBe('PENDING');
  });

  it(`numbers ${N} free items added in parallel 1 to ${N}, without a gap or a duplicate`, async () => {
    const id = await createMeeting();
    const outcome = tally(
      await Promise.all(
        Array.from({ length: N }, (_, index) => sophie.gql(ADD_FREE, { id, title: `Point ${index + 1}` })),
      ),
    );
    expect(outcome).toEqual({ winners: N, losers: [] });
    expect((await itemsOf(id)).map((item) => item.position)).toEqual(
      Array.from({ length: N }, (_, index) => index + 1),
    );
  });

  it(`withdraws an item once out of ${N} parallel withdrawals: one backlog entry, one journal entry`, async () => {
    const id = await createMeeting();
    for (const title of ['Premier point', 'Point retiré', 'Dernier point']) await addFree(id, title);
    const item = (await itemsOf(id)).find((row) => row.title === 'Point retiré')!;
    const outcome = tally(
      await Promise.all(Array.from({ length: N }, () => sophie.gql(REMOVE, { itemId: item.id }))),
    );
    expect(outcome.winners).toBe(1);
    for (const loser of outcome.losers) expect(loser).toEqual(GONE.get(loser.code));
    const backlog = await api.dataSource.query(
      'select title from agenda_backlog where from_meeting_id = $1',
      [id],
    );
    expect(backlog).toEqual([{ title: 'Point retiré' }]);
    const removals = await api.dataSource.query(
      `select 1 from audit_entries where action = 'meeting.agenda.removed' and details->>'itemId' = $1`,
      [item.id],
    );
    expect(removals).toHaveLength(1);
    expect((await itemsOf(id)).map(({ title, position }) => ({ title, position }))).toEqual([
      { title: 'Premier point', position: 1 },
      { title: 'Dernier point', position: 2 },
    ]);
  });

  it('never brings a withdrawn item back when it is edited at the same moment', async () => {
    const id = await createMeeting();
    await addFree(id, 'Premier point');
    await addFree(id, 'Point disputé');
    const item = (await itemsOf(id)).find((row) => row.title === 'Point disputé')!;
    const results = await Promise.all([
      sophie.gql(REMOVE, { itemId: item.id }),
      ...Array.from({ length: N - 1 }, (_, index) =>
        sophie.gql(UPDATE_ITEM, { itemId: item.id, input: { durationMinutes: index + 1 } }),
      ),
    ]);
    expect(results[0].errors).toBeUndefined();
    for (const loser of tally(results).losers) expect(loser).toEqual(GONE.get(loser.code));
    expect((await itemsOf(id)).map(({ title, position }) => ({ title, position }))).toEqual([
      { title: 'Premier point', position: 1 },
    ]);
  });

  it('keeps no decision on a withdrawn item, nor an item withdrawn with its decisions', async () => {
    const id = await createMeeting();
    await addFree(id, 'Point à décider');
    ok(await sophie.gql(CONVENE, { id }));
    // Decisions are recorded from the meeting's day on: the meeting is held today.
    await api.dataSource.query(
      `update meetings set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = $1`,
      [id],
    );
    const [item] = await itemsOf(id);
    const input = {
      text: 'Une patrouille de plus',
      ownerOrganizationId: await organizationId(api, 'DDPN du Loiret'),
    };
    const results = await Promise.all([
      sophie.gql(REMOVE, { itemId: item.id }),
      ...Array.from({ length: N - 1 }, () => sophie.gql(DECIDE, { itemId: item.id, input })),
    ]);
    const removed = !results[0].errors;
    const decided = results.slice(1).filter((result) => !result.errors).length;
    // Whichever came first: the item went with no decision, or it stayed with its decisions.
    if (removed) expect(decided).toBe(0);
    else expect(decided).toBeGreaterThan(0);
    for (const loser of tally(results.slice(1)).losers) expect(loser).toEqual(GONE.get(loser.code));
    if (!removed)
      expect(tally([results[0]]).losers).toEqual([
        { code: 'CONFLICT', message: 'Ce point porte des décisions : il ne peut plus être retiré.' },
      ]);
    const rows = await api.dataSource.query(
      'select d.id from agenda_decisions d join agenda_items i on i.id = d.agenda_item_id where i.meeting_id = $1',
      [id],
    );
    expect(rows).toHaveLength(decided);
    expect(await itemsOf(id)).toHaveLength(removed ? 0 : 1);
    const assigned = await api.dataSource.query(
      `select 1 from outbox_events where topic = 'decision.assigned' and payload->>'decisionId' = any($1)`,
      [rows.map((row: { id: string }) => row.id)],
    );
    expect(assigned).toHaveLength(decided);
  });
});

/** What a request on an item withdrawn meanwhile is told: by whether it came before or after. */
const GONE = new Map<string | undefined, { code: string; message: string }>([
  ['NOT_FOUND', { code: 'NOT_FOUND', message: 'Point introuvable.' }],
  ['CONFLICT', { code: 'CONFLICT', message: 'Ce point vient d’être retiré de l’ordre du jour.' }],
]);
