export * from './lib/entities';
export * from './lib/diagnostic.module';
export * from './lib/diagnostic-policy.sql';
export { DiagnosticImportProcessor } from './lib/imports/diagnostic-import.processor';
export { addToMonthlyCounts } from './lib/imports/import-sql';
export { INCIDENT_STAGING_COLUMNS } from './lib/imports/staging';
export { copyRow } from './lib/parsing/csv-text';
export { H3_RESOLUTIONS } from './lib/parsing/incident-record';
export { importDirectly, type DirectImport } from './lib/imports/direct-import';
