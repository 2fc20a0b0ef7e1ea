/** Scoped alerts: the vocabulary shared by server and client. */

export enum AlertSeverity {
  INFO = 'INFO',
  VIGILANCE = 'VIGILANCE',
  URGENT = 'URGENT',
}

export const ALERT_SEVERITY_LABELS: Readonly<Record<AlertSeverity, string>> = {
  [AlertSeverity.INFO]: 'Information',
  [AlertSeverity.VIGILANCE]: 'Vigilance',
  [AlertSeverity.URGENT]: 'Urgence',
};

/** Severities in increasing order, for « at least » comparisons. */
export const ALERT_SEVERITY_ORDER: readonly AlertSeverity[] = [
  AlertSeverity.INFO,
  AlertSeverity.VIGILANCE,
  AlertSeverity.URGENT,
];

export function severityRank(severity: AlertSeverity): number {
  return ALERT_SEVERITY_ORDER.indexOf(severity);
}

/** What raised an alert. */
export enum AlertTopic {
  CASE_OPENED = 'CASE_OPENED',
  CASE_REFERRED = 'CASE_REFERRED',
  CASE_STATUS_CHANGED = 'CASE_STATUS_CHANGED',
  CASE_COMMENT_ADDRESSED = 'CASE_COMMENT_ADDRESSED',
  ACTION_DUE_TOMORROW = 'ACTION_DUE_TOMORROW',
  ACTION_OVERDUE = 'ACTION_OVERDUE',
  COMMITMENT_OVERDUE = 'COMMITMENT_OVERDUE',
  MEETING_CONVENED = 'MEETING_CONVENED',
  MEETING_CHANGED = 'MEETING_CHANGED',
  DECISION_ASSIGNED = 'DECISION_ASSIGNED',
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
  /** A category's weekly count in a zone far above its expected level (raised by the platform). */
  INCIDENT_SPIKE = 'INCIDENT_SPIKE',
  MANUAL = 'MANUAL',
}

export const ALERT_TOPIC_LABELS: Readonly<Record<AlertTopic, string>> = {
  [AlertTopic.CASE_OPENED]: 'Nouveau dossier sur mon territoire',
  [AlertTopic.CASE_REFERRED]: 'Saisine de mon organisation',
  [AlertTopic.CASE_STATUS_CHANGED]: 'Changement de statut d’un dossier suivi',
  [AlertTopic.CASE_COMMENT_ADDRESSED]: 'Commentaire adressé à mon organisation',
  [AlertTopic.ACTION_DUE_TOMORROW]: 'Action à échéance demain',
  [AlertTopic.ACTION_OVERDUE]: 'Action en retard',
  [AlertTopic.COMMITMENT_OVERDUE]: 'Engagement d’un contrat en retard',
  [AlertTopic.MEETING_CONVENED]: 'Convocation à une séance',
  [AlertTopic.MEETING_CHANGED]: 'Séance modifiée',
  [AlertTopic.DECISION_ASSIGNED]: 'Décision confiée à mon organisation',
  [AlertTopic.WEBHOOK_DISABLED]: 'Webhook désactivé',
  [AlertTopic.INCIDENT_SPIKE]: 'Hausse inhabituelle de la délinquance enregistrée',
  [AlertTopic.MANUAL]: 'Alerte',
};

export enum AlertChannel {
  IN_APP = 'IN_APP',
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}

export const ALERT_CHANNEL_LABELS: Readonly<Record<AlertChannel, string>> = {
  [AlertChannel.IN_APP]: 'Dans Continuum',
  [AlertChannel.EMAIL]: 'Courriel',
  [AlertChannel.WEBHOOK]: 'Webhook de l’organisation',
};

/** How e-mail alerts reach a user: one mail each, a digest, or none. */
export enum EmailMode {
  IMMEDIATE = 'IMMEDIATE',
  DIGEST = 'DIGEST',
  NONE = 'NONE',
}

export const EMAIL_MODE_LABELS: Readonly<Record<EmailMode, string>> = {
  [EmailMode.IMMEDIATE]: 'Un courriel par alerte',
  [EmailMode.DIGEST]: 'Un récapitulatif groupé',
  [EmailMode.NONE]: 'Pas de courriel',
};

/** Which territory a subscription follows. */
export enum SubscriptionScope {
  COMPETENCE = 'COMPETENCE',
  COMMUNES = 'COMMUNES',
  ZONES = 'ZONES',
  AREA = 'AREA',
}

export const SUBSCRIPTION_SCOPE_LABELS: Readonly<Record<SubscriptionScope, string>> = {
  [SubscriptionScope.COMPETENCE]: 'Tout le territoire de compétence de mon organisation',
  [SubscriptionScope.COMMUNES]: 'Certaines communes',
  [SubscriptionScope.ZONES]: 'Certaines zones',
  [SubscriptionScope.AREA]: 'Une zone dessinée sur la carte',
};

/**
 * The events written to the outbox with the change that causes them (identifiers only, read again
 * when handled): what may raise an alert.
 */
export const DOMAIN_EVENTS = {
  CASE_OPENED: 'case.opened',
  CASE_REFERRED: 'case.referred',
  CASE_STATUS_CHANGED: 'case.status_changed',
  CASE_COMMENT_ADDRESSED: 'case.comment_addressed',
  ACTION_DUE: 'action.due',
  COMMITMENT_OVERDUE: 'commitment.overdue',
  MEETING_CONVENED: 'meeting.convened',
  MEETING_CHANGED: 'meeting.changed',
  DECISION_ASSIGNED: 'decision.assigned',
  ALERT_WRITTEN: 'alert.written',
  WEBHOOK_DISABLED: 'webhook.disabled',
  /** An import of recorded incidents was committed: the spike detection runs (payload: importId). */
  INCIDENTS_IMPORTED: 'incidents.imported',
} as const;
