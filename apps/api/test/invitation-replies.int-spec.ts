import MailComposer from 'nodemailer/lib/mail-composer';
import request from 'supertest';
import { Api, inDays, ok, Session } from './api-harness';
import { aBody, BuiltBody, userId } from './case-factory';

/**
 * Issue #14: the invitees answer « and the ICS RSVP, if the mail client sends one back, should land
 * there too ». Each invitee's invitation names as organiser their own secret reply address; the
 * mail server hands what arrives there to `POST /inbound/mail`, and the answer is the page's.
 */

const SOPHIE = 'sophie.bernard@orleans.demo'; // secretary
const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const REPLY_ADDRESS = 'reponses@continuum.demo';
const TOKEN = 'jeton-de-reception-du-courrier-de-test-0123456789';

const CREATE = `mutation($bodyId: ID!, $input: MeetingInput!) { createMeeting(bodyId: $bodyId, input: $input) { id } }`;
const ADD_FREE = `mutation($id: ID!, $title: String!) { addFreeAgendaItem(meetingId: $id, title: $title) { id } }`;
const CONVENE = `mutation($id: ID!) { conveneMeeting(id: $id) { id status } }`;
const HELD = `mutation($id: ID!) { markMeetingHeld(id: $id) { id status } }`;
const INVITEES = `query($id: ID!) { meeting(id: $id) { invitees { answer answerRepresentedBy user { email } } } }`;

interface Invitee {
  answer: string | null;
  answerRepresentedBy: string | null;
  user: { email: string };
}

