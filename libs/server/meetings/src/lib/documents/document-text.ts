import { ATTENDANCE_LABELS, CONFIDENTIAL_ITEM_LABEL } from '@continuum/domain';
import type { MeetingDocument, MeetingDocumentItem } from './meeting-document';

/**
 * Every word the DOCX and the PDF print, decided once: the renderers receive this text and only
 * choose fonts and positions, so the two files of one meeting can never say different things.
 */
export interface MeetingDocumentText {
  /** « Ordre du jour » or « Compte rendu ». */
  kindLabel: string;
  bodyName: string;
  meetingLabel: string;
  /** « jeudi 10 décembre 2026, de 14 h 00 à 16 h 00 »: lower case, as it reads inside a sentence or a subject. */
  when: string;
  /** The same, alone on its line at the head of a document: « Jeudi 10 décembre 2026, … ». */
  whenHeading: string;
  facts: { label: string; value: string }[];
  /** Minutes only: the approval line, or the draft warning while there is none. */
  status: { text: string; approved: boolean } | null;
  participants: ParticipantsText;
  /** One list, in the agenda's order (empty when there is no item): never regrouped by section. */
  sections: { title: string; items: ItemText[]; emptyText: string | null }[];
  /** The agenda when there is no item at all. */
  noItemsText: string | null;
  /** Agenda: the total planned duration. */
  total: LineText | null;
  /** Minutes: the general summary. */
  summary: { title: string; text: string } | null;
  footer: { edition: string; notice: string | null };
  metadata: { title: string; subject: string; author: string };
}

export type ParticipantsText =
  | { kind: 'attendance'; title: string; columns: [string, string, string]; rows: [string, string, string][] }
  | { kind: 'convened'; title: string; groups: { organization: string; names: string }[] }
  | { kind: 'none'; title: string; text: string };

export interface ItemText {
  /** « 3. », continuing across sections. */
  number: string;
  /** « 45-2026-000123 — Points de deal », or « Point confidentiel ». */
  title: string;
  confidential: boolean;
  lines: LineText[];
}

export interface LineText {
  /** Decides the look only: details are muted, a carried-over item stands out, notes are plain prose. */
  kind: 'section' | 'details' | 'reason' | 'duration' | 'notes' | 'decision' | 'carried-over' | 'total';
  /** « Motif : », printed in bold before the text; null for unlabelled lines. */
  label: string | null;
  text: string;
}

/** French typography: a no-break space inside « 14 h 00 », « 15 min » and before a colon. */
export const NBSP = '\u00a0';
export const DOCUMENT_AUTHOR = 'Continuum';
const LOCALE = 'fr-FR';

export function meetingDocumentText(doc: MeetingDocument): MeetingDocumentText {
  const minutes = doc.kind === 'MINUTES';
  const kindLabel = minutes ? 'Compte rendu' : 'Ordre du jour';
  // The page's order and numbers: a confidential item sits among the others under a neutral
  // heading, so nothing about its place hints at its nature.
  const items = [...doc.items].sort((a, b) => a.position - b.position);
  const sections =
    items.length === 0
      ? []
      : [
          {
            title: minutes ? 'Points examinés' : 'Points inscrits',
            items: items.map((item, index) => itemText(item, index + 1, minutes)),
            emptyText: null,
          },
        ];
  const day = formatDay(doc.startsAt, doc.timeZone);
  return {
    kindLabel,
    bodyName: doc.bodyName,
    meetingLabel: doc.meetingLabel,
    when: formatMeetingWhen(doc.startsAt, doc.endsAt, doc.timeZone),
    whenHeading: capitalize(formatMeetingWhen(doc.startsAt, doc.endsAt, doc.timeZone)),
    facts: facts(doc),
    status: minutes
      ? { text: doc.approval ?? 'Projet de compte rendu — non approuvé', approved: doc.approval != null }
      : null,
    participants: participantsText(doc),
    sections,
    noItemsText:
      items.length > 0
        ? null
        : minutes
          ? 'Aucun point n’a été examiné.'
          : 'Aucun point n’est inscrit à l’ordre du jour.',
    total: minutes || items.length === 0 ? null : totalLine(items),
    summary: minutes && doc.summary?.trim() ? { title: 'Synthèse', text: doc.summary.trim() } : null,
    footer: {
      edition: `Édité pour ${doc.readerLabel} le ${formatDateTime(doc.generatedAt, doc.timeZone)}`,
      notice: doc.notice,
    },
    metadata: {
      title: `${kindLabel} — ${doc.bodyName} — ${doc.meetingLabel} — ${day}`,
      subject: `${kindLabel} de la séance du ${day}`,
      author: DOCUMENT_AUTHOR,
    },
  };
}

/**
 * A confidential item is built from its number and duration alone, whatever else the object may
 * carry: the redaction is the meeting service's, this is the second lock.
 */
function itemText(item: MeetingDocumentItem, position: number, minutes: boolean): ItemText {
  const number = itemNumber(position);
  const duration: LineText[] =
    item.durationMinutes == null
      ? []
      : [{ kind: 'duration', label: label('Durée'), text: formatDuration(item.durationMinutes) }];
  if (item.confidential) {
    return { number, title: CONFIDENTIAL_ITEM_LABEL, confidential: true, lines: duration };
  }
  const lines: LineText[] = [];
  if (item.section) lines.push({ kind: 'section', label: null, text: item.section });
  if (item.details) lines.push({ kind: 'details', label: null, text: item.details });
  if (item.reason) lines.push({ kind: 'reason', label: label('Motif'), text: item.reason });
  lines.push(...duration);
  if (minutes) {
    if (item.notes?.trim()) lines.push({ kind: 'notes', label: null, text: item.notes.trim() });
    for (const decision of item.decisions) {
      lines.push({ kind: 'decision', label: label('Décision'), text: decisionText(decision) });
    }
    if (item.carriedOver)
      lines.push({ kind: 'carried-over', label: null, text: 'Reporté à la prochaine séance' });
  }
  return {
    number,
    title: [item.reference, item.title.trim()].filter(Boolean).join(' — ') || 'Point sans intitulé',
    confidential: false,
    lines,
  };
}

