import {
  AGENDA_SECTION_LABELS,
  AGENDA_SECTION_ORDER,
  AgendaSection,
  Attendance,
  ATTENDANCE_LABELS,
  BODY_KIND_LABELS,
  BodyKind,
  MEETING_KIND_LABELS,
  MEETING_STATUS_LABELS,
  MeetingKind,
  MeetingStatus,
} from '@continuum/domain';

/**
 * The French words of bodies and meetings, from the domain's labels. Pure: the generated GraphQL
 * types are string unions of the domain's enum values, so plain strings come in.
 */

export function bodyKindLabel(kind: string): string {
  return BODY_KIND_LABELS[kind as BodyKind] ?? kind;
}

export function meetingKindLabel(kind: string): string {
  return MEETING_KIND_LABELS[kind as MeetingKind] ?? kind;
}

/** « Séance plénière », « Groupe restreint « Argonne » ». */
export function meetingHeading(meeting: { kind: string; workingGroup: { name: string } | null }): string {
  const kind = meetingKindLabel(meeting.kind);
  return meeting.workingGroup ? `${kind} « ${meeting.workingGroup.name} »` : kind;
}

export function meetingStatusLabel(status: string): string {
  return MEETING_STATUS_LABELS[status as MeetingStatus] ?? status;
}

/** DSFR system badge of a meeting's status: being prepared, convened, held (minutes to approve), done. */
export function meetingStatusBadge(status: string): string {
  switch (status) {
    case 'DRAFT':
      return 'fr-badge--new';
    case 'CONVENED':
      return 'fr-badge--info';
    case 'HELD':
      return 'fr-badge--warning';
    case 'MINUTES_APPROVED':
      return 'fr-badge--success';
    default:
      return 'fr-badge--no-icon';
  }
}

export function sectionLabel(section: string): string {
  return AGENDA_SECTION_LABELS[section as AgendaSection] ?? section;
}

export function attendanceLabel(attendance: string): string {
  return ATTENDANCE_LABELS[attendance as Attendance] ?? attendance;
}

/**
 * « de » before a name, elided before a vowel or a mute h as French writes it: « Présence
 * d’Antoine Roux », « d’Hélène Petit », but « de Sophie Bernard ». Given names starting with an h
 * are nearly all mute in French (Hugo, Hélène, Hervé).
 */
export function ofName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name.trim()) ? `d’${name.trim()}` : `de ${name.trim()}`;
}

/** An invitee's own answer, as the secretary reads it: « Excusé·e », « Représenté·e par Jean Adjoint ». */
export function answerLabel(answer: string | null | undefined, representedBy?: string | null): string {
  if (!answer) return 'Pas de réponse';
  const label = attendanceLabel(answer);
  return answer === Attendance.REPRESENTED && representedBy ? `${label} par ${representedBy}` : label;
}

/** What an invitee may answer to a convocation. */
export const ANSWER_OPTIONS: readonly { value: string; label: string }[] = [
  Attendance.PRESENT,
  Attendance.EXCUSED,
  Attendance.REPRESENTED,
].map((value) => ({ value, label: ATTENDANCE_LABELS[value] }));

/** What the secretary records the day of the meeting (« Convoqué » is only the starting point). */
export const ATTENDANCE_OPTIONS: readonly { value: string; label: string }[] = [
  Attendance.INVITED,
  Attendance.PRESENT,
  Attendance.EXCUSED,
  Attendance.REPRESENTED,
  Attendance.ABSENT,
].map((value) => ({ value, label: ATTENDANCE_LABELS[value] }));

/** The kinds of meeting each kind of body holds (the server refuses the others). */
export function meetingKindsFor(bodyKind: string, hasWorkingGroups: boolean): string[] {
  switch (bodyKind) {
    case BodyKind.CLSPD:
    case BodyKind.CISPD:
      return hasWorkingGroups ? [MeetingKind.PLENIERE, MeetingKind.GROUPE_RESTREINT] : [MeetingKind.PLENIERE];
    case BodyKind.GPO:
      return [MeetingKind.GPO];
    case BodyKind.REVUE_PADRSQ:
      return [MeetingKind.REVUE_BIMESTRIELLE];
    default:
      return [MeetingKind.PLENIERE];
  }
}

