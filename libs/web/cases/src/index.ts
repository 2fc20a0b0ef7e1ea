// Problem cases: « Mes dossiers » (home), the list with filters, map and exports, one case with its
// whole work, and the forms. Lazy-loaded under /mes-dossiers and /dossiers.
export * from './lib/cases.routes';
