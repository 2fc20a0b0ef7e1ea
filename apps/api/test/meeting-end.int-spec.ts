import JSZip from 'jszip';
import request from 'supertest';
import { Api, codeOf, GraphqlResult, inDays, ok, Session } from './api-harness';
import { aBody, aCase, aWorkingGroup, BuiltBody, organizationId, userId } from './case-factory';

/**
 * The secretary's meeting, to the end (issue #14): one rule for time (recording starts on the
 * meeting's day), the invitees' answers, the minutes approved by the right person and circulated,
 * decisions piloted only by partners who read the case, documents numbered as the page.
 */

const SOPHIE = 'sophie.bernard@orleans.demo'; // secretary (Mairie d'Orléans)
const MARC = 'marc.petit@orleans.demo'; // Mairie d'Orléans: the chair organisation
const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const THOMAS = 'thomas.girard@transport.demo'; // private partner, outside the bodies built here
const N = 15;

const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id } }`;
const ADD_FREE = `mutation($id: ID!, $title: String!) { addFreeAgendaItem(meetingId: $id, title: $title) { id } }`;
const ACCEPT = `mutation($id: ID!, $keys: [String!]!) { acceptAgendaProposals(meetingId: $id, keys: $keys) { id } }`;
const REORDER = `mutation($id: ID!, $itemIds: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $itemIds) { id } }`;
const CONVENE = `mutation($id: ID!) { conveneMeeting(id: $id) { id status } }`;
const HELD = `mutation($id: ID!) { markMeetingHeld(id: $id) { id status } }`;
const APPROVE = `mutation($id: ID!) { approveMinutes(id: $id) { id status } }`;
const ATTENDANCE = `mutation($id: ID!, $entries: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`;
const UPDATE_ITEM = `mutation($itemId: ID!, $input: AgendaItemUpdate!) { updateAgendaItem(itemId: $itemId, input: $input) { id } }`;
const DECIDE = `mutation($itemId: ID!, $input: DecisionInput!) { addDecision(itemId: $itemId, input: $input) { id } }`;
const ANSWER = `mutation($id: ID!, $input: InvitationAnswerInput!) { answerInvitation(meetingId: $id, input: $input) { id } }`;
const ASSIGN = `mutation($id: ID!, $organizationId: ID!) { assignCase(id: $id, organizationId: $organizationId) { id } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id status recordingRefusal canApprove
  minutesApprovers { fullName }
  invitees { answer answerRepresentedBy answeredAt user { fullName } }
  agenda { id position title case { id } pilotOrganizations { name } } } }`;
const PROPOSALS = `query($id: ID!) { meeting(id: $id) { proposals(perSection: 50) { key case { id } } } }`;

interface Meeting {
  id: string;
  status: string;
  recordingRefusal: string | null;
  canApprove: boolean;
  minutesApprovers: { fullName: string }[];
  invitees: {
    answer: string | null;
    answerRepresentedBy: string | null;
    answeredAt: string | null;
    user: { fullName: string };
  }[];
  agenda: {
    id: string;
    position: number;
    title: string | null;
    case: { id: string } | null;
    pilotOrganizations: { name: string }[];
  }[];
}

function tally(results: GraphqlResult[]) {
  const losers = results.filter((result) => result.errors);
  return {
    winners: results.length - losers.length,
    losers: losers.map((result) => ({ code: codeOf(result), message: result.errors![0].message })),
  };
}

describe('The secretary finishes the meeting', () => {
  let api: Api;
  const sessions: Record<string, Session> = {};
  let body: BuiltBody;
  const meetings: string[] = [];
  const as = (email: string) => sessions[email];

  const read = async (id: string, email = SOPHIE) =>
    ok(await as(email).gql<{ meeting: Meeting }>(MEETING, { id })).meeting;
  const create = async (input: Record<string, unknown>, bodyId = body.id) => {
    const { id } = ok(
      await as(SOPHIE).gql<{ createMeeting: { id: string } }>(CREATE, { bodyId, input }),
    ).createMeeting;
    meetings.push(id);
    return id;
  };
  const today = (id: string) =>
    api.dataSource.query(
      `update meetings set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = $1`,
      [id],
    );
  const audited = async (action: string, subjectId: string) =>
    (
      await api.dataSource.query(
        'select count(*)::int as n from audit_entries where action = $1 and subject_id = $2',
        [action, subjectId],
      )
    )[0].n as number;
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
  const docxText = async (file: Buffer) =>
    ((await (await JSZip.loadAsync(file)).file('word/document.xml')?.async('string')) ?? '')
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<\/w:p>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&apos;/g, "'")
      .replace(/[\u00a0\u202f]/g, ' ');

  beforeAll(async () => {
    api = await Api.start();
    const everyone = [SOPHIE, MARC, NADIA, LAURENT, THOMAS];
    const signedIn = await Promise.all(everyone.map((email) => api.as(email)));
    everyone.forEach((email, index) => (sessions[email] = signedIn[index]));
    body = await aBody(api)
      .named('CLSPD de la fin de séance')
      .chairedBy('Mairie d’Orléans')
      .withSecretary(SOPHIE)
      .withMembers('Mairie d’Orléans', 'DDPN du Loiret', 'Val de Loire Habitat Démo')
      .build();
  });
  afterAll(async () => {
    if (meetings.length)
      await api.dataSource.query('delete from mail_messages where reference_id = any($1::uuid[])', [
        meetings,
      ]);
    await api?.stop();
  });

  describe('one rule for time: what happens in a meeting is recorded from its day on', () => {
    let id: string;
    let caseItem: string;
    let caseId: string;

    beforeAll(async () => {
      const invitees = await Promise.all([SOPHIE, MARC, NADIA].map((email) => userId(api, email)));
      id = await create({
        kind: 'PLENIERE',
        startsAt: inDays(7),
        durationMinutes: 60,
        inviteeUserIds: invitees,
      });
      const built = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('GREEN').attachedTo(body).build();
      caseId = built.id;
      await api.dataSource
        .query(`update cases set escalated_at = now() where id = $1`, [caseId])
        .catch(() => []);
      ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Tour de table' }));
      const proposals = ok(
        await as(SOPHIE).gql<{ meeting: { proposals: { key: string; case: { id: string } | null }[] } }>(
          PROPOSALS,
          { id },
        ),
      ).meeting.proposals.filter((p) => p.case?.id === caseId);
      if (proposals.length) ok(await as(SOPHIE).gql(ACCEPT, { id, keys: [proposals[0].key] }));
      ok(await as(SOPHIE).gql(CONVENE, { id }));
      const agenda = (await read(id)).agenda;
      caseItem = (agenda.find((item) => item.case?.id === caseId) ?? agenda[0]).id;
    });

    it('refuses held, attendance, notes, carry-over and decisions a week early, in French, and says why', async () => {
      const nadia = await userId(api, NADIA);
      const ddpn = await organizationId(api, 'DDPN du Loiret');
      const attempts: [string, Record<string, unknown>][] = [
        [HELD, { id }],
        [ATTENDANCE, { id, entries: [{ userId: nadia, attendance: 'PRESENT' }] }],
        [UPDATE_ITEM, { itemId: caseItem, input: { notes: 'Notes prises trop tôt' } }],
        [UPDATE_ITEM, { itemId: caseItem, input: { carryOver: true } }],
        [DECIDE, { itemId: caseItem, input: { text: 'Décision prématurée', ownerOrganizationId: ddpn } }],
      ];
      for (const [mutation, variables] of attempts) {
        const result = await as(SOPHIE).gql(mutation, variables);
        expect({ mutation, code: codeOf(result) }).toEqual({ mutation, code: 'CONFLICT' });
        expect(result.errors![0].message).toMatch(
          /^La séance a lieu le \d\d\/\d\d\/\d{4} : .* à partir de ce jour\.$/,
        );
      }
      const meeting = await read(id);
      expect(meeting.status).toBe('CONVENED');
      expect(meeting.recordingRefusal).toMatch(/à partir de ce jour/);
      const [state] = await api.dataSource.query(
        `select (select count(*)::int from agenda_decisions d join agenda_items i on i.id = d.agenda_item_id where i.meeting_id = $1) as decisions,
                (select count(*)::int from case_actions where case_id = $2 and title = 'Décision prématurée') as actions,
                (select count(*)::int from agenda_items where meeting_id = $1 and (notes is not null or carry_over)) as noted,
                (select count(*)::int from meeting_invitees where meeting_id = $1 and attendance <> 'INVITED') as attended`,
        [id, caseId],
      );
      expect(state).toEqual({ decisions: 0, actions: 0, noted: 0, attended: 0 });
    });

    it(`refuses ${N} parallel early decisions alike: no decision, no action`, async () => {
      const ddpn = await organizationId(api, 'DDPN du Loiret');
      const outcome = tally(
        await Promise.all(
          Array.from({ length: N }, (_, i) =>
            as(SOPHIE).gql(DECIDE, {
              itemId: caseItem,
              input: { text: `Décision parallèle ${i}`, ownerOrganizationId: ddpn },
            }),
          ),
        ),
      );
      expect(outcome.winners).toBe(0);
      expect(new Set(outcome.losers.map((loser) => loser.code))).toEqual(new Set(['CONFLICT']));
      const [{ n }] = await api.dataSource.query(
        `select count(*)::int as n from case_actions where case_id = $1 and title like 'Décision parallèle%'`,
        [caseId],
      );
      expect(n).toBe(0);
    });

    it('opens recording on the day: the same requests pass, and the page is told nothing stands in the way', async () => {
      await today(id);
      expect((await read(id)).recordingRefusal).toBeNull();
      const nadia = await userId(api, NADIA);
      ok(await as(SOPHIE).gql(ATTENDANCE, { id, entries: [{ userId: nadia, attendance: 'PRESENT' }] }));
      ok(await as(SOPHIE).gql(UPDATE_ITEM, { itemId: caseItem, input: { notes: 'Notes du jour' } }));
      ok(await as(SOPHIE).gql(HELD, { id }));
    });
  });

  describe('invitees answer the convocation', () => {
    let id: string;

    beforeAll(async () => {
      const invitees = await Promise.all([SOPHIE, MARC, NADIA, LAURENT].map((email) => userId(api, email)));
      id = await create({
        kind: 'PLENIERE',
        startsAt: inDays(9),
        durationMinutes: 60,
        inviteeUserIds: invitees,
      });
      ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Tour de table' }));
    });

    it('lets a person convened answer only once convened, and only for themselves', async () => {
      const early = await as(NADIA).gql(ANSWER, { id, input: { answer: 'PRESENT' } });
      expect(codeOf(early)).toBe('NOT_FOUND'); // a draft is the secretary's alone
      ok(await as(SOPHIE).gql(CONVENE, { id }));
      const stranger = await as(THOMAS).gql(ANSWER, { id, input: { answer: 'PRESENT' } });
      expect(codeOf(stranger)).toBe('NOT_FOUND');
      const absent = await as(NADIA).gql(ANSWER, { id, input: { answer: 'ABSENT' } });
      expect(codeOf(absent)).toBe('BAD_USER_INPUT');
      expect(absent.errors![0].message).toMatch(/présent·e, excusé·e ou représenté·e/);
      const nobody = await as(NADIA).gql(ANSWER, {
        id,
        input: { answer: 'REPRESENTED', representedBy: '  ' },
      });
      expect(codeOf(nobody)).toBe('BAD_USER_INPUT');
    });

    it('stores the answer, shows it to the secretary and journals it', async () => {
      ok(await as(NADIA).gql(ANSWER, { id, input: { answer: 'EXCUSED' } }));
      ok(
        await as(LAURENT).gql(ANSWER, {
          id,
          input: { answer: 'REPRESENTED', representedBy: ' Jean Adjoint ' },
        }),
      );
      const invitees = (await read(id)).invitees;
      expect(invitees.find((i) => i.user.fullName === 'Nadia Fournier')).toMatchObject({
        answer: 'EXCUSED',
        answerRepresentedBy: null,
      });
      expect(invitees.find((i) => i.user.fullName === 'Laurent Moreau')).toMatchObject({
        answer: 'REPRESENTED',
        answerRepresentedBy: 'Jean Adjoint',
      });
      expect(invitees.find((i) => i.user.fullName === 'Marc Petit')?.answer).toBeNull();
      expect(await audited('meeting.invitation.answered', id)).toBe(2);
    });

    it(`keeps every answer given before the meeting is declared held, and refuses those after (${N} in parallel)`, async () => {
      await today(id);
      const answers = Array.from({ length: N }, (_, i) =>
        as(MARC).gql(ANSWER, { id, input: { answer: i % 2 ? 'PRESENT' : 'EXCUSED' } }),
      );
      const [held, ...results] = await Promise.all([as(SOPHIE).gql(HELD, { id }), ...answers]);
      ok(held);
      const outcome = tally(results);
      for (const loser of outcome.losers)
        expect(loser).toEqual({
          code: 'CONFLICT',
          message: 'La séance a eu lieu : la présence est notée par le secrétariat.',
        });
      expect(await audited('meeting.invitation.answered', id)).toBe(2 + outcome.winners);
      // Every answer kept was journaled before the meeting was declared held, none after.
      const [order] = await api.dataSource.query(
        `select (select max(id) from audit_entries where action = 'meeting.invitation.answered' and subject_id = $1) <
                (select id from audit_entries where action = 'meeting.held' and subject_id = $1) as before`,
        [id],
      );
      expect(order.before).toBe(true);
    });
  });

  describe('the minutes of a restricted group: approved by a signed member other than the secretary', () => {
    let id: string;

    beforeAll(async () => {
      const group = await aWorkingGroup(api, body)
        .withMember(SOPHIE)
        .withMember(LAURENT)
        .withMember(NADIA, 'unsigned')
        .build();
      const invitees = await Promise.all([SOPHIE, LAURENT, NADIA].map((email) => userId(api, email)));
      id = await create({
        kind: 'GROUPE_RESTREINT',
        workingGroupId: group.id,
        startsAt: inDays(3),
        durationMinutes: 60,
        inviteeUserIds: invitees,
      });
      ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Point du groupe' }));
      ok(await as(SOPHIE).gql(CONVENE, { id }));
      await today(id);
      ok(await as(SOPHIE).gql(HELD, { id }));
    });

    it('names the one who may approve, and refuses the chair, the secretary and an unsigned member', async () => {
      expect((await read(id)).minutesApprovers.map((user) => user.fullName)).toEqual(['Laurent Moreau']);
      // The chair organisation, outside the group, does not even see the meeting (L132-5).
      expect(codeOf(await as(MARC).gql(APPROVE, { id }))).toBe('NOT_FOUND');
      for (const email of [SOPHIE, NADIA]) {
        expect({ who: email, can: (await read(id, email)).canApprove }).toEqual({ who: email, can: false });
        const result = await as(email).gql(APPROVE, { id });
        expect({ who: email, code: codeOf(result) }).toEqual({ who: email, code: 'FORBIDDEN' });
        expect(result.errors![0].message).toMatch(/membre du groupe signataire de sa charte/);
      }
      expect((await read(id, LAURENT)).canApprove).toBe(true);
    });

    it(`approves once out of ${N} parallel approvals, circulates one mail per person convened, and the export is no longer a draft`, async () => {
      const outcome = tally(
        await Promise.all(Array.from({ length: N }, () => as(LAURENT).gql(APPROVE, { id }))),
      );
      expect(outcome.winners).toBe(1);
      for (const loser of outcome.losers) expect(loser.code).toBe('CONFLICT');
      expect(await audited('meeting.minutes.approved', id)).toBe(1);
      const mails: { to_address: string }[] = await api.dataSource.query(
        `select to_address from mail_messages where reference_id = $1 and topic = 'meeting.minutes' order by to_address`,
        [id],
      );
      expect(mails).toHaveLength(3);
      const docx = await docxText((await download(SOPHIE, id, 'minutes.docx')).body as Buffer);
      expect(docx).toContain('Approuvé le');
      expect(docx).toContain('par Laurent Moreau');
      expect(docx).not.toContain('Projet de compte rendu');
    });
  });

  describe('pilots and referral targets: partners, never the technical administration', () => {
    it('offers as pilots only partners who read the case, and refuses the others', async () => {
      const invitees = await Promise.all([SOPHIE, MARC].map((email) => userId(api, email)));
      const id = await create({
        kind: 'PLENIERE',
        startsAt: inDays(5),
        durationMinutes: 60,
        inviteeUserIds: invitees,
      });
      const amber = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('AMBER').attachedTo(body).build();
      ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Point libre' }));
      const proposals = ok(
        await as(SOPHIE).gql<{ meeting: { proposals: { key: string; case: { id: string } | null }[] } }>(
          PROPOSALS,
          { id },
        ),
      ).meeting.proposals.filter((p) => p.case?.id === amber.id);
      expect(proposals.length).toBeGreaterThan(0);
      ok(await as(SOPHIE).gql(ACCEPT, { id, keys: [proposals[0].key] }));
      ok(await as(SOPHIE).gql(CONVENE, { id }));
      await today(id);
      const agenda = (await read(id)).agenda;
      const caseItem = agenda.find((item) => item.case?.id === amber.id)!;
      const freeItem = agenda.find((item) => !item.case)!;
      const casePilots = caseItem.pilotOrganizations.map((o) => o.name);
      expect(casePilots).toEqual(
        expect.arrayContaining(['Mairie d’Orléans', 'DDPN du Loiret', 'Val de Loire Habitat Démo']),
      );
      expect(casePilots).not.toContain('Logistique Val de Loire Démo'); // not involved in the AMBER case
      expect(casePilots).not.toContain('Préfecture du Loiret — SIDSIC');
      expect(freeItem.pilotOrganizations.map((o) => o.name)).not.toContain('Préfecture du Loiret — SIDSIC');
      expect(freeItem.pilotOrganizations.map((o) => o.name)).toContain('Logistique Val de Loire Démo');

      const sidsic = await organizationId(api, 'Préfecture du Loiret — SIDSIC');
      const outsider = await organizationId(api, 'Logistique Val de Loire Démo');
      for (const [itemId, ownerOrganizationId, pattern] of [
        [caseItem.id, sidsic, /administre la plateforme/],
        [freeItem.id, sidsic, /administre la plateforme/],
        [caseItem.id, outsider, /ne peut lire ce dossier/],
      ] as const) {
        const result = await as(SOPHIE).gql(DECIDE, {
          itemId,
          input: { text: 'Décision', ownerOrganizationId },
        });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors![0].message).toMatch(pattern);
      }
      ok(
        await as(SOPHIE).gql(DECIDE, {
          itemId: caseItem.id,
          input: {
            text: 'Décision pilotée par le bailleur',
            ownerOrganizationId: await organizationId(api, 'Val de Loire Habitat Démo'),
          },
        }),
      );
    });

    it('refuses to refer a case to the technical administration', async () => {
      const built = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('GREEN').build();
      const sidsic = await organizationId(api, 'Préfecture du Loiret — SIDSIC');
      const result = await as(LAURENT).gql(ASSIGN, { id: built.id, organizationId: sidsic });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toMatch(/administre la plateforme/);
      const [{ n }] = await api.dataSource.query(
        'select count(*)::int as n from case_assignments where case_id = $1',
        [built.id],
      );
      expect(n).toBe(0);
    });
  });

  describe('documents and mails number items as the page does', () => {
    it('keeps a free item moved to position 2 at 2 in the DOCX and in the convocation mails', async () => {
      const invitees = await Promise.all([SOPHIE, NADIA].map((email) => userId(api, email)));
      const id = await create({
        kind: 'PLENIERE',
        startsAt: inDays(6),
        durationMinutes: 60,
        inviteeUserIds: invitees,
      });
      const cases = await Promise.all(
        ['Tapage nocturne', 'Squat rue Bannier'].map((title) =>
          aCase(api).ownedBy('DDPN du Loiret').sensitivity('GREEN').titled(title).attachedTo(body).build(),
        ),
      );
      const proposals = ok(
        await as(SOPHIE).gql<{ meeting: { proposals: { key: string; case: { id: string } | null }[] } }>(
          PROPOSALS,
          { id },
        ),
      ).meeting.proposals.filter((p) => cases.some((c) => c.id === p.case?.id));
      ok(await as(SOPHIE).gql(ACCEPT, { id, keys: proposals.map((p) => p.key) }));
      ok(await as(SOPHIE).gql(ADD_FREE, { id, title: 'Sécurisation du marché de Noël' }));
      const before = (await read(id)).agenda;
      const free = before.find((item) => !item.case)!;
      const others = before.filter((item) => item.case);
      ok(await as(SOPHIE).gql(REORDER, { id, itemIds: [others[0].id, free.id, others[1].id] }));
      const page = (await read(id)).agenda.map((item) => `${item.position}. ${item.title}`);
      expect(page[1]).toBe('2. Sécurisation du marché de Noël');

      const docx = await docxText((await download(SOPHIE, id, 'agenda.docx')).body as Buffer);
      const numbered = docx
        .split('\n')
        .filter((line) => /^\d+\. /.test(line))
        .map((line) => line.replace(/ — .*/, '').replace(/^(\d+\.) \d{2}-\d{4}-\d{6}/, '$1'));
      expect(numbered[1]).toBe('2. Sécurisation du marché de Noël');
      // No section heading regroups the items: one neutral heading, each item's section under it.
      const lines = docx.split('\n');
      const moved = lines.findIndex((line) => line.startsWith('2. Sécurisation'));
      expect(lines[moved + 1]).toBe('Points divers');
      expect(lines.filter((line) => line === 'Points inscrits')).toHaveLength(1);

      ok(await as(SOPHIE).gql(CONVENE, { id }));
      const [mail]: { text: string }[] = await api.dataSource.query(
        `select text from mail_messages where reference_id = $1 and topic = 'meeting.convocation' limit 1`,
        [id],
      );
      const mailItems = mail.text
        .split('\n')
        .filter((line) => /^ {2}\d+\. /.test(line))
        .map((line) => line.trim());
      expect(mailItems[1]).toBe('2. Sécurisation du marché de Noël');
      expect(mail.text).toMatch(/Lieu\s:|Visioconférence\s:/);
    });
  });
});