function decisionText(decision: { text: string; owner: string; dueOn: string | null }): string {
  const parts = [decision.text, `${label('Pilote')} ${decision.owner}`];
  if (decision.dueOn) parts.push(`${label('Échéance')} ${formatDueOn(decision.dueOn)}`);
  return parts.join(' — ');
}

function facts(doc: MeetingDocument): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  if (doc.place) rows.push({ label: label('Lieu'), value: doc.place });
  if (doc.visioUrl) rows.push({ label: label('Visioconférence'), value: doc.visioUrl });
  if (!doc.place && !doc.visioUrl) rows.push({ label: label('Lieu'), value: 'à préciser' });
  rows.push({ label: label('Présidence'), value: doc.chairOrganization });
  if (doc.secretary) rows.push({ label: label('Secrétariat'), value: doc.secretary });
  return rows;
}

function participantsText(doc: MeetingDocument): ParticipantsText {
  const title = doc.kind === 'MINUTES' ? 'Participants' : 'Membres convoqués';
  if (doc.participants.length === 0) return { kind: 'none', title, text: 'Aucun participant renseigné.' };
  if (doc.kind === 'MINUTES') {
    return {
      kind: 'attendance',
      title,
      columns: ['Nom', 'Organisation', 'Présence'],
      rows: doc.participants.map((p) => [p.name, p.organization, presence(p.attendance, p.representedBy)]),
    };
  }
  // Grouped by organisation in order of first appearance: a préfecture reads a convocation list
  // as « who represents whom », and a long list stays short.
  const groups = new Map<string, string[]>();
  for (const p of doc.participants) {
    const names = groups.get(p.organization) ?? [];
    names.push(p.name);
    groups.set(p.organization, names);
  }
  return {
    kind: 'convened',
    title,
    groups: [...groups].map(([organization, names]) => ({ organization, names: names.join(', ') })),
  };
}

function presence(attendance: string | null, representedBy: string | null): string {
  if (representedBy) return `Représenté·e par ${representedBy}`;
  if (attendance == null) return '—';
  return attendance in ATTENDANCE_LABELS
    ? ATTENDANCE_LABELS[attendance as keyof typeof ATTENDANCE_LABELS]
    : attendance;
}

/** Confidential items count too: their duration is part of what every reader may see. */
export function totalDuration(items: readonly { durationMinutes: number | null }[]): {
  minutes: number;
  unestimated: number;
} {
  let minutes = 0;
  let unestimated = 0;
  for (const item of items) {
    if (item.durationMinutes == null) unestimated += 1;
    else minutes += Math.max(0, Math.round(item.durationMinutes));
  }
  return { minutes, unestimated };
}

function totalLine(items: readonly MeetingDocumentItem[]): LineText {
  const { minutes, unestimated } = totalDuration(items);
  let text = unestimated === items.length ? 'non estimée' : formatDuration(minutes);
  if (unestimated > 0 && unestimated < items.length) {
    text += ` (hors ${unestimated} point${unestimated > 1 ? 's' : ''} sans durée)`;
  }
  return { kind: 'total', label: label('Durée totale prévue'), text };
}

/** « Durée : » — the label and its colon, with the no-break space French puts before it. */
export function label(word: string): string {
  return `${word}${NBSP}:`;
}

export function itemNumber(position: number): string {
  return `${position}.`;
}

/** « 15 min », « 1 h », « 1 h 15 », « 2 h 05 ». */
export function formatDuration(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total}${NBSP}min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  return rest === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${pad(rest)}`;
}

/** « jeudi 10 décembre 2026 », « mardi 1er juin 2027 ». */
export function formatDay(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(date);
  return parts.map((part) => (part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

/** « 14 h 00 ». */
export function formatTime(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour')?.value ?? '00';
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  return `${hour}${NBSP}h${NBSP}${minute}`;
}

/** « jeudi 10 décembre 2026, de 14 h 00 à 16 h 00 », or « du … à … au … à … » across midnight. */
export function formatMeetingWhen(startsAt: Date, endsAt: Date, timeZone: string): string {
  const startDay = formatDay(startsAt, timeZone);
  const endDay = formatDay(endsAt, timeZone);
  const start = formatTime(startsAt, timeZone);
  const end = formatTime(endsAt, timeZone);
  return startDay === endDay
    ? `${startDay}, de ${start} à ${end}`
    : `du ${startDay} à ${start} au ${endDay} à ${end}`;
}

/** « 3 décembre 2026 à 09 h 12 ». */
export function formatDateTime(date: Date, timeZone: string): string {
  const day = formatDay(date, timeZone).replace(/^\S+ /, '');
  return `${day} à ${formatTime(date, timeZone)}`;
}

/** A calendar date (« 2027-01-15 », as the database stores it) as « 15/01/2027 ». */
export function formatDueOn(dueOn: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dueOn.trim());
  return match ? `${match[3]}/${match[2]}/${match[1]}` : dueOn.trim();
}

/** The words around the page numbers, which the DOCX fills with fields and the PDF with numbers. */
export function pageLabel<T>(current: T, total: T): (string | T)[] {
  return ['Page ', current, ' sur ', total];
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
