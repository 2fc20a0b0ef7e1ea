import { ALERT_SEVERITY_LABELS, ALERT_TOPIC_LABELS, AlertSeverity, AlertTopic } from '@continuum/domain';

/**
 * How an alert's severity and origin read in the UI: the domain's French words, and the DSFR
 * colours (information in blue, vigilance in orange, urgence in red). Pure; shared by the header's
 * notice and the alerts feature.
 */
export function severityLabel(severity: string): string {
  return ALERT_SEVERITY_LABELS[severity as AlertSeverity] ?? severity;
}

export function topicLabel(topic: string): string {
  return ALERT_TOPIC_LABELS[topic as AlertTopic] ?? topic;
}

/** DSFR system badge of a severity. */
export function severityBadgeClass(severity: string): string {
  switch (severity) {
    case 'URGENT':
      return 'fr-badge--error';
    case 'VIGILANCE':
      return 'fr-badge--warning';
    default:
      return 'fr-badge--info';
  }
}

/** DSFR alert (the component) of a severity. */
export function severityAlertClass(severity: string): string {
  switch (severity) {
    case 'URGENT':
      return 'fr-alert--error';
    case 'VIGILANCE':
      return 'fr-alert--warning';
    default:
      return 'fr-alert--info';
  }
}

/** « Alertes, 3 non lues »: the bell's accessible name. */
export function bellLabel(unread: number): string {
  if (unread <= 0) return 'Alertes, aucune non lue';
  return `Alertes, ${unread} non ${unread > 1 ? 'lues' : 'lue'}`;
}

/** What the bell's badge shows: the count, capped so it stays small. */
export function bellCount(unread: number): string {
  return unread > 99 ? '99+' : String(unread);
}
