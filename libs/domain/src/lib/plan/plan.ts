// The PADRSQ's vocabulary (issue #15): the plan, its sections and versions, its objectives and
// their indicators, the coordinated operations and the hours of visible presence that carry it out.

/** A plan's version goes draft → submitted → adopted; an adopted version is frozen for good. */
export enum PlanStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ADOPTED = 'ADOPTED',
}

export const PLAN_STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  [PlanStatus.DRAFT]: 'Projet',
  [PlanStatus.SUBMITTED]: 'Soumis à l’adoption',
  [PlanStatus.ADOPTED]: 'Adopté',
};

/** The circular's five sections, in its order (2024-11-19, « plan d'action »). */
export enum PlanSection {
  DIAGNOSTIC = 'DIAGNOSTIC',
  RESULTS = 'RESULTS',
  MODES_OF_ACTION = 'MODES_OF_ACTION',
  CONTINUUM = 'CONTINUUM',
  DIALOGUE = 'DIALOGUE',
}

export const PLAN_SECTIONS: readonly PlanSection[] = [
  PlanSection.DIAGNOSTIC,
  PlanSection.RESULTS,
  PlanSection.MODES_OF_ACTION,
  PlanSection.CONTINUUM,
  PlanSection.DIALOGUE,
];

export const PLAN_SECTION_LABELS: Readonly<Record<PlanSection, string>> = {
  [PlanSection.DIAGNOSTIC]: '1. Diagnostic de la délinquance du quotidien',
  [PlanSection.RESULTS]: '2. Résultats concrets recherchés',
  [PlanSection.MODES_OF_ACTION]: '3. Modes d’action spécifiques',
  [PlanSection.CONTINUUM]: '4. Mobilisation du continuum de sécurité',
  [PlanSection.DIALOGUE]: '5. Dialogue avec les élus et la population',
};

/** Where an indicator's value comes from: the platform's own data, or a figure entered with its source. */
export enum IndicatorSource {
  INCIDENTS = 'INCIDENTS',
  CASES_OPENED = 'CASES_OPENED',
  CASES_RESOLVED = 'CASES_RESOLVED',
  CASE_RESOLUTION_DAYS = 'CASE_RESOLUTION_DAYS',
  ACTIONS_ON_TIME = 'ACTIONS_ON_TIME',
  OPERATIONS = 'OPERATIONS',
  OPERATION_OUTCOME = 'OPERATION_OUTCOME',
  PRESENCE_HOURS = 'PRESENCE_HOURS',
  PROPOSALS_RECEIVED = 'PROPOSALS_RECEIVED',
  PROPOSAL_ANSWER_DAYS = 'PROPOSAL_ANSWER_DAYS',
  COMMITMENTS_KEPT = 'COMMITMENTS_KEPT',
  MANUAL = 'MANUAL',
}

export const INDICATOR_SOURCE_LABELS: Readonly<Record<IndicatorSource, string>> = {
  [IndicatorSource.INCIDENTS]: 'Faits enregistrés (diagnostic)',
  [IndicatorSource.CASES_OPENED]: 'Dossiers ouverts',
  [IndicatorSource.CASES_RESOLVED]: 'Dossiers résolus',
  [IndicatorSource.CASE_RESOLUTION_DAYS]: 'Délai médian de résolution des dossiers (jours)',
  [IndicatorSource.ACTIONS_ON_TIME]: 'Actions réalisées dans les délais (%)',
  [IndicatorSource.OPERATIONS]: 'Opérations coordonnées menées',
  [IndicatorSource.OPERATION_OUTCOME]: 'Résultats des opérations coordonnées',
  [IndicatorSource.PRESENCE_HOURS]: 'Heures de présence visible',
  [IndicatorSource.PROPOSALS_RECEIVED]: 'Propositions reçues des élus et de la population',
  [IndicatorSource.PROPOSAL_ANSWER_DAYS]: 'Délai médian de réponse aux propositions (jours)',
  [IndicatorSource.COMMITMENTS_KEPT]: 'Engagements des contrats tenus dans les délais (%)',
  [IndicatorSource.MANUAL]: 'Saisie manuelle (avec sa source)',
};

/** Whether the objective is reached by bringing the value down (burglaries) or up (presence hours). */
export enum IndicatorDirection {
  DECREASE = 'DECREASE',
  INCREASE = 'INCREASE',
}

export const INDICATOR_DIRECTION_LABELS: Readonly<Record<IndicatorDirection, string>> = {
  [IndicatorDirection.DECREASE]: 'à la baisse',
  [IndicatorDirection.INCREASE]: 'à la hausse',
};

