import type { DeliveryRowFragment } from '@continuum/web/data-access';

// Pure, and free of Angular so its test runs in the unit tier: the few formats it needs, in Paris
// (the same as web/ui's `formatTime` and `formatDate(…, 'date')`).
const TIME_ZONE = 'Europe/Paris';
const day = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'long' });
const clock = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});
const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** « 14 h 05 ». */
function formatTime(date: Date): string {
  const parts = clock.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('hour')} h ${part('minute')}`;
}

/** How long a delivery may stay pending before the page shows it, as the administrator picks it. */
export const STUCK_THRESHOLDS: readonly { minutes: number; label: string }[] = [
  { minutes: 1, label: '1 minute' },
  { minutes: 5, label: '5 minutes' },
  { minutes: 15, label: '15 minutes' },
  { minutes: 60, label: '1 heure' },
  { minutes: 240, label: '4 heures' },
  { minutes: 1440, label: '1 jour' },
];
export const DEFAULT_STUCK_MINUTES = 15;

/** « Courriel » or « Webhook ». */
export function kindLabel(delivery: Pick<DeliveryRowFragment, 'kind'>): string {
  return delivery.kind === 'MAIL' ? 'Courriel' : 'Webhook';
}

/** Who it goes to: the mail's address, or the organisation whose endpoint receives the alert. */
export function recipientOf(
  delivery: Pick<DeliveryRowFragment, 'kind' | 'toAddress' | 'organizationName'>,
): string {
  if (delivery.kind === 'MAIL') return delivery.toAddress ?? 'Adresse inconnue';
  return `Point de réception de ${delivery.organizationName ?? 'l’organisation'}`;
}

/** The last error as the administrator can act on it, with the HTTP status a partner answered. */
export function errorOf(delivery: Pick<DeliveryRowFragment, 'lastError' | 'responseStatus'>): string {
  const status = delivery.responseStatus ? `HTTP ${delivery.responseStatus}` : '';
  const error = delivery.lastError?.trim() ?? '';
  if (status && error && !error.includes(String(delivery.responseStatus))) return `${status} : ${error}`;
  return error || status || 'Aucune erreur enregistrée.';
}

/** « 1 tentative », « 8 tentatives », « aucune tentative ». */
export function attemptsOf(delivery: Pick<DeliveryRowFragment, 'attempts'>): string {
  if (delivery.attempts === 0) return 'Aucune tentative';
  return `${integer.format(delivery.attempts)} ${delivery.attempts > 1 ? 'tentatives' : 'tentative'}`;
}

/**
 * When the next attempt comes, in Paris: « Prochaine tentative à 14 h 30 » today, « Prochaine
 * tentative le 8 décembre 2026 à 14 h 30 » another day; overdue or unknown, said so.
 */
export function nextAttemptOf(nextAttemptAt: string | null | undefined, now = new Date()): string {
  const at = nextAttemptAt ? new Date(nextAttemptAt) : null;
  if (!at || Number.isNaN(at.getTime()))
    return 'Aucune tentative programmée : la reprise automatique doit le reprendre.';
  const when = sameParisDay(at, now) ? `à ${formatTime(at)}` : `le ${parisDateTime(at)}`;
  return at.getTime() < now.getTime() - 60_000
    ? `Tentative attendue depuis ${sameParisDay(at, now) ? formatTime(at) : `le ${parisDateTime(at)}`}`
    : `Prochaine tentative ${when}`;
}

/** « 7 décembre 2026 à 3 h 12 », in Paris. */
export function parisDateTime(value: string | Date): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? '' : `${day.format(date)} à ${formatTime(date)}`;
}

function sameParisDay(a: Date, b: Date): boolean {
  return day.format(a) === day.format(b);
}

/** What the confirmation of a replay says. */
export function replayQuestion(delivery: DeliveryRowFragment): string {
  return delivery.kind === 'MAIL'
    ? `Le courriel « ${delivery.subject ?? 'sans objet'} » à ${recipientOf(delivery)} repartira avec une nouvelle série d’essais.`
    : `L’alerte repartira vers le point de réception de ${delivery.organizationName ?? 'l’organisation'}, avec une nouvelle série d’essais.`;
}

/** What the page says once the server took the replay. */
export function replayDone(delivery: DeliveryRowFragment): string {
  return delivery.kind === 'MAIL'
    ? `Courriel à ${recipientOf(delivery)} renvoyé : il repart avec une nouvelle série d’essais.`
    : `Envoi au webhook de ${delivery.organizationName ?? 'l’organisation'} relancé : il repart avec une nouvelle série d’essais.`;
}
