import type { NewJob } from '@continuum/server/platform';

/**
 * The `diagnostic-imports` queue's job (its attempts, backoff and concurrency are in the platform's
 * registry). A job carries the id of an import and nothing else: the import's status says what is
 * due — reading its lines, or inserting them once the user chose — so one handler serves both. Its
 * id is the step's (`read-<id>`, `commit-<id>`), so a second enqueue of a step is a no-op.
 */
export const DIAGNOSTIC_IMPORTS_QUEUE = 'diagnostic-imports';
export const PROCESS_IMPORT_JOB = 'process';

export type ProcessImportJob = { importId: string };

export type ImportStep = 'read' | 'commit';

export function importJob(step: ImportStep, importId: string): NewJob<ProcessImportJob> {
  return { name: PROCESS_IMPORT_JOB, data: { importId }, id: `${step}-${importId}` };
}
