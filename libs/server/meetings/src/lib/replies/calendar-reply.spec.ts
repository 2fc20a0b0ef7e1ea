import MailComposer from 'nodemailer/lib/mail-composer';
import { Attendance } from '@continuum/domain';
import { readCalendarReply, replyAddressFor, UnreadableReply } from './calendar-reply';

const REPLY_ADDRESS = 'reponses@continuum.example';
const TOKEN = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
const MEETING = '6f1c2d3e-4b5a-4978-8796-a5b4c3d2e1f0';

/** An iTIP REPLY as Thunderbird writes it, with the answer's ATTENDEE line. */
function replyCalendar(attendee: string, options: { method?: string; uid?: string } = {}): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN',
    `METHOD:${options.method ?? 'REPLY'}`,
    'BEGIN:VEVENT',
    `UID:${options.uid ?? `meeting-${MEETING}@continuum`}`,
    'DTSTAMP:20261207T120000Z',
    'DTSTART:20261214T133000Z',
    'SEQUENCE:1',
    `ORGANIZER;CN=Sophie Bernard:mailto:${replyAddressFor(REPLY_ADDRESS, TOKEN)}`,
    attendee,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** The whole message a mail server would hand over: text, the calendar part and its .ics copy. */
function message(
  calendar: string | null,
  headers: { to?: string; deliveredTo?: string } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    new MailComposer({
      from: 'Nadia Fournier <nadia.fournier@bailleur.example>',
      to: headers.to ?? `Sophie Bernard <${replyAddressFor(REPLY_ADDRESS, TOKEN)}>`,
      subject: 'Accepté : CLSPD — séance plénière',
      text: 'Nadia Fournier a accepté votre invitation.',
      headers: headers.deliveredTo ? { 'Delivered-To': headers.deliveredTo } : {},
      ...(calendar && { icalEvent: { method: 'REPLY', content: calendar } }),
    })
      .compile()
      .build((error, raw) => (error ? reject(error) : resolve(raw))),
  );
}

const nadia = (partstat: string, extra = '') =>
  `ATTENDEE;CN=Nadia Fournier;PARTSTAT=${partstat}${extra}:mailto:nadia.fournier@bailleur.example`;

describe('a calendar reply received at the reply address', () => {
  it('reads accepted as présent·e, declined as excusé·e, with the address’s secret and the meeting', async () => {
    await expect(
      readCalendarReply(await message(replyCalendar(nadia('ACCEPTED'))), REPLY_ADDRESS),
    ).resolves.toEqual({
      token: TOKEN,
      meetingId: MEETING,
      answer: Attendance.PRESENT,
      representedBy: null,
      partstat: 'ACCEPTED',
    });
    const declined = await readCalendarReply(await message(replyCalendar(nadia('DECLINED'))), REPLY_ADDRESS);
    expect(declined.answer).toBe(Attendance.EXCUSED);
  });

  it('reads a delegation as représenté·e by the delegate', async () => {
    const calendar = replyCalendar(
      `${nadia('DELEGATED', ';DELEGATED-TO="mailto:luc.martin@bailleur.example"')}`,
    );
    const reply = await readCalendarReply(await message(calendar), REPLY_ADDRESS);
    expect(reply).toMatchObject({
      answer: Attendance.REPRESENTED,
      representedBy: 'luc.martin@bailleur.example',
    });
  });

  it('takes « peut-être » as no answer', async () => {
    const reply = await readCalendarReply(await message(replyCalendar(nadia('TENTATIVE'))), REPLY_ADDRESS);
    expect(reply).toMatchObject({ answer: null, partstat: 'TENTATIVE' });
  });

  it('finds the secret in Delivered-To when the To header names another address (a forward)', async () => {
    const raw = await message(replyCalendar(nadia('ACCEPTED')), {
      to: 'secretariat@orleans.example',
      deliveredTo: replyAddressFor(REPLY_ADDRESS, TOKEN),
    });
    await expect(readCalendarReply(raw, REPLY_ADDRESS)).resolves.toMatchObject({ token: TOKEN });
  });

  it.each([
    [
      'sent to another address',
      () => message(replyCalendar(nadia('ACCEPTED')), { to: 'reponses@continuum.example' }),
      /n’est adressé à aucune adresse de réponse/,
    ],
    [
      'sent to the reply address of another domain',
      () => message(replyCalendar(nadia('ACCEPTED')), { to: `reponses+${TOKEN}@ailleurs.example` }),
      /n’est adressé à aucune adresse de réponse/,
    ],
    ['without a calendar part', () => message(null), /ne contient pas de réponse d’agenda/],
    [
      'holding an invitation, not a reply',
      () => message(replyCalendar(nadia('ACCEPTED'), { method: 'REQUEST' })),
      /METHOD:REQUEST au lieu de REPLY/,
    ],
    [
      'answering another calendar’s event',
      () => message(replyCalendar(nadia('ACCEPTED'), { uid: 'abc@google.com' })),
      /ne désigne aucune séance/,
    ],
    ['that answers nothing', () => message(replyCalendar(nadia('NEEDS-ACTION'))), /ni accepté, ni refusé/],
    ['of 0 bytes', () => Promise.resolve(Buffer.alloc(0)), /Message vide/],
  ])('refuses a message %s, saying why in French', async (_, build, reason) => {
    const raw = await build();
    const read = readCalendarReply(raw, REPLY_ADDRESS);
    await expect(read).rejects.toBeInstanceOf(UnreadableReply);
    await expect(readCalendarReply(raw, REPLY_ADDRESS)).rejects.toThrow(reason);
  });

  it('writes each invitee’s reply address with its secret', () => {
    expect(replyAddressFor('reponses@continuum.example', TOKEN)).toBe(`reponses+${TOKEN}@continuum.example`);
  });
});
