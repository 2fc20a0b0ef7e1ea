import JSZip from 'jszip';
import request from 'supertest';
import { Api, codeOf, GraphqlResult, inDays, ok, Session } from './api-harness';
import { aBody, aCase, aWorkingGroup, BuiltBody, BuiltWorkingGroup, userId } from './case-factory';

/**
 * SHARING.md and article L132-5 CSI: what is exchanged in a restricted working group is not passed
 * to third parties. A meeting of the group — its agenda (free items included), its invitees, its
 * minutes, its documents — is read by the members who signed the group's current charter, the
 * people convened to it and the body's secretary; by no one else, not even the prefect's cabinet
 * (RED only where named) nor the member organisations of the body. Everyone else gets NOT_FOUND
 * and does not find it in any list. Meetings of other kinds keep their readers.
 */

const SOPHIE = 'sophie.bernard@orleans.demo'; // secretary of the CLSPD, member of « Argonne »
const LAURENT = 'laurent.moreau@police.demo'; // member of « Argonne »
const NADIA = 'nadia.fournier@bailleur.demo'; // member of « Argonne », a private partner
const PAUL = 'paul.durand@pm-orleans.demo'; // member of « Argonne »
const ANTOINE = 'antoine.roux@justice.demo'; // member of « Argonne »
const THOMAS = 'thomas.girard@transport.demo'; // private partner, member organisation of the CLSPD
const MARC = 'marc.petit@orleans.demo'; // the chair organisation of the CLSPD, not in the group
const HUGO = 'hugo.dupont@securite.demo'; // private partner, outside the CLSPD
const CLAIRE = 'claire.martin@prefecture.demo'; // the prefect's cabinet (coordinator)
const ALEX = 'admin@continuum.demo'; // technical administration

const CLSPD = 'CLSPD d’Orléans';
const SECRET = 'SECRET : l’informateur de la rue de l’Argonne a été identifié';
const FREE_ITEM = 'Point divers SECRET : identité de l’informateur';

const MEETING = `query($id: ID!) { meeting(id: $id) { id kind status place summary
  invitees { attendance user { fullName } } agenda { id confidential title notes } } }`;
