import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { simpleParser } from 'mailparser';
import { Attendance } from '@continuum/domain';

// ical.js ships a CommonJS build beside its ES module (the package's `require` condition); its
// types describe the ES module, whose default export is that same object.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');
type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;

/** What an invitee's mail client said when they answered the convocation's invitation. */
export interface CalendarReply {
  /** The secret of the reply address the mail was sent to (`reponses+<jeton>@…`). */
  token: string;
  /** The meeting the reply is about, read from the event's UID (`meeting-<id>@continuum`). */
  meetingId: string;
  /** The answer, or null for « peut-être » (TENTATIVE), which is not one. */
  answer: Attendance | null;
  /** Who represents the invitee, when they delegated (DELEGATED-TO's name or address). */
  representedBy: string | null;
  /** The answer as the calendar wrote it (ACCEPTED, DECLINED, TENTATIVE, DELEGATED). */
  partstat: string;
}

/** A message that cannot be read as a reply to one of our invitations: said in French, kept out. */
export class UnreadableReply extends Error {}

const PARTSTATS: Record<string, Attendance | null> = {
  ACCEPTED: Attendance.PRESENT,
  DECLINED: Attendance.EXCUSED,
  DELEGATED: Attendance.REPRESENTED,
  TENTATIVE: null,
};
const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics']);
/** Where a mail server writes the address a message was delivered to. */
const RECIPIENT_HEADERS = new Set(['delivered-to', 'x-original-to', 'envelope-to', 'to', 'cc']);
const UID = /^meeting-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@continuum$/i;

/** The reply address of one invitee: `reponses@exemple.fr` becomes `reponses+<jeton>@exemple.fr`. */
export function replyAddressFor(replyAddress: string, token: string): string {
  const at = replyAddress.lastIndexOf('@');
  return `${replyAddress.slice(0, at)}+${token}${replyAddress.slice(at)}`;
}

/**
 * Reads a calendar reply (RFC 5546 iTIP `METHOD:REPLY`, as Thunderbird, Outlook or Apple Mail send
 * it back to the invitation's organiser) out of the raw message a mail server received at the
 * reply address. The invitee is known by the secret in the address the message was sent to, never
 * by its From (which anyone writes); the event's UID must name a meeting.
 */
export async function readCalendarReply(raw: Buffer, replyAddress: string): Promise<CalendarReply> {
  if (raw.length === 0) throw new UnreadableReply('Message vide.');
  const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextLinks: true });
  const token = tokenOf(mail.headerLines, replyAddress);
  if (!token)
    throw new UnreadableReply(
      `Le message n’est adressé à aucune adresse de réponse de convocation (${replyAddress.replace('@', '+…@')}).`,
    );
  const part = mail.attachments.find((attachment) => CALENDAR_TYPES.has(attachment.contentType));
  if (!part)
    throw new UnreadableReply(
      'Le message ne contient pas de réponse d’agenda (partie text/calendar) : répondez depuis la séance, au lien de la convocation.',
    );
  let calendar: Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  } catch {
    throw new UnreadableReply('La réponse d’agenda jointe est illisible (format iCalendar attendu).');
  }
  const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase();
  if (method !== 'REPLY')
    throw new UnreadableReply(
      `La partie d’agenda n’est pas une réponse (METHOD:${method || 'absent'} au lieu de REPLY).`,
    );
  const event = calendar.getFirstSubcomponent('vevent');
  const uid = String(event?.getFirstPropertyValue('uid') ?? '');
  const meeting = UID.exec(uid);
  if (!event || !meeting)
    throw new UnreadableReply('La réponse d’agenda ne désigne aucune séance de Continuum (UID inconnu).');
  const attendee = event
    .getAllProperties('attendee')
    .find((property) => typeof property.getParameter('partstat') === 'string');
  const partstat = String(attendee?.getParameter('partstat') ?? '').toUpperCase();
  if (!attendee || !(partstat in PARTSTATS))
    throw new UnreadableReply(
      `La réponse d’agenda ne dit ni accepté, ni refusé, ni délégué (PARTSTAT ${partstat || 'absent'}).`,
    );
  return {
    token,
    meetingId: meeting[1].toLowerCase(),
    answer: PARTSTATS[partstat],
    representedBy: partstat === 'DELEGATED' ? delegate(attendee) : null,
    partstat,
  };
}

function tokenOf(lines: readonly { key: string; line: string }[], replyAddress: string): string | null {
  const at = replyAddress.lastIndexOf('@');
  const local = escapeRegExp(replyAddress.slice(0, at));
  const domain = escapeRegExp(replyAddress.slice(at + 1));
  const pattern = new RegExp(`(?:^|[<\\s,:"])${local}\\+([0-9a-f]{32})@${domain}(?=$|[>\\s,;"])`, 'i');
  for (const { key, line } of lines) {
    if (!RECIPIENT_HEADERS.has(key)) continue;
    const found = pattern.exec(line);
    if (found) return found[1].toLowerCase();
  }
  return null;
}

/** DELEGATED-TO is an address (`mailto:…`); the delegate's own ATTENDEE line may carry their name. */
function delegate(attendee: Property): string | null {
  const to = attendee.getParameter('delegated-to');
  const first = Array.isArray(to) ? to[0] : to;
  if (typeof first !== 'string' || !first) return null;
  return (
    first
      .replace(/^mailto:/i, '')
      .trim()
      .slice(0, 200) || null
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
