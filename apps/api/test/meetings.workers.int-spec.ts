import { SmtpCatcher } from '@continuum/server/mail/testing';
import JSZip from 'jszip';
import request from 'supertest';
import { Api, codeOf, inDays, ok, Session, unique } from './api-harness';
import {
  aBody,
  aCase,
  aWorkingGroup,
  BuiltBody,
  BuiltCase,
  BuiltWorkingGroup,
  organizationId,
  userId,
} from './case-factory';

const SOPHIE = 'sophie.bernard@orleans.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const PAUL = 'paul.durand@pm-orleans.demo';
const MARC = 'marc.petit@orleans.demo';
const HUGO = 'hugo.dupont@securite.demo';

const MEETING = `query($id: ID!) { meeting(id: $id) { id status kind plannedMinutes canPrepare canApprove
  agenda { id position section confidential title reason notes carryOver durationMinutes case { id reference title } decisions { text dueOn caseActionId ownerOrganization { name } } }
  invitees { attendance user { email } } } }`;
const PROPOSALS = `query($id: ID!) { meeting(id: $id) { proposals { key section reason title case { id title } } } }`;
const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id status } }`;
const UPDATE = `mutation($id: ID!, $input: MeetingInput!) { updateMeeting(id: $id, input: $input) { id startsAt } }`;
const ACCEPT = `mutation($id: ID!, $keys: [String!]!) { acceptAgendaProposals(meetingId: $id, keys: $keys) { id } }`;
const CONVENE = `mutation($id: ID!) { conveneMeeting(id: $id) { id status } }`;
const DECIDE = `mutation($itemId: ID!, $input: DecisionInput!) { addDecision(itemId: $itemId, input: $input) { id caseActionId } }`;
const UPDATE_ITEM = `mutation($itemId: ID!, $input: AgendaItemUpdate!) { updateAgendaItem(itemId: $itemId, input: $input) { id } }`;

type Agenda = {
  meeting: {
    status: string;
    canPrepare: boolean;
    canApprove: boolean;
    plannedMinutes: number;
    agenda: AgendaItem[];
    invitees: { attendance: string; user: { email: string } }[];
  };
};
interface AgendaItem {
  id: string;
  position: number;
  section: string;
  confidential: boolean;
  title: string | null;
  reason: string | null;
  notes: string | null;
  carryOver: boolean;
  case: { id: string; reference: string; title: string } | null;
  decisions: { text: string; caseActionId: string | null; ownerOrganization: { name: string } }[];
}
type Proposals = {
  meeting: {
    proposals: {
      key: string;
      section: string;
      reason: string;
      title: string | null;
      case: { id: string; title: string } | null;
    }[];
  };
};

describe('Meetings of a coordination body: agenda, redaction, convocation, decisions, minutes', () => {
  let api: Api;
  let catcher: SmtpCatcher;
  let sophie: Session;
  let nadia: Session;
  let laurent: Session;
  let paul: Session;
  let marc: Session;
  let hugo: Session;
  let body: BuiltBody;
  let group: BuiltWorkingGroup;
  let newCase: BuiltCase;
  let strictCase: BuiltCase;
  let redCase: BuiltCase;
  let elsewhere: BuiltCase;
  let meetingId: string;

  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
    api = await Api.start({
      // Its own queues, so that another suite's worker never takes these mails.
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}meetings-${unique()}:`,
      role: 'all',
      mail: {
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        from: 'Continuum <ne-pas-repondre@continuum.test>',
        retryBaseMs: 300,
        batchSize: 50,
      },
    });
    [sophie, nadia, laurent, paul, marc, hugo] = await Promise.all(
      [SOPHIE, NADIA, LAURENT, PAUL, MARC, HUGO].map((email) => api.as(email)),
    );
    body = await aBody(api)
      .named('CLSPD des séances')
      .chairedBy('Mairie d’Orléans')
      .withSecretary(SOPHIE)
      .withMembers(
        'Mairie d’Orléans',
        'Police municipale d’Orléans',
        'DDPN du Loiret',
        'Val de Loire Habitat Démo',
      )
      .build();
    group = await aWorkingGroup(api, body)
      .withMember(SOPHIE)
      .withMember(LAURENT)
      .withMember(NADIA)
      .withMember(PAUL, 'unsigned')
      .build();
    await api.dataSource.query(
      `insert into coordination_body_members (body_id, user_id) select $1, id from users where email = any($2)`,
      [body.id, [SOPHIE, NADIA, LAURENT, PAUL, MARC]],
    );
    newCase = await aCase(api)
      .ownedBy('Police municipale d’Orléans')
      .sensitivity('GREEN')
      .status('ANALYSIS')
      .titled('Rodéos avenue de la Bolière')
      .attachedTo(body)
      .build();
    strictCase = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('AMBER_STRICT')
      .status('RESPONSE')
      .titled('Point de deal rue Dauphine')
      .attachedTo(body)
      .withAction('DDPN du Loiret', 'Surveillance', -5)
      .build();
    redCase = await aCase(api)
      .ownedBy('DDPN du Loiret')
      .sensitivity('RED')
      .status('ANALYSIS')
      .titled('Réseau de revente Argonne')
      .attachedTo(body)
      .inWorkingGroup(group)
      .build();
    elsewhere = await aCase(api)
      .ownedBy('Police municipale d’Orléans')
      .sensitivity('GREEN')
      .status('ANALYSIS')
      .titled('Dépôts sauvages hors instance')
      .build();
  });
  afterAll(async () => {
    await api.stop();
    await catcher.stop();
  });

  const snapshot = async () =>
    api.dataSource.query(
      `select m.status, m.starts_at, m.sequence, (select count(*)::int from agenda_items i where i.meeting_id = m.id) as items
         from meetings m where m.id = $1`,
      [meetingId],
    );

  it('is created by the secretary only, never in the past', async () => {
    const input = { kind: 'PLENIERE', startsAt: inDays(5), durationMinutes: 120, place: 'Hôtel Groslot' };
    const refused = await nadia.gql(CREATE, { bodyId: body.id, input });
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const past = await sophie.gql(CREATE, { bodyId: body.id, input: { ...input, startsAt: inDays(-1) } });
    expect(codeOf(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0].extensions?.['field']).toBe('input.startsAt');
    expect(past.errors?.[0].message).toMatch(/dans le passé/);
    const wrongKind = await sophie.gql(CREATE, { bodyId: body.id, input: { ...input, kind: 'GPO' } });
    expect(wrongKind.errors?.[0].extensions?.['field']).toBe('input.kind');
    meetingId = ok(
      await sophie.gql<{ createMeeting: { id: string; status: string } }>(CREATE, { bodyId: body.id, input }),
    ).createMeeting.id;
    const invitees = ok(await sophie.gql<Agenda>(MEETING, { id: meetingId }))
      .meeting.invitees.map((i) => i.user.email)
      .sort();
    expect(invitees).toEqual([LAURENT, MARC, NADIA, PAUL, SOPHIE].sort());
  });

  it('stays hidden while a draft from everyone but whoever prepares it', async () => {
    expect(codeOf(await nadia.gql(MEETING, { id: meetingId }))).toBe('NOT_FOUND');
    expect(ok(await sophie.gql<Agenda>(MEETING, { id: meetingId })).meeting.canPrepare).toBe(true);
  });

  it('proposes the body’s cases with the reason, never a RED case for a plenary nor another body’s case', async () => {
    await paul.gql(
      `mutation($id: ID!) { escalateCase(caseId: $id, reason: "Recrudescence ce mois-ci") { id } }`,
      { id: newCase.id },
    );
    const proposals = ok(await sophie.gql<Proposals>(PROPOSALS, { id: meetingId })).meeting.proposals;
    const byCase = new Map(proposals.filter((p) => p.case).map((p) => [p.case!.id, p]));
    expect(byCase.get(newCase.id)).toMatchObject({ section: 'NEW_CASES' });
    expect(byCase.get(newCase.id)!.reason).toMatch(/Signalé par Paul Durand.*Recrudescence/);
    expect(byCase.get(strictCase.id)!.reason).toMatch(/1 action en retard/);
    expect(byCase.has(redCase.id)).toBe(false);
    expect(byCase.has(elsewhere.id)).toBe(false);
    expect(codeOf(await nadia.gql(PROPOSALS, { id: meetingId }))).toBe('NOT_FOUND');
  });

  it('refuses an item for a case of another body, or a RED case on a plenary, and changes nothing', async () => {
    const before = await snapshot();
    const other = await sophie.gql(ACCEPT, {
      id: meetingId,
      keys: [`case:${newCase.id}`, `case:${elsewhere.id}`],
    });
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0].message).toMatch(/n’est pas rattaché à cette instance/);
    const red = await sophie.gql(ACCEPT, { id: meetingId, keys: [`case:${redCase.id}`] });
    expect(red.errors?.[0].message).toMatch(/TLP:RED/);
    expect(await snapshot()).toEqual(before);
  });

  it('builds the agenda: accepted items in order, a free item, durations, a reorder', async () => {
    ok(await sophie.gql(ACCEPT, { id: meetingId, keys: [`case:${newCase.id}`, `case:${strictCase.id}`] }));
    ok(
      await sophie.gql(
        `mutation($id: ID!) { addFreeAgendaItem(meetingId: $id, title: "Bilan de la vidéoprotection", durationMinutes: 20) { id } }`,
        { id: meetingId },
      ),
    );
    let agenda = ok(await sophie.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
    expect(agenda.map((item) => item.title)).toEqual([
      newCase.title,
      strictCase.title,
      'Bilan de la vidéoprotection',
    ]);
    ok(
      await sophie.gql(
        `mutation($id: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $ids) { id } }`,
        { id: meetingId, ids: [agenda[2].id, agenda[0].id, agenda[1].id] },
      ),
    );
    ok(await sophie.gql(UPDATE_ITEM, { itemId: agenda[1].id, input: { durationMinutes: 25 } }));
    const incomplete = await sophie.gql(
      `mutation($id: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $ids) { id } }`,
      { id: meetingId, ids: [agenda[0].id] },
    );
    expect(incomplete.errors?.[0].extensions?.['field']).toBe('itemIds');
    const read = ok(await sophie.gql<Agenda>(MEETING, { id: meetingId })).meeting;
    agenda = read.agenda;
    expect(agenda.map((item) => [item.position, item.title])).toEqual([
      [1, 'Bilan de la vidéoprotection'],
      [2, newCase.title],
      [3, strictCase.title],
    ]);
    expect(read.plannedMinutes).toBe(20 + 10 + 25);
  });

  it('convenes: each person receives the agenda as they may read it, with an invitation', async () => {
    const convened = ok(await sophie.gql<{ conveneMeeting: { status: string } }>(CONVENE, { id: meetingId }));
    expect(convened.conveneMeeting.status).toBe('CONVENED');
    const nadiaMail = await catcher.waitFor(
      (mail) => mail.to.includes(NADIA) && /^Convocation — CLSPD des séances/.test(mail.subject),
      15000,
    );
    const laurentMail = await catcher.waitFor(
      (mail) => mail.to.includes(LAURENT) && /^Convocation — CLSPD des séances/.test(mail.subject),
      15000,
    );
    expect(nadiaMail.subject).toMatch(/^Convocation — CLSPD des séances/);
    // The weekday is lower case inside the subject and the sentence (« …, jeudi 10 décembre »).
    expect(nadiaMail.subject).toMatch(
      /, (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? /,
    );
    expect(nadiaMail.text).toMatch(/ : (lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? /);
    expect(nadiaMail.text).toContain('Point confidentiel');
    expect(nadiaMail.text).not.toContain(strictCase.title);
    expect(nadiaMail.html ?? '').not.toContain(strictCase.title);
    expect(nadiaMail.text).toContain(newCase.title);
    expect(laurentMail.text).toContain(strictCase.title);
    expect(laurentMail.calendar?.method).toBe('REQUEST');
    expect(laurentMail.calendar?.content).toMatch(/SEQUENCE:1/);
    const mails = ok(
      await sophie.gql<{ meeting: { mails: { toAddress: string; status: string }[] } }>(
        `query($id: ID!) { meeting(id: $id) { mails { toAddress status } } }`,
        { id: meetingId },
      ),
    );
    expect(mails.meeting.mails.map((mail) => mail.toAddress).sort()).toEqual(
      [LAURENT, MARC, NADIA, PAUL, SOPHIE].sort(),
    );
  });

  it('redacts per reader: a case the reader may not read is a « point confidentiel »; outsiders see nothing', async () => {
    const nadiaView = ok(await nadia.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
    const hidden = nadiaView.find((item) => item.confidential)!;
    expect(hidden).toMatchObject({
      confidential: true,
      title: null,
      reason: null,
      notes: null,
      case: null,
      decisions: [],
    });
    expect(JSON.stringify(nadiaView)).not.toContain(strictCase.title);
    expect(JSON.stringify(nadiaView)).not.toContain(strictCase.reference);
    const laurentView = ok(await laurent.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
    expect(laurentView.find((item) => item.position === hidden.position)).toMatchObject({
      confidential: false,
      title: strictCase.title,
      case: { reference: strictCase.reference },
    });
    expect(codeOf(await hugo.gql(MEETING, { id: meetingId }))).toBe('NOT_FOUND');
  });

  it('lists the meeting only where its reader may see it, and keeps the mails to the secretary', async () => {
    const UPCOMING = `{ upcomingMeetings { id } }`;
    const BODY_MEETINGS = `query($id: ID!) { body(id: $id) { meetings { id } } }`;
    const ids = (data: { upcomingMeetings: { id: string }[] }) => data.upcomingMeetings.map((m) => m.id);
    expect(ids(ok(await nadia.gql(UPCOMING)))).toContain(meetingId);
    expect(ids(ok(await hugo.gql(UPCOMING)))).not.toContain(meetingId);
    const bodyMeetings = (data: { body: { meetings: { id: string }[] } }) =>
      data.body.meetings.map((m) => m.id);
    expect(bodyMeetings(ok(await laurent.gql(BODY_MEETINGS, { id: body.id })))).toContain(meetingId);
    expect(bodyMeetings(ok(await hugo.gql(BODY_MEETINGS, { id: body.id })))).toEqual([]);
    const mails = await nadia.gql(`query($id: ID!) { meeting(id: $id) { id mails { toAddress } } }`, {
      id: meetingId,
    });
    expect(codeOf(mails)).toBe('FORBIDDEN');
    expect(JSON.stringify(mails.data ?? {})).not.toContain('@');
  });

  it('downloads the agenda as DOCX and PDF, redacted for whoever downloads it, journaled', async () => {
    const download = (session: Session, file: string) =>
      request(api.app.getHttpServer())
        .get(`/exports/meetings/${meetingId}/${file}`)
        .set('cookie', session.cookie!)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });
    const docxText = async (session: Session) => {
      const response = await download(session, 'agenda.docx');
      expect(response.status).toBe(200);
      return (await JSZip.loadAsync(response.body as Buffer)).file('word/document.xml')!.async('string');
    };
    const nadiaDocx = await docxText(nadia);
    expect(nadiaDocx).toContain('Point confidentiel');
    expect(nadiaDocx).not.toContain(strictCase.title);
    expect(await docxText(laurent)).toContain(strictCase.title);
    const pdf = await download(nadia, 'agenda.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await download(hugo, 'agenda.pdf')).status).toBe(404);
    expect((await download(nadia, 'minutes.pdf')).status).toBe(409);
    const journal = await api.dataSource.query(
      `select count(*)::int as n from audit_entries where action = 'meeting.exported' and subject_id = $1`,
      [meetingId],
    );
    expect(journal[0].n).toBe(3);
  });

  it('sends an update when the date changes', async () => {
    catcher.clear();
    ok(
      await sophie.gql(UPDATE, {
        id: meetingId,
        input: { kind: 'PLENIERE', startsAt: inDays(6), durationMinutes: 120, place: 'Hôtel Groslot' },
      }),
    );
    const update = await catcher.waitFor(
      (mail) => mail.to.includes(NADIA) && /^Modification/.test(mail.subject),
      15000,
    );
    expect(update.subject).toMatch(/^Modification/);
    expect(update.calendar?.content).toMatch(/SEQUENCE:2/);
  });

  it('convenes a newcomer after the convocation, writing to them alone', async () => {
    const INVITE = `mutation($id: ID!, $users: [ID!]!) { inviteToMeeting(meetingId: $id, userIds: $users) { id } }`;
    const outsider = await sophie.gql(INVITE, { id: meetingId, users: [await userId(api, HUGO)] });
    expect(codeOf(outsider)).toBe('BAD_USER_INPUT');
    const email = `agent.${unique()}@bailleur.demo`;
    const [{ id: newcomer }] = await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Agathe Nouvelle', id, '{agent}', 'x' from organizations where name = 'Val de Loire Habitat Démo' returning id`,
      [email],
    );
    catcher.clear();
    ok(await sophie.gql(INVITE, { id: meetingId, users: [newcomer] }));
    const mail = await catcher.waitFor((m) => m.to.includes(email), 15000);
    expect(mail.subject).toMatch(/^Convocation/);
    expect(mail.text).toContain('Point confidentiel');
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Mails left pending by the other suites may be swept in meanwhile: only this meeting's are counted.
    const ours = catcher.messages.filter((m) => /^Convocation — CLSPD des séances/.test(m.subject));
    expect(ours.map((m) => m.to[0])).toEqual([email]);
    const again = await sophie.gql(INVITE, { id: meetingId, users: [newcomer] });
    expect(again.errors?.[0].message).toMatch(/déjà convoquées/);
  });

  it('delays the convocation while the mail server is down, shows the delay, loses nothing', async () => {
    const MAILS = `query($id: ID!) { meeting(id: $id) { mails { toAddress status attempts lastError nextAttemptAt } } }`;
    type Mails = {
      meeting: {
        mails: {
          toAddress: string;
          status: string;
          attempts: number;
          lastError: string | null;
          nextAttemptAt: string | null;
        }[];
      };
    };
    const second = ok(
      await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: { kind: 'PLENIERE', startsAt: inDays(12), durationMinutes: 60 },
      }),
    ).createMeeting.id;
    ok(
      await sophie.gql(
        `mutation($id: ID!) { addFreeAgendaItem(meetingId: $id, title: "Point d’information", durationMinutes: 10) { id } }`,
        { id: second },
      ),
    );
    await catcher.down();
    catcher.clear();
    try {
      ok(await sophie.gql(CONVENE, { id: second }));
      const until = async (predicate: (mails: Mails['meeting']['mails']) => boolean) => {
        for (let i = 0; i < 100; i++) {
          const mails = ok(await sophie.gql<Mails>(MAILS, { id: second })).meeting.mails;
          if (predicate(mails)) return mails;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error('les convocations ne sont pas dans l’état attendu');
      };
      const delayed = await until((mails) => mails.length === 5 && mails.every((mail) => mail.attempts >= 1));
      for (const mail of delayed) {
        expect(mail.status).toBe('PENDING');
        expect(mail.lastError).toBeTruthy();
        expect(mail.nextAttemptAt).toBeTruthy();
      }
    } finally {
      await catcher.up();
    }
    await until5Sent();
    // The catcher accepts a message first and parses it after: the rows may say SENT a moment
    // before the last messages are readable here.
    const convoked = () =>
      new Set(catcher.messages.filter((mail) => /^Convocation/.test(mail.subject)).map((mail) => mail.to[0]));
    for (let i = 0; i < 50 && convoked().size < 5; i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(convoked().size).toBe(5);

    async function until5Sent() {
      for (let i = 0; i < 150; i++) {
        const mails = ok(await sophie.gql<Mails>(MAILS, { id: second })).meeting.mails;
        if (mails.length === 5 && mails.every((mail) => mail.status === 'SENT')) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('les convocations n’ont pas été remises');
    }
  });

  it('turns a decision into an action of the case for its pilot organisation; a decision needs a pilot', async () => {
    const agenda = ok(await sophie.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
    const item = agenda.find((entry) => entry.case?.id === newCase.id)!;
    // Before the meeting's day nothing of it is recorded (one rule for time): neither held nor decided.
    const early = await sophie.gql(`mutation($id: ID!) { markMeetingHeld(id: $id) { id } }`, {
      id: meetingId,
    });
    expect(early.errors?.[0].message).toMatch(/^La séance a lieu le .* à partir de ce jour\.$/);
    const earlyDecision = await sophie.gql(DECIDE, {
      itemId: item.id,
      input: { text: 'Trop tôt', ownerOrganizationId: await organizationId(api, 'DDPN du Loiret') },
    });
    expect(codeOf(earlyDecision)).toBe('CONFLICT');
    await api.dataSource.query(
      `update meetings set starts_at = now() - interval '2 hours', ends_at = now() where id = $1`,
      [meetingId],
    );
    const missing = await sophie.gql(DECIDE, { itemId: item.id, input: { text: 'Opération conjointe' } });
    expect(missing.errors).toBeDefined();
    const decided = ok(
      await sophie.gql<{ addDecision: { caseActionId: string } }>(DECIDE, {
        itemId: item.id,
        input: {
          text: 'Opération conjointe de sécurisation',
          ownerOrganizationId: await organizationId(api, 'DDPN du Loiret'),
          dueOn: inDays(30).slice(0, 10),
        },
      }),
    );
    const [action] = await api.dataSource.query(
      'select case_id, organization_id, title from case_actions where id = $1',
      [decided.addDecision.caseActionId],
    );
    expect(action).toMatchObject({
      case_id: newCase.id,
      organization_id: await organizationId(api, 'DDPN du Loiret'),
      title: 'Opération conjointe de sécurisation',
    });
    const timeline = await api.dataSource.query(
      `select kind from case_events where case_id = $1 and kind = 'decided'`,
      [newCase.id],
    );
    expect(timeline).toHaveLength(1);
    ok(
      await sophie.gql(UPDATE_ITEM, {
        itemId: item.id,
        input: { notes: 'Présenté par la police municipale.', carryOver: true },
      }),
    );
  });

  it('is held on its day, its minutes approved by the chair only, then frozen', async () => {
    ok(await sophie.gql(`mutation($id: ID!) { markMeetingHeld(id: $id) { id } }`, { id: meetingId }));
    ok(
      await sophie.gql(
        `mutation($id: ID!, $entries: [AttendanceInput!]!) { recordAttendance(meetingId: $id, entries: $entries) { id } }`,
        {
          id: meetingId,
          entries: [
            { userId: await userId(api, NADIA), attendance: 'REPRESENTED', representedBy: 'Jean Adjoint' },
          ],
        },
      ),
    );
    ok(
      await sophie.gql(
        `mutation($id: ID!) { setMinutesSummary(id: $id, summary: "Séance constructive.") { id } }`,
        { id: meetingId },
      ),
    );
    // Not a member of the chair organisation; nor the secretary who drafted them.
    for (const session of [nadia, sophie])
      expect(
        codeOf(await session.gql(`mutation($id: ID!) { approveMinutes(id: $id) { id } }`, { id: meetingId })),
      ).toBe('FORBIDDEN');
    expect(ok(await marc.gql<Agenda>(MEETING, { id: meetingId })).meeting.canApprove).toBe(true);
    ok(await marc.gql(`mutation($id: ID!) { approveMinutes(id: $id) { id status } }`, { id: meetingId }));
    const agenda = ok(await sophie.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
    const frozen = await sophie.gql(UPDATE_ITEM, { itemId: agenda[0].id, input: { notes: 'Ajout tardif' } });
    expect(codeOf(frozen)).toBe('CONFLICT');
    expect(frozen.errors?.[0].message).toMatch(/approuvé est figé/);
    const [row] = await api.dataSource.query('select notes from agenda_items where id = $1', [agenda[0].id]);
    expect(row.notes).toBeNull();
  });

  it('proposes to the next meeting what was carried over and the decisions to follow up', async () => {
    const next = ok(
      await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: { kind: 'PLENIERE', startsAt: inDays(3), durationMinutes: 90 },
      }),
    ).createMeeting.id;
    const proposals = ok(await sophie.gql<Proposals>(PROPOSALS, { id: next })).meeting.proposals;
    const followed = proposals.find((p) => p.case?.id === newCase.id)!;
    expect(followed.section).toBe('CARRIED_OVER');
    expect(followed.reason).toMatch(/1 décision de la dernière séance/);
  });

  it('keeps RED items to a restricted group whose invitees all signed the charter', async () => {
    const create = await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
      bodyId: body.id,
      input: {
        kind: 'GROUPE_RESTREINT',
        workingGroupId: group.id,
        startsAt: inDays(8),
        durationMinutes: 60,
        inviteeUserIds: [await userId(api, SOPHIE), await userId(api, LAURENT)],
      },
    });
    const restricted = ok(create).createMeeting.id;
    ok(await sophie.gql(ACCEPT, { id: restricted, keys: [`case:${redCase.id}`] }));
    const outsider = await sophie.gql(UPDATE, {
      id: restricted,
      input: {
        kind: 'GROUPE_RESTREINT',
        workingGroupId: group.id,
        startsAt: inDays(8),
        durationMinutes: 60,
        inviteeUserIds: [await userId(api, SOPHIE), await userId(api, HUGO)],
      },
    });
    expect(outsider.errors?.[0].message).toMatch(/membres du groupe restreint/);
    const unsigned = await sophie.gql(UPDATE, {
      id: restricted,
      input: {
        kind: 'GROUPE_RESTREINT',
        workingGroupId: group.id,
        startsAt: inDays(8),
        durationMinutes: 60,
        inviteeUserIds: [await userId(api, SOPHIE), await userId(api, PAUL)],
      },
    });
    expect(codeOf(unsigned)).toBe('BAD_USER_INPUT');
    expect(unsigned.errors?.[0].message).toMatch(/Paul Durand n’a pas signé la charte/);
    const invitees = await api.dataSource.query(
      'select count(*)::int as n from meeting_invitees where meeting_id = $1',
      [restricted],
    );
    expect(invitees[0].n).toBe(2);
  });

  it('cuts a working-group member’s access at once when removed, or when a new charter is not yet signed', async () => {
    const READ = `query($id: ID!) { case(id: $id) { id } }`;
    expect(ok(await nadia.gql(READ, { id: redCase.id }))).toBeDefined();
    ok(
      await sophie.gql(
        `mutation($g: ID!) { newCharterVersion(workingGroupId: $g, version: "3") { charterVersion } }`,
        { g: group.id },
      ),
    );
    expect(codeOf(await nadia.gql(READ, { id: redCase.id }))).toBe('NOT_FOUND');
    const wrong = await nadia.gql(
      `mutation($g: ID!) { signCharter(workingGroupId: $g, version: "2") { id } }`,
      { g: group.id },
    );
    expect(wrong.errors?.[0].extensions?.['field']).toBe('version');
    ok(
      await nadia.gql(`mutation($g: ID!) { signCharter(workingGroupId: $g, version: "3") { id } }`, {
        g: group.id,
      }),
    );
    expect(ok(await nadia.gql(READ, { id: redCase.id }))).toBeDefined();
    ok(
      await sophie.gql(
        `mutation($g: ID!, $u: ID!) { removeWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`,
        { g: group.id, u: await userId(api, NADIA) },
      ),
    );
    expect(codeOf(await nadia.gql(READ, { id: redCase.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(
        await hugo.gql(
          `mutation($g: ID!, $u: ID!) { addWorkingGroupMember(workingGroupId: $g, userId: $u) { id } }`,
          { g: group.id, u: await userId(api, HUGO) },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets the secretary reorder a plenary whose case turned RED: the hidden item stays, last', async () => {
    const third = ok(
      await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: { kind: 'PLENIERE', startsAt: inDays(20), durationMinutes: 60 },
      }),
    ).createMeeting.id;
    ok(
      await paul.gql(
        `mutation($id: ID!) { escalateCase(caseId: $id, reason: "À revoir en séance") { id } }`,
        { id: newCase.id },
      ),
    );
    ok(await sophie.gql(ACCEPT, { id: third, keys: [`case:${newCase.id}`, `case:${strictCase.id}`] }));
    ok(
      await sophie.gql(
        `mutation($id: ID!) { addFreeAgendaItem(meetingId: $id, title: "Questions diverses") { id } }`,
        { id: third },
      ),
    );
    await api.dataSource.query(`update cases set sensitivity = 'RED' where id = $1`, [strictCase.id]);
    try {
      const visible = ok(await sophie.gql<Agenda>(MEETING, { id: third })).meeting.agenda;
      expect(visible).toHaveLength(2);
      ok(
        await sophie.gql(
          `mutation($id: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $id, itemIds: $ids) { id } }`,
          {
            id: third,
            ids: [visible[1].id, visible[0].id],
          },
        ),
      );
      const rows = await api.dataSource.query(
        'select case_id, title from agenda_items where meeting_id = $1 order by position',
        [third],
      );
      expect(
        rows.map((row: { case_id: string | null; title: string | null }) => row.case_id ?? row.title),
      ).toEqual(['Questions diverses', newCase.id, strictCase.id]);
    } finally {
      await api.dataSource.query(`update cases set sensitivity = 'AMBER_STRICT' where id = $1`, [
        strictCase.id,
      ]);
    }
  });

  it('never carries a RED item on a plenary, even one that became RED after it was put there', async () => {
    await api.dataSource.query(`update cases set sensitivity = 'RED' where id = $1`, [strictCase.id]);
    try {
      for (const session of [sophie, laurent, nadia]) {
        const agenda = ok(await session.gql<Agenda>(MEETING, { id: meetingId })).meeting.agenda;
        expect(agenda).toHaveLength(2);
        expect(agenda.map((item) => item.position)).toEqual([1, 2]);
      }
    } finally {
      await api.dataSource.query(`update cases set sensitivity = 'AMBER_STRICT' where id = $1`, [
        strictCase.id,
      ]);
    }
  });
});