const BODY_MEETINGS = `query($id: ID!) { body(id: $id) { meetings { id } } }`;
const UPCOMING = `{ upcomingMeetings { id } }`;
const CASE_BODY_MEETINGS = `query($id: ID!) { case(id: $id) { id body { meetings { id } } } }`;
const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id } }`;
const ADD_FREE = `mutation($id: ID!, $title: String!) { addFreeAgendaItem(meetingId: $id, title: $title) { id } }`;
const CONVENE = `mutation($id: ID!) { conveneMeeting(id: $id) { id status } }`;
const SUMMARY = `mutation($id: ID!, $summary: String) { setMinutesSummary(id: $id, summary: $summary) { id } }`;

interface Meeting {
  id: string;
  kind: string;
  status: string;
  place: string | null;
  summary: string | null;
  invitees: { attendance: string; user: { fullName: string } }[];
  agenda: { id: string; confidential: boolean; title: string | null; notes: string | null }[];
}

describe('Meetings of a restricted working group (L132-5): the group, the people convened, the secretary', () => {
  let api: Api;
  const sessions: Record<string, Session> = {};
  let clspd: BuiltBody;
  let argonne: string;
  /** The demo's held meeting of « Argonne », minutes to approve. */
  let held: string;
  let heldSummary: string | null;
  /** A meeting of « Argonne » this suite convenes, with a free item. */
  let convened: string;

  const as = (email: string) => sessions[email];
  const readMeeting = (email: string, id: string) => as(email).gql<{ meeting: Meeting }>(MEETING, { id });
  const bodyMeetings = async (email: string, bodyId: string) =>
    ok(
      await as(email).gql<{ body: { meetings: { id: string }[] } }>(BODY_MEETINGS, { id: bodyId }),
    ).body.meetings.map((m) => m.id);
  const upcoming = async (email: string) =>
    ok(await as(email).gql<{ upcomingMeetings: { id: string }[] }>(UPCOMING)).upcomingMeetings.map(
      (m) => m.id,
    );
  const download = (email: string, id: string, file: string) =>
    request(api.app.getHttpServer())
      .get(`/exports/meetings/${id}/${file}`)
      .set('cookie', as(email).cookie!)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  /** NOT_FOUND, and nothing of the meeting in the answer. */
  const expectHidden = (result: GraphqlResult, ...secrets: string[]) => {
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(result.data?.['meeting'] ?? null).toBeNull();
    for (const secret of secrets) expect(JSON.stringify(result)).not.toContain(secret);
  };

  beforeAll(async () => {
    api = await Api.start();
    const everyone = [SOPHIE, LAURENT, NADIA, PAUL, ANTOINE, THOMAS, MARC, HUGO, CLAIRE, ALEX];
    const signedIn = await Promise.all(everyone.map((email) => api.as(email)));
    everyone.forEach((email, index) => (sessions[email] = signedIn[index]));
    const [body]: { id: string }[] = await api.dataSource.query(
      'select id from coordination_bodies where name = $1',
      [CLSPD],
    );
    clspd = { id: body.id, name: CLSPD };
    [{ id: argonne }] = await api.dataSource.query(
      `select id from working_groups where body_id = $1 and name = 'Argonne'`,
      [clspd.id],
    );
    // The seeded meeting: the first of the group, held (the suite changes only its summary, and puts it back).
    [{ id: held, summary: heldSummary }] = await api.dataSource.query(
      `select id, summary from meetings where working_group_id = $1 and kind = 'GROUPE_RESTREINT' and status = 'HELD'
        order by created_at limit 1`,
      [argonne],
    );
  });

  afterAll(async () => {
    if (held)
      await api.dataSource.query('update meetings set summary = $2 where id = $1', [held, heldSummary]);
    await api?.stop();
  });

  describe('the held « Argonne » meeting and its minutes', () => {
    beforeAll(async () => {
      ok(await as(SOPHIE).gql(SUMMARY, { id: held, summary: SECRET }));
    });

    it('is read, minutes and attendance included, by the secretary and the members who signed the charter', async () => {
      for (const email of [SOPHIE, LAURENT, NADIA, PAUL, ANTOINE]) {
        const meeting = ok(await readMeeting(email, held)).meeting;
        expect({ who: email, kind: meeting.kind, summary: meeting.summary }).toEqual({
          who: email,
          kind: 'GROUPE_RESTREINT',
          summary: SECRET,
        });
        expect(meeting.invitees.length).toBeGreaterThan(0);
      }
    });

    it('is NOT_FOUND for everyone else: a private partner of the body, the chair organisation, an outsider, the prefect’s cabinet, the admin', async () => {
      for (const email of [THOMAS, MARC, HUGO, CLAIRE, ALEX])
        expectHidden(await readMeeting(email, held), SECRET, 'Mairie d’Orléans, salle 3');
    });

    it('is absent from the body’s meetings for them, and present for the group', async () => {
      for (const email of [THOMAS, MARC, HUGO, CLAIRE, ALEX])
        expect({ who: email, sees: (await bodyMeetings(email, clspd.id)).includes(held) }).toEqual({
          who: email,
          sees: false,
        });
      for (const email of [SOPHIE, LAURENT, NADIA])
        expect({ who: email, sees: (await bodyMeetings(email, clspd.id)).includes(held) }).toEqual({
          who: email,
          sees: true,
        });
      // The body's plenaries stay theirs.
      const [plenary]: { id: string }[] = await api.dataSource.query(
        `select id from meetings where body_id = $1 and kind = 'PLENIERE' and status <> 'DRAFT' limit 1`,
        [clspd.id],
      );
      for (const email of [THOMAS, MARC, CLAIRE])
        expect(await bodyMeetings(email, clspd.id)).toContain(plenary.id);
    });

    it('is not reached through a case of the body either', async () => {
      const kase = await aCase(api)
        .ownedBy('Mairie d’Orléans')
        .sensitivity('GREEN')
        .titled('Tags place du Martroi')
        .attachedTo(clspd)
        .build();
      for (const email of [THOMAS, MARC]) {
        const read = ok(
          await as(email).gql<{ case: { body: { meetings: { id: string }[] } } }>(CASE_BODY_MEETINGS, {
            id: kase.id,
          }),
        );
        expect(read.case.body.meetings.map((m) => m.id)).not.toContain(held);
      }
    });

    it('exports its minutes and agenda to the group (200) and to no one else (404)', async () => {
      const docx = await download(LAURENT, held, 'minutes.docx');
      expect(docx.status).toBe(200);
      const xml = await (
        await JSZip.loadAsync(docx.body as Buffer)
      )
        .file('word/document.xml')!
        .async('string');
      expect(xml).toContain('SECRET');
      for (const email of [THOMAS, MARC, HUGO, CLAIRE])
        for (const file of ['minutes.docx', 'minutes.pdf', 'agenda.docx', 'agenda.pdf']) {
          const response = await download(email, held, file);
          expect({ who: email, file, status: response.status }).toEqual({ who: email, file, status: 404 });
          expect((response.body as Buffer).toString('latin1')).not.toContain('SECRET');
        }
    });

    it('refuses its writes to whoever may not read it with NOT_FOUND, and changes nothing', async () => {
      expect(codeOf(await as(THOMAS).gql(SUMMARY, { id: held, summary: 'effacé' }))).toBe('NOT_FOUND');
      expect(codeOf(await as(MARC).gql(ADD_FREE, { id: held, title: 'Un point de plus' }))).toBe('NOT_FOUND');
      const [row] = await api.dataSource.query('select summary from meetings where id = $1', [held]);
      expect(row.summary).toBe(SECRET);
    });
  });

  describe('a convened « Argonne » meeting with a free item', () => {
    beforeAll(async () => {
      convened = ok(
        await as(SOPHIE).gql<{ createMeeting: { id: string } }>(CREATE, {
          bodyId: clspd.id,
          input: {
            kind: 'GROUPE_RESTREINT',
            workingGroupId: argonne,
            startsAt: inDays(9),
            durationMinutes: 60,
            place: 'Mairie d’Orléans, salle 3',
          },
        }),
      ).createMeeting.id;
      ok(await as(SOPHIE).gql(ADD_FREE, { id: convened, title: FREE_ITEM }));
      expect(
        ok(await as(SOPHIE).gql<{ conveneMeeting: { status: string } }>(CONVENE, { id: convened })),
      ).toEqual({
        conveneMeeting: { id: convened, status: 'CONVENED' },
      });
    });

    it('shows its free item to the group', async () => {
      for (const email of [SOPHIE, LAURENT, NADIA]) {
        const agenda = ok(await readMeeting(email, convened)).meeting.agenda;
        expect(agenda.map(({ confidential, title }) => ({ confidential, title }))).toEqual([
          { confidential: false, title: FREE_ITEM },
        ]);
      }
      expect(await upcoming(NADIA)).toContain(convened);
    });

    it('hides the meeting, its agenda and its free item from everyone else, in every list', async () => {
      for (const email of [THOMAS, MARC, HUGO, CLAIRE, ALEX]) {
        expectHidden(await readMeeting(email, convened), 'SECRET', 'informateur');
        expect({ who: email, upcoming: (await upcoming(email)).includes(convened) }).toEqual({
          who: email,
          upcoming: false,
        });
        expect({ who: email, listed: (await bodyMeetings(email, clspd.id)).includes(convened) }).toEqual({
          who: email,
          listed: false,
        });
      }
      for (const email of [THOMAS, MARC]) {
        const response = await download(email, convened, 'agenda.docx');
        expect(response.status).toBe(404);
      }
    });

    it('refuses writes on its agenda to whoever may not read it with NOT_FOUND', async () => {
      const [item] = ok(await readMeeting(SOPHIE, convened)).meeting.agenda;
      const attempts: [string, string, Record<string, unknown>][] = [
        [MARC, `mutation($id: ID!) { approveMinutes(id: $id) { id } }`, { id: convened }],
        [THOMAS, ADD_FREE, { id: convened, title: 'Un point de plus' }],
        [
          THOMAS,
          `mutation($itemId: ID!) { updateAgendaItem(itemId: $itemId, input: { durationMinutes: 5 }) { id } }`,
          { itemId: item.id },
        ],
        [MARC, `mutation($itemId: ID!) { removeAgendaItem(itemId: $itemId) { id } }`, { itemId: item.id }],
        [CLAIRE, `mutation($id: ID!) { markMeetingHeld(id: $id) { id } }`, { id: convened }],
      ];
      for (const [email, mutation, variables] of attempts)
        expect({ who: email, mutation, code: codeOf(await as(email).gql(mutation, variables)) }).toEqual({
          who: email,
          mutation,
          code: 'NOT_FOUND',
        });
      const [row] = await api.dataSource.query(
        'select title, duration_minutes from agenda_items where meeting_id = $1',
        [convened],
      );
      expect(row).toEqual({ title: FREE_ITEM, duration_minutes: null });
    });
  });

  describe('who reads a restricted meeting, precisely', () => {
    let body: BuiltBody;
    let group: BuiltWorkingGroup;
    let restricted: string;
    let plenary: string;

    beforeAll(async () => {
      body = await aBody(api)
        .named('CLSPD restreint')
        .chairedBy('Mairie d’Orléans')
        .withSecretary(SOPHIE)
        .withMembers(
          'Mairie d’Orléans',
          'DDPN du Loiret',
          'Police municipale d’Orléans',
          'Parquet d’Orléans',
          'Val de Loire Habitat Démo',
          'Transports de l’Orléanais Démo',
        )
        .build();
      group = await aWorkingGroup(api, body)
        .withMember(LAURENT)
        .withMember(NADIA)
        .withMember(PAUL, 'unsigned')
        .withMember(ANTOINE, 'old-version')
        .build();
      const meetingOf = async (input: Record<string, unknown>) => {
        const id = ok(
          await as(SOPHIE).gql<{ createMeeting: { id: string } }>(CREATE, {
            bodyId: body.id,
            input: { startsAt: inDays(12), durationMinutes: 60, ...input },
          }),
        ).createMeeting.id;
        ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Tour de table' }));
        ok(await as(SOPHIE).gql(CONVENE, { id }));
        return id;
      };
      // Convened: Laurent (signed) and Paul (charter not signed), not Nadia nor Antoine.
      restricted = await meetingOf({
        kind: 'GROUPE_RESTREINT',
        workingGroupId: group.id,
        inviteeUserIds: [await userId(api, LAURENT), await userId(api, PAUL)],
      });
      plenary = await meetingOf({ kind: 'PLENIERE', inviteeUserIds: [await userId(api, LAURENT)] });
    });

    it('reads a restricted meeting as SHARING.md says: signed members, people convened, the secretary', async () => {
      const table: [string, boolean, string][] = [
        [SOPHIE, true, 'the secretary, neither member nor convened'],
        [LAURENT, true, 'member, charter signed, convened'],
        [NADIA, true, 'member, charter signed, not convened'],
        [PAUL, true, 'member, charter not signed, but convened'],
        [ANTOINE, false, 'member, an old charter signed, not convened'],
        [MARC, false, 'the chair organisation'],
        [THOMAS, false, 'a member organisation of the body'],
        [CLAIRE, false, 'the prefect’s cabinet, not named'],
        [HUGO, false, 'outside the body'],
      ];
      const seen = await Promise.all(
        table.map(async ([email, , why]) => {
          const result = await readMeeting(email, restricted);
          return [email, result.data?.meeting?.id === restricted, why, codeOf(result) ?? 'OK'];
        }),
      );
      expect(seen).toEqual(
        table.map(([email, reads, why]) => [email, reads, why, reads ? 'OK' : 'NOT_FOUND']),
      );
      for (const [email, reads] of table)
        expect({ who: email, listed: (await bodyMeetings(email, body.id)).includes(restricted) }).toEqual({
          who: email,
          listed: reads,
        });
    });

    it('keeps the other kinds of meeting to the body’s member organisations and the cabinet', async () => {
      for (const email of [MARC, THOMAS, CLAIRE, ANTOINE, NADIA])
        expect({ who: email, reads: codeOf(await readMeeting(email, plenary)) ?? 'OK' }).toEqual({
          who: email,
          reads: 'OK',
        });
      expectHidden(await readMeeting(HUGO, plenary));
    });

    it('offers a free item withdrawn from the group’s agenda to the group’s next meeting, never to a plenary', async () => {
      const PROPOSALS = `query($id: ID!) { meeting(id: $id) { proposals { key title } } }`;
      const withdrawn = 'Rumeurs sur l’informateur SECRET';
      ok(await as(SOPHIE).gql(ADD_FREE, { id: restricted, title: withdrawn }));
      const item = ok(await readMeeting(SOPHIE, restricted)).meeting.agenda.find(
        (i) => i.title === withdrawn,
      )!;
      ok(
        await as(SOPHIE).gql(`mutation($itemId: ID!) { removeAgendaItem(itemId: $itemId) { id } }`, {
          itemId: item.id,
        }),
      );
      const titlesFor = async (input: Record<string, unknown>) => {
        const id = ok(
          await as(SOPHIE).gql<{ createMeeting: { id: string } }>(CREATE, {
            bodyId: body.id,
            input: { startsAt: inDays(30), durationMinutes: 60, ...input },
          }),
        ).createMeeting.id;
        const read = ok(
          await as(SOPHIE).gql<{ meeting: { proposals: { title: string | null }[] } }>(PROPOSALS, { id }),
        );
        return read.meeting.proposals.map((p) => p.title);
      };
      expect(await titlesFor({ kind: 'GROUPE_RESTREINT', workingGroupId: group.id })).toContain(withdrawn);
      expect(await titlesFor({ kind: 'PLENIERE' })).not.toContain(withdrawn);
    });
  });
});
