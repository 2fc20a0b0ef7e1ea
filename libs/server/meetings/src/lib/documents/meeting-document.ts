/**
 * An agenda or minutes as one reader may see it: already redacted by the meeting service (an
 * item whose case the reader may not read arrives with `confidential: true` and nothing else),
 * so the renderers never decide what to show — they only lay out what they are given.
 */
export interface MeetingDocument {
  kind: 'AGENDA' | 'MINUTES';
  /** « CLSPD d’Orléans ». */
  bodyName: string;
  /** « Séance plénière », « Groupe restreint « Argonne » »… */
  meetingLabel: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone the dates are printed in. */
  timeZone: string;
  place: string | null;
  visioUrl: string | null;
  chairOrganization: string;
  secretary: string | null;
  /** Invited people: « Laurent Moreau (DDPN du Loiret) » with their attendance when held. */
  participants: {
    name: string;
    organization: string;
    attendance: string | null;
    representedBy: string | null;
  }[];
  /**
   * The items in the agenda's order — the order and numbers the meeting page shows, whatever their
   * section (the secretary may move a free item between two case items).
   */
  items: MeetingDocumentItem[];
  /** Minutes only: the general summary the secretary wrote. */
  summary: string | null;
  /** Minutes only: « Approuvé le 12 décembre 2026 par Marc Petit », or null while a draft. */
  approval: string | null;
  /** Who downloads it and when: printed in the footer (« Édité pour … le … »). */
  readerLabel: string;
  generatedAt: Date;
  /** Watermark line for every page: « Démonstration — données fictives » in the demo. */
  notice: string | null;
}

export type MeetingDocumentItem =
  | { confidential: true; position: number; durationMinutes: number | null }
  | {
      confidential: false;
      position: number;
      durationMinutes: number | null;
      /** Why the item is there, as the page labels it (« Suivi des dossiers », « Point libre »). */
      section: string | null;
      /** « 45-2026-000123 » for a case item, null for a free item. */
      reference: string | null;
      title: string;
      /** Case items: « Points de deal — Orléans (La Source) — TLP:AMBER ». */
      details: string | null;
      /** Why it is on the agenda (« Nouveau dossier depuis la dernière séance »). */
      reason: string | null;
      /** Minutes only. */
      notes: string | null;
      decisions: { text: string; owner: string; dueOn: string | null }[];
      carriedOver: boolean;
    };