function calendarReply(meetingId: string, email: string, partstat: string, extra = ''): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
    'METHOD:REPLY',
    'BEGIN:VEVENT',
    `UID:meeting-${meetingId}@continuum`,
    'DTSTAMP:20261207T120000Z',
    'SEQUENCE:0',
    `ATTENDEE;PARTSTAT=${partstat}${extra}:mailto:${email}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function mail(to: string, from: string, calendar: string): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    new MailComposer({
      from,
      to,
      subject: 'Réponse : convocation',
      text: 'Réponse à votre invitation.',
      icalEvent: { method: 'REPLY', content: calendar },
    })
      .compile()
      .build((error, raw) => (error ? reject(error) : resolve(raw))),
  );
}

describe('calendar answers sent back by the invitees’ mail clients', () => {
  let api: Api;
  let sophie: Session;
  let body: BuiltBody;
  let meetingId: string;
  const meetings: string[] = [];
  const organizers: Record<string, string> = {};

  const post = (raw: Buffer, token = TOKEN) =>
    request(api.app.getHttpServer())
      .post('/inbound/mail')
      .set('authorization', `Bearer ${token}`)
      .set('content-type', 'message/rfc822')
      .send(raw);
  const invitees = async (id = meetingId) =>
    ok(await sophie.gql<{ meeting: { invitees: Invitee[] } }>(INVITEES, { id })).meeting.invitees;
  const answerOf = async (email: string, id = meetingId) =>
    (await invitees(id)).find((invitee) => invitee.user.email === email)!;
  const convened = async (days = 7) => {
    const ids = await Promise.all([SOPHIE, NADIA, LAURENT].map((email) => userId(api, email)));
    const { id } = ok(
      await sophie.gql<{ createMeeting: { id: string } }>(CREATE, {
        bodyId: body.id,
        input: { kind: 'PLENIERE', startsAt: inDays(days), durationMinutes: 90, inviteeUserIds: ids },
      }),
    ).createMeeting;
    meetings.push(id);
    ok(await sophie.gql(ADD_FREE, { id, title: 'Tour de table' }));
    ok(await sophie.gql(CONVENE, { id }));
    return id;
  };
  /** The ORGANIZER address of the invitation mailed to each invitee. */
  const organizerOf = async (id: string, email: string) => {
    const [row] = await api.dataSource.query(
      `select ics from mail_messages where reference_id = $1 and to_address = $2 and ics is not null`,
      [id, email],
    );
    const calendar = String(row.ics).replace(/\r\n[ \t]/g, '');
    return {
      organizer: /^ORGANIZER[^:]*:mailto:(.+)$/im.exec(calendar)?.[1] ?? null,
      rsvp: /^ATTENDEE[^\r\n]*RSVP=TRUE/m.test(calendar),
    };
  };

  beforeAll(async () => {
    api = await Api.start({ inboundMail: { replyAddress: REPLY_ADDRESS, token: TOKEN } });
    sophie = await api.as(SOPHIE);
    body = await aBody(api)
      .named('CLSPD des réponses d’agenda')
      .chairedBy('Mairie d’Orléans')
      .withSecretary(SOPHIE)
      .withMembers('Mairie d’Orléans', 'DDPN du Loiret', 'Val de Loire Habitat Démo')
      .build();
    meetingId = await convened();
    for (const email of [NADIA, LAURENT])
      organizers[email] = (await organizerOf(meetingId, email)).organizer!;
  });
  afterAll(async () => {
    if (meetings.length)
      await api.dataSource.query('delete from mail_messages where reference_id = any($1::uuid[])', [
        meetings,
      ]);
    await api?.stop();
  });

  it('gives each invitee their own secret reply address as organiser, and asks their calendar to answer', async () => {
    const nadia = await organizerOf(meetingId, NADIA);
    expect(nadia.rsvp).toBe(true);
    expect(nadia.organizer).toMatch(/^reponses\+[0-9a-f]{32}@continuum\.demo$/);
    expect(organizers[LAURENT]).toMatch(/^reponses\+[0-9a-f]{32}@continuum\.demo$/);
    expect(organizers[LAURENT]).not.toBe(nadia.organizer);
  });

  it('records « accepté » as présent·e and « refusé » as excusé·e, journaled as calendar answers', async () => {
    const accepted = await post(
      await mail(organizers[NADIA], NADIA, calendarReply(meetingId, NADIA, 'ACCEPTED')),
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ recorded: true, message: 'Réponse notée : présent·e.' });
    const declined = await post(
      await mail(organizers[LAURENT], LAURENT, calendarReply(meetingId, LAURENT, 'DECLINED')),
    );
    expect(declined.body).toEqual({ recorded: true, message: 'Réponse notée : excusé·e.' });
    expect((await answerOf(NADIA)).answer).toBe('PRESENT');
    expect((await answerOf(LAURENT)).answer).toBe('EXCUSED');
    const [journal] = await api.dataSource.query(
      `select count(*)::int as n from audit_entries
        where action = 'meeting.invitation.answered' and subject_id = $1 and details->>'channel' = 'calendar'`,
      [meetingId],
    );
    expect(journal.n).toBe(2);
  });

  it('records a delegation as représenté·e by the delegate', async () => {
    const calendar = calendarReply(
      meetingId,
      NADIA,
      'DELEGATED',
      ';DELEGATED-TO="mailto:luc.martin@bailleur.demo"',
    );
    expect((await post(await mail(organizers[NADIA], NADIA, calendar))).body.recorded).toBe(true);
    expect(await answerOf(NADIA)).toMatchObject({
      answer: 'REPRESENTED',
      answerRepresentedBy: 'luc.martin@bailleur.demo',
    });
  });

  it('knows the invitee by the address’s secret, never by the From a sender writes', async () => {
    // Laurent's From, sent to the bare reply address: no secret, nothing recorded.
    const forged = await post(
      await mail(REPLY_ADDRESS, LAURENT, calendarReply(meetingId, LAURENT, 'ACCEPTED')),
    );
    expect(forged.status).toBe(400);
    expect(forged.body.message).toMatch(/n’est adressé à aucune adresse de réponse/);
    // A secret that no convocation gave.
    const guessed = await post(
      await mail(
        `reponses+${'0'.repeat(32)}@continuum.demo`,
        LAURENT,
        calendarReply(meetingId, LAURENT, 'ACCEPTED'),
      ),
    );
    expect(guessed.status).toBe(400);
    expect(guessed.body.message).toBe(
      'Aucune convocation ne correspond à cette adresse de réponse et à cette séance.',
    );
    expect((await answerOf(LAURENT)).answer).toBe('EXCUSED');
  });

  it('refuses Nadia’s secret used for a meeting she was not sent it for', async () => {
    const other = await convened(9);
    const reply = await post(await mail(organizers[NADIA], NADIA, calendarReply(other, NADIA, 'ACCEPTED')));
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/Aucune convocation ne correspond/);
    expect((await answerOf(NADIA, other)).answer).toBeNull();
  });

  it('refuses a mail server without the token, and a body that is not a message, changing nothing', async () => {
    const raw = await mail(organizers[LAURENT], LAURENT, calendarReply(meetingId, LAURENT, 'ACCEPTED'));
    const wrong = await post(raw, 'pas-le-bon-jeton');
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Jeton de réception du courrier absent ou invalide.');
    const json = await request(api.app.getHttpServer())
      .post('/inbound/mail')
      .set('authorization', `Bearer ${TOKEN}`)
      .send({ answer: 'PRESENT' });
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/Content-Type: message\/rfc822/);
    const huge = await post(Buffer.concat([raw, Buffer.alloc(1_100_000, 'a')]));
    expect(huge.status).toBe(413);
    expect(huge.body.message).toBe('Requête trop volumineuse : 1024 ko au plus.');
    expect((await answerOf(LAURENT)).answer).toBe('EXCUSED');
  });

  it('takes « peut-être » as no answer, and no answer once the meeting is held', async () => {
    const maybe = await post(
      await mail(organizers[LAURENT], LAURENT, calendarReply(meetingId, LAURENT, 'TENTATIVE')),
    );
    expect(maybe.body.recorded).toBe(false);
    expect(maybe.body.message).toMatch(/« Peut-être » n’est pas une réponse/);
    // Convened for tomorrow (a meeting is never set in the past), then moved to now: held today.
    const today = await convened(1);
    await api.dataSource.query(
      `update meetings set starts_at = now() - interval '1 hour', ends_at = now() + interval '1 hour' where id = $1`,
      [today],
    );
    ok(await sophie.gql(HELD, { id: today }));
    const { organizer } = await organizerOf(today, LAURENT);
    const late = await post(await mail(organizer!, LAURENT, calendarReply(today, LAURENT, 'ACCEPTED')));
    expect(late.body).toEqual({
      recorded: false,
      message: 'La séance a eu lieu : la présence est notée par le secrétariat.',
    });
    expect((await answerOf(LAURENT, today)).answer).toBeNull();
  });

  it('without a reception configured: no route, and invitations ask no answer of the calendar', async () => {
    const plain = await Api.start();
    try {
      const raw = await mail(organizers[NADIA], NADIA, calendarReply(meetingId, NADIA, 'ACCEPTED'));
      const answer = await request(plain.app.getHttpServer())
        .post('/inbound/mail')
        .set('authorization', `Bearer ${TOKEN}`)
        .set('content-type', 'message/rfc822')
        .send(raw);
      expect(answer.status).toBe(404);
      // A meeting convened by this API: its invitations name the secretary and ask no RSVP.
      const secretary = await plain.as(SOPHIE);
      const ids = await Promise.all([SOPHIE, NADIA].map((email) => userId(plain, email)));
      const { id } = ok(
        await secretary.gql<{ createMeeting: { id: string } }>(CREATE, {
          bodyId: body.id,
          input: { kind: 'PLENIERE', startsAt: inDays(11), durationMinutes: 60, inviteeUserIds: ids },
        }),
      ).createMeeting;
      meetings.push(id);
      ok(await secretary.gql(ADD_FREE, { id, title: 'Tour de table' }));
      ok(await secretary.gql(CONVENE, { id }));
      expect(await organizerOf(id, NADIA)).toEqual({ organizer: SOPHIE, rsvp: false });
    } finally {
      await plain.stop();
    }
  });
});
