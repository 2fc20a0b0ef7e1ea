// The diagnostic's vocabulary (incident fields, bands, SSMSI indicators, import statuses): a separate
// entry, so that the client's first page, which imports the domain's policy and dates, does not carry
// the diagnostic's label tables (about 20 ko) — only its lazy page does.
export * from './lib/diagnostic/incident-values';
export * from './lib/diagnostic/incident-fields';
export * from './lib/diagnostic/ssmsi-indicators';
export * from './lib/diagnostic/diagnostic-import';
export * from './lib/diagnostic/figure-text';
