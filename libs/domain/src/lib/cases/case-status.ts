/** The SARA problem-solving cycle (Scanning, Analysis, Response, Assessment) of a case. */
export enum CaseStatus {
  NEW = 'NEW',
  ANALYSIS = 'ANALYSIS',
  RESPONSE = 'RESPONSE',
  ASSESSMENT = 'ASSESSMENT',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  ON_HOLD = 'ON_HOLD',
  REJECTED = 'REJECTED',
}

export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  [CaseStatus.NEW]: 'Nouveau',
  [CaseStatus.ANALYSIS]: 'Analyse',
  [CaseStatus.RESPONSE]: 'Réponse',
  [CaseStatus.ASSESSMENT]: 'Évaluation',
  [CaseStatus.RESOLVED]: 'Résolu',
  [CaseStatus.CLOSED]: 'Clos',
  [CaseStatus.ON_HOLD]: 'En attente',
  [CaseStatus.REJECTED]: 'Rejeté',
};

const ACTIVE = [CaseStatus.NEW, CaseStatus.ANALYSIS, CaseStatus.RESPONSE, CaseStatus.ASSESSMENT];

/** Where each status may go next. */
export const CASE_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  [CaseStatus.NEW]: [CaseStatus.ANALYSIS, CaseStatus.ON_HOLD, CaseStatus.REJECTED],
  [CaseStatus.ANALYSIS]: [CaseStatus.RESPONSE, CaseStatus.ON_HOLD, CaseStatus.REJECTED],
  [CaseStatus.RESPONSE]: [CaseStatus.ASSESSMENT, CaseStatus.ANALYSIS, CaseStatus.ON_HOLD],
  [CaseStatus.ASSESSMENT]: [CaseStatus.RESOLVED, CaseStatus.RESPONSE, CaseStatus.ON_HOLD],
  [CaseStatus.RESOLVED]: [CaseStatus.CLOSED, CaseStatus.ANALYSIS],
  [CaseStatus.CLOSED]: [],
  [CaseStatus.ON_HOLD]: ACTIVE,
  [CaseStatus.REJECTED]: [CaseStatus.ANALYSIS],
};

/** Cases still being worked (shown as open, proposed as duplicates). */
export const OPEN_STATUSES: readonly CaseStatus[] = [...ACTIVE, CaseStatus.ON_HOLD];

/** A transition that needs a reason: rejecting, putting on hold, reopening. */
export function transitionNeedsReason(from: CaseStatus, to: CaseStatus): boolean {
  return (
    to === CaseStatus.REJECTED ||
    to === CaseStatus.ON_HOLD ||
    ((from === CaseStatus.RESOLVED || from === CaseStatus.REJECTED) && to === CaseStatus.ANALYSIS)
  );
}

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}
