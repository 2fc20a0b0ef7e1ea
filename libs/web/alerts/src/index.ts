// Scoped alerts: the notification centre, subscription settings, and for the prefect's cabinet and
// the secretaries of bodies the composer and the sender's view. Lazy-loaded under /alertes.
export * from './lib/alerts.routes';