/** Where an objective stands against the straight line from its baseline to its target. */
export enum ObjectiveProgress {
  REACHED = 'REACHED',
  ON_TRACK = 'ON_TRACK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

export const OBJECTIVE_PROGRESS_LABELS: Readonly<Record<ObjectiveProgress, string>> = {
  [ObjectiveProgress.REACHED]: 'Cible atteinte',
  [ObjectiveProgress.ON_TRACK]: 'En bonne voie',
  [ObjectiveProgress.OFF_TRACK]: 'En retard sur la trajectoire',
  [ObjectiveProgress.NO_DATA]: 'Pas encore de donnée',
};

/** « combattre les écosystèmes délinquants par des opérations coordonnées »: what an operation targets. */
export enum OperationKind {
  STUPEFIANTS = 'STUPEFIANTS',
  RODEOS = 'RODEOS',
  TRANSPORTS = 'TRANSPORTS',
  CONTROLE_ETABLISSEMENTS = 'CONTROLE_ETABLISSEMENTS',
  SECURISATION_VOIE_PUBLIQUE = 'SECURISATION_VOIE_PUBLIQUE',
  ZONE_RURALE = 'ZONE_RURALE',
  AUTRE = 'AUTRE',
}

export const OPERATION_KIND_LABELS: Readonly<Record<OperationKind, string>> = {
  [OperationKind.STUPEFIANTS]: 'Lutte contre les stupéfiants',
  [OperationKind.RODEOS]: 'Lutte contre les rodéos motorisés',
  [OperationKind.TRANSPORTS]: 'Sécurité dans les transports',
  [OperationKind.CONTROLE_ETABLISSEMENTS]: 'Contrôles d’établissements (URSSAF, DDFiP, douanes, ARS…)',
  [OperationKind.SECURISATION_VOIE_PUBLIQUE]: 'Sécurisation de la voie publique',
  [OperationKind.ZONE_RURALE]: 'Délinquance en zone rurale',
  [OperationKind.AUTRE]: 'Autre',
};

export enum OperationStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export const OPERATION_STATUS_LABELS: Readonly<Record<OperationStatus, string>> = {
  [OperationStatus.PLANNED]: 'Prévue',
  [OperationStatus.DONE]: 'Menée',
  [OperationStatus.CANCELLED]: 'Annulée',
};

/** The figures each participating organisation enters for its part of an operation. */
export enum OutcomeMeasure {
  INTERPELLATIONS = 'INTERPELLATIONS',
  VERBALISATIONS = 'VERBALISATIONS',
  FERMETURES_ADMINISTRATIVES = 'FERMETURES_ADMINISTRATIVES',
  MONTANTS_RECOUVRES = 'MONTANTS_RECOUVRES',
  SAISIES = 'SAISIES',
}

export const OUTCOME_MEASURE_LABELS: Readonly<Record<OutcomeMeasure, string>> = {
  [OutcomeMeasure.INTERPELLATIONS]: 'Interpellations',
  [OutcomeMeasure.VERBALISATIONS]: 'Verbalisations',
  [OutcomeMeasure.FERMETURES_ADMINISTRATIVES]: 'Fermetures administratives',
  [OutcomeMeasure.MONTANTS_RECOUVRES]: 'Montants recouvrés (€)',
  [OutcomeMeasure.SAISIES]: 'Saisies (nombre)',
};

/** Where visible presence is counted: the circular's two « résultats concrets ». */
export enum PresenceSetting {
  VOIE_PUBLIQUE = 'VOIE_PUBLIQUE',
  TRANSPORTS = 'TRANSPORTS',
}

export const PRESENCE_SETTING_LABELS: Readonly<Record<PresenceSetting, string>> = {
  [PresenceSetting.VOIE_PUBLIQUE]: 'Voie publique',
  [PresenceSetting.TRANSPORTS]: 'Transports en commun',
};

/**
 * What an indicator computed from the platform's data counts: categories of facts or cases,
 * communes, a zone, the kinds of operations and the measure of their outcome, the setting of
 * presence. Each source reads the parameters that make sense for it; any other is refused.
 */
export interface IndicatorParameters {
  categories?: string[];
  communeCodes?: string[];
  zoneId?: string;
  operationKinds?: OperationKind[];
  outcome?: OutcomeMeasure;
  setting?: PresenceSetting;
}

/** Which parameters each source accepts (the rest is « une donnée inconnue » for it). */
export const INDICATOR_PARAMETERS_BY_SOURCE: Readonly<
  Record<IndicatorSource, readonly (keyof IndicatorParameters)[]>
> = {
  [IndicatorSource.INCIDENTS]: ['categories', 'communeCodes'],
  [IndicatorSource.CASES_OPENED]: ['categories', 'communeCodes', 'zoneId'],
  [IndicatorSource.CASES_RESOLVED]: ['categories', 'communeCodes', 'zoneId'],
  [IndicatorSource.CASE_RESOLUTION_DAYS]: ['categories', 'communeCodes', 'zoneId'],
  [IndicatorSource.ACTIONS_ON_TIME]: ['categories', 'communeCodes', 'zoneId'],
  [IndicatorSource.OPERATIONS]: ['operationKinds', 'communeCodes', 'zoneId'],
  [IndicatorSource.OPERATION_OUTCOME]: ['operationKinds', 'communeCodes', 'zoneId', 'outcome'],
  [IndicatorSource.PRESENCE_HOURS]: ['setting', 'communeCodes', 'zoneId'],
  [IndicatorSource.PROPOSALS_RECEIVED]: ['communeCodes'],
  [IndicatorSource.PROPOSAL_ANSWER_DAYS]: ['communeCodes'],
  [IndicatorSource.COMMITMENTS_KEPT]: ['communeCodes'],
  [IndicatorSource.MANUAL]: [],
};

/** Presence is counted in agent-hours: no agent is present more than 24 hours a day. */
export const MAX_PRESENCE_HOURS_PER_AGENT_PER_DAY = 24;