interface BodyLike {
  chairOrganization: { id: string };
  secretary: { id: string } | null;
  memberOrganizations: readonly { id: string }[];
  members: readonly { id: string }[];
  workingGroups: readonly { members: readonly { user: { id: string } }[] }[];
}

/** « Secrétariat », « Membre nommé »…: why the user sits in the body, most specific first. */
export function myRoles(body: BodyLike, user: { id: string; organization: { id: string } } | null): string[] {
  if (!user) return [];
  const roles: string[] = [];
  if (body.secretary?.id === user.id) roles.push('Secrétariat');
  if (body.chairOrganization.id === user.organization.id) roles.push('Présidence (mon organisation)');
  if (body.members.some((member) => member.id === user.id)) roles.push('Membre nommé');
  else if (body.memberOrganizations.some((org) => org.id === user.organization.id))
    roles.push('Organisation membre');
  if (body.workingGroups.some((group) => group.members.some((member) => member.user.id === user.id)))
    roles.push('Groupe restreint');
  return roles;
}

interface CharterLike {
  charterCurrent: boolean;
  charterSignedAt: string | null;
  charterSignedVersion: string | null;
}

/**
 * « charte v1 signée le 25 septembre 2026 », « charte non signée ». `signedOn` is the signature's
 * date already in French (the caller formats it, so that this stays free of Angular).
 */
export function charterStatus(member: CharterLike, currentVersion: string, signedOn: string): string {
  if (!member.charterSignedAt || !member.charterSignedVersion) return 'charte non signée';
  const signed = `charte v${member.charterSignedVersion} signée le ${signedOn}`;
  return member.charterCurrent ? signed : `${signed} — la version v${currentVersion} reste à signer`;
}

interface MailLike {
  status: string;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/**
 * The detail of one convocation's delivery, after its badge (« Envoyée », « En attente », « Échec »);
 * `sentOn` and `retryAt` are the mail's instants already in French.
 */
export function mailDetail(mail: MailLike, sentOn: string, retryAt: string): string {
  switch (mail.status) {
    case 'SENT':
      return mail.sentAt ? `le ${sentOn}` : '';
    case 'FAILED':
      return mail.lastError ?? 'raison inconnue';
    default:
      return mail.nextAttemptAt ? `nouvel essai à ${retryAt}` : 'envoi en cours';
  }
}

export function mailBadge(status: string): string {
  return status === 'SENT' ? 'fr-badge--success' : status === 'FAILED' ? 'fr-badge--error' : 'fr-badge--info';
}

export function mailBadgeText(status: string): string {
  return status === 'SENT' ? 'Envoyée' : status === 'FAILED' ? 'Échec' : 'En attente';
}

/** Items grouped by section, in the agenda's order of sections; empty sections left out. */
export function bySection<T extends { section: string }>(
  items: readonly T[],
): { section: string; label: string; items: T[] }[] {
  const order = [...AGENDA_SECTION_ORDER] as string[];
  const sections = [...new Set(items.map((item) => item.section))].sort(
    (a, b) => order.indexOf(a) - order.indexOf(b),
  );
  return sections.map((section) => ({
    section,
    label: sectionLabel(section),
    items: items.filter((item) => item.section === section),
  }));
}

/** A copy of `ids` with the element at `from` moved to `to` (both clamped to the list). */
export function moved<T>(ids: readonly T[], from: number, to: number): T[] {
  const copy = [...ids];
  if (from < 0 || from >= copy.length) return copy;
  const target = Math.max(0, Math.min(copy.length - 1, to));
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}

/** « 1 h 25 prévues pour une séance de 2 h » and whether the agenda overflows the meeting. */
export function agendaLoad(plannedMinutes: number, meetingMinutes: number): { over: number; free: number } {
  return {
    over: Math.max(0, plannedMinutes - meetingMinutes),
    free: Math.max(0, meetingMinutes - plannedMinutes),
  };
}

/** Minutes between two instants. */
export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60000);
}

/** « 3 points », « 1 point », « aucun point ». */
export function pointsCount(count: number): string {
  return count === 0 ? 'aucun point' : `${count} point${count > 1 ? 's' : ''}`;
}
