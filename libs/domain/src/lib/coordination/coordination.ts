/** Coordination bodies, their meetings and agendas: the vocabulary shared by server and client. */

export enum BodyKind {
  CLSPD = 'CLSPD',
  CISPD = 'CISPD',
  GPO = 'GPO',
  ETAT_MAJOR = 'ETAT_MAJOR',
  REVUE_PADRSQ = 'REVUE_PADRSQ',
  OTHER = 'OTHER',
}

export const BODY_KIND_LABELS: Readonly<Record<BodyKind, string>> = {
  [BodyKind.CLSPD]: 'CLSPD',
  [BodyKind.CISPD]: 'CISPD',
  [BodyKind.GPO]: 'Groupe de partenariat opérationnel',
  [BodyKind.ETAT_MAJOR]: 'État-major de sécurité',
  [BodyKind.REVUE_PADRSQ]: 'Revue bimestrielle du PADRSQ',
  [BodyKind.OTHER]: 'Autre instance',
};

/** Bodies that may have restricted working groups (article L132-5 CSI). */
export const BODY_KINDS_WITH_WORKING_GROUPS: readonly BodyKind[] = [BodyKind.CLSPD, BodyKind.CISPD];

export enum MeetingKind {
  PLENIERE = 'PLENIERE',
  GROUPE_RESTREINT = 'GROUPE_RESTREINT',
  GPO = 'GPO',
  REVUE_BIMESTRIELLE = 'REVUE_BIMESTRIELLE',
}

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, string>> = {
  [MeetingKind.PLENIERE]: 'Séance plénière',
  [MeetingKind.GROUPE_RESTREINT]: 'Groupe restreint',
  [MeetingKind.GPO]: 'Réunion du GPO',
  [MeetingKind.REVUE_BIMESTRIELLE]: 'Revue bimestrielle',
};

export enum MeetingStatus {
  DRAFT = 'DRAFT',
  CONVENED = 'CONVENED',
  HELD = 'HELD',
  MINUTES_APPROVED = 'MINUTES_APPROVED',
}

export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  [MeetingStatus.DRAFT]: 'En préparation',
  [MeetingStatus.CONVENED]: 'Convoquée',
  [MeetingStatus.HELD]: 'Tenue',
  [MeetingStatus.MINUTES_APPROVED]: 'Compte rendu approuvé',
};

/** Why a case is proposed for an agenda; the order is the agenda's order of sections. */
export enum AgendaSection {
  /** A PADRSQ review's: the plan's objectives, those off their trajectory first. */
  PLAN_OBJECTIVES = 'PLAN_OBJECTIVES',
  /** A PADRSQ review's: the coordinated operations done since the last review. */
  PLAN_OPERATIONS = 'PLAN_OPERATIONS',
  CARRIED_OVER = 'CARRIED_OVER',
  FOLLOW_UP = 'FOLLOW_UP',
  NEW_CASES = 'NEW_CASES',
  OVERDUE_ACTIONS = 'OVERDUE_ACTIONS',
  ASSESSMENT_DUE = 'ASSESSMENT_DUE',
  ESCALATED = 'ESCALATED',
  BACKLOG = 'BACKLOG',
  FREE = 'FREE',
}

export const AGENDA_SECTION_LABELS: Readonly<Record<AgendaSection, string>> = {
  [AgendaSection.PLAN_OBJECTIVES]: 'Objectifs du plan d’action (les objectifs en retard d’abord)',
  [AgendaSection.PLAN_OPERATIONS]: 'Opérations coordonnées de la période',
  [AgendaSection.CARRIED_OVER]: 'Points reportés de la dernière séance',
  [AgendaSection.FOLLOW_UP]: 'Suivi des décisions de la dernière séance',
  [AgendaSection.NEW_CASES]: 'Nouveaux dossiers depuis la dernière séance',
  [AgendaSection.OVERDUE_ACTIONS]: 'Dossiers avec des actions en retard ou échues avant la séance',
  [AgendaSection.ASSESSMENT_DUE]: 'Dossiers à évaluer',
  [AgendaSection.ESCALATED]: 'Dossiers signalés par un membre',
  [AgendaSection.BACKLOG]: 'Points en attente (non retenus précédemment)',
  [AgendaSection.FREE]: 'Points divers',
};

export const AGENDA_SECTION_ORDER: readonly AgendaSection[] = Object.values(AgendaSection);

export enum Attendance {
  INVITED = 'INVITED',
  PRESENT = 'PRESENT',
  EXCUSED = 'EXCUSED',
  REPRESENTED = 'REPRESENTED',
  ABSENT = 'ABSENT',
}

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  [Attendance.INVITED]: 'Convoqué·e',
  [Attendance.PRESENT]: 'Présent·e',
  [Attendance.EXCUSED]: 'Excusé·e',
  [Attendance.REPRESENTED]: 'Représenté·e',
  [Attendance.ABSENT]: 'Absent·e',
};

/** What an agenda item whose case the reader may not read is shown as (SHARING.md). */
export const CONFIDENTIAL_ITEM_LABEL = 'Point confidentiel';
