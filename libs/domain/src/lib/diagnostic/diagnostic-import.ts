/** What a file brings to the diagnostic: the forces' recorded incidents, or the SSMSI's published statistics. */
export enum DiagnosticImportKind {
  INCIDENTS = 'INCIDENTS',
  SSMSI = 'SSMSI',
}

export const DIAGNOSTIC_IMPORT_KIND_LABELS: Readonly<Record<DiagnosticImportKind, string>> = {
  [DiagnosticImportKind.INCIDENTS]: 'Faits enregistrés',
  [DiagnosticImportKind.SSMSI]: 'Statistiques publiées du SSMSI',
};

/**
 * An import's life: received (its columns to map, for incidents) → queued → validating (lines read
 * one by one, progress shown) → awaiting a decision when lines were rejected → committing →
 * imported. Abandoned (« ne rien importer »), refused (the file as a whole) and failed (a technical
 * fault) leave the data as they were.
 */
export enum DiagnosticImportStatus {
  RECEIVED = 'RECEIVED',
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  AWAITING_DECISION = 'AWAITING_DECISION',
  COMMITTING = 'COMMITTING',
  IMPORTED = 'IMPORTED',
  ABANDONED = 'ABANDONED',
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}

export const DIAGNOSTIC_IMPORT_STATUS_LABELS: Readonly<Record<DiagnosticImportStatus, string>> = {
  [DiagnosticImportStatus.RECEIVED]: 'Colonnes à associer',
  [DiagnosticImportStatus.QUEUED]: 'En attente de traitement',
  [DiagnosticImportStatus.VALIDATING]: 'Lecture en cours',
  [DiagnosticImportStatus.AWAITING_DECISION]: 'Lignes refusées : décision attendue',
  [DiagnosticImportStatus.COMMITTING]: 'Enregistrement en cours',
  [DiagnosticImportStatus.IMPORTED]: 'Importé',
  [DiagnosticImportStatus.ABANDONED]: 'Abandonné : rien importé',
  [DiagnosticImportStatus.REFUSED]: 'Fichier refusé',
  [DiagnosticImportStatus.FAILED]: 'Échec technique : rien importé',
};

/** Statuses in which a job is at work or due: the client follows their progress. */
export const RUNNING_IMPORT_STATUSES: readonly DiagnosticImportStatus[] = [
  DiagnosticImportStatus.QUEUED,
  DiagnosticImportStatus.VALIDATING,
  DiagnosticImportStatus.COMMITTING,
];

/** Statuses after which a file of the same content may be sent again as a new import. */
export const CLOSED_WITHOUT_DATA: readonly DiagnosticImportStatus[] = [
  DiagnosticImportStatus.ABANDONED,
  DiagnosticImportStatus.REFUSED,
  DiagnosticImportStatus.FAILED,
];

/** What the user chooses when lines were rejected. */
export enum ImportDecision {
  IMPORT_VALID = 'IMPORT_VALID',
  IMPORT_NOTHING = 'IMPORT_NOTHING',
}
