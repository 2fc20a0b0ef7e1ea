/**
 * Why someone reads the persons of a case (SHARING.md, Decisions: « a motive is asked for reading
 * persons »): asked once per case and session, from this closed list, and written in the journal.
 */
export enum ReadMotive {
  CASE_FOLLOW_UP = 'CASE_FOLLOW_UP',
  MEETING_PREPARATION = 'MEETING_PREPARATION',
  PARTNER_REQUEST = 'PARTNER_REQUEST',
  OTHER = 'OTHER',
}

export const READ_MOTIVE_LABELS: Readonly<Record<ReadMotive, string>> = {
  [ReadMotive.CASE_FOLLOW_UP]: 'Suivi du dossier',
  [ReadMotive.MEETING_PREPARATION]: 'Préparation d’une instance',
  [ReadMotive.PARTNER_REQUEST]: 'Demande d’un partenaire',
  [ReadMotive.OTHER]: 'Autre',
};

/** The most characters of the text that goes with « Autre ». */
export const MAX_MOTIVE_DETAIL = 300;
