import { ALERT_SEVERITY_ORDER, AlertTopic } from '@continuum/domain';
import type { AlertSeverity, NotificationFilterInput, AlertTopic as Topic } from '@continuum/web/data-access';

/**
 * The centre's filters live in the address (`/alertes?nonlues=1&gravite=VIGILANCE,URGENT&origine=MANUAL`),
 * so that a reload, a bookmark or the back button brings the same list. The server filters; the
 * page only checks the alerts that arrive live while it is open. Pure.
 */
export interface CentreFilter {
  unread: boolean;
  unacknowledged: boolean;
  /** In the domain's order (Information, Vigilance, Urgence), each once. */
  severities: string[];
  /** One origin, or '' for all. */
  topic: string;
}

export type QueryParams = Record<string, string | undefined>;

/** The French names of the parameters, by filter field. */
const PARAM = {
  unread: 'nonlues',
  unacknowledged: 'nonacquittees',
  severities: 'gravite',
  topic: 'origine',
} as const;

const TOPICS: readonly string[] = Object.values(AlertTopic);

export const NO_FILTER: CentreFilter = { unread: false, unacknowledged: false, severities: [], topic: '' };

/** What the address says, with anything unknown left out. */
export function filterFromParams(params: QueryParams): CentreFilter {
  const text = (name: string) => (params[name] ?? '').trim();
  const asked = new Set(text(PARAM.severities).split(','));
  const topic = text(PARAM.topic);
  return {
    unread: text(PARAM.unread) === '1',
    unacknowledged: text(PARAM.unacknowledged) === '1',
    severities: ALERT_SEVERITY_ORDER.filter((severity) => asked.has(severity)),
    topic: TOPICS.includes(topic) ? topic : '',
  };
}

/** The address parameters of a change (null removes a parameter, as the router expects). */
export function filterParams(change: Partial<CentreFilter>): Record<string, string | null> {
  const params: Record<string, string | null> = {};
  if (change.unread !== undefined) params[PARAM.unread] = change.unread ? '1' : null;
  if (change.unacknowledged !== undefined) params[PARAM.unacknowledged] = change.unacknowledged ? '1' : null;
  if (change.severities !== undefined) {
    const chosen = ALERT_SEVERITY_ORDER.filter((severity) => change.severities?.includes(severity));
    params[PARAM.severities] = chosen.length ? chosen.join(',') : null;
  }
  if (change.topic !== undefined) params[PARAM.topic] = change.topic || null;
  return params;
}

/** The `notifications` filter: only what is set. */
export function filterInput(filter: CentreFilter): NotificationFilterInput {
  const input: NotificationFilterInput = {};
  if (filter.unread) input.unread = true;
  if (filter.unacknowledged) input.unacknowledged = true;
  if (filter.severities.length) input.severities = filter.severities as AlertSeverity[];
  if (filter.topic) input.topics = [filter.topic as Topic];
  return input;
}

export function activeFilterCount(filter: CentreFilter): number {
  return [filter.unread, filter.unacknowledged, filter.severities.length > 0, filter.topic].filter(Boolean)
    .length;
}

export function sameFilter(a: CentreFilter, b: CentreFilter): boolean {
  return (
    a.unread === b.unread &&
    a.unacknowledged === b.unacknowledged &&
    a.topic === b.topic &&
    a.severities.join(',') === b.severities.join(',')
  );
}

/** The severities with one more or one fewer. */
export function toggled(severities: readonly string[], severity: string, on: boolean): string[] {
  const rest = severities.filter((value) => value !== severity);
  return on ? [...rest, severity] : rest;
}

export interface FilterableNotification {
  readAt: string | null;
  acknowledgedAt: string | null;
  alert: { severity: string; topic: string };
}

/** Whether an alert that arrives live belongs to the list as filtered. */
export function matchesFilter(item: FilterableNotification, filter: CentreFilter): boolean {
  return (
    (!filter.unread || !item.readAt) &&
    (!filter.unacknowledged || !item.acknowledgedAt) &&
    (filter.severities.length === 0 || filter.severities.includes(item.alert.severity)) &&
    (!filter.topic || item.alert.topic === filter.topic)
  );
}

/** Origins only an organisation's managers receive: its automatic forwarding (webhook) stopped. */
const MANAGER_ONLY: readonly string[] = [AlertTopic.WEBHOOK_DISABLED];
/** A spike of the recorded incidents reaches only readers of the diagnostic's figures (never an administrator). */
const FIGURES_READERS: readonly string[] = ['AGENT', 'MANAGER', 'COORDINATOR'];

/** The origins this person can receive (a filter on another would always be empty); the chosen one stays. */
export function receivableTopics<T extends { value: string }>(
  options: readonly T[],
  roles: readonly string[],
  current: string,
): T[] {
  const manager = roles.includes('MANAGER');
  const figures = FIGURES_READERS.some((role) => roles.includes(role));
  return options.filter(
    (option) =>
      option.value === current ||
      ((manager || !MANAGER_ONLY.includes(option.value)) &&
        (figures || option.value !== AlertTopic.INCIDENT_SPIKE)),
  );
}
