import type { JobsOptions } from 'bullmq';

/**
 * The `diagnostic-imports` queue, its job and its retry policy, in one place. A job carries the id of
 * an import and nothing else: the import's status says what is due (reading its lines, or inserting
 * them once the user chose), so the same handler serves both. Its id is the step's (`read-<id>`,
 * `commit-<id>`), so a second enqueue of a step is a no-op.
 */
export const DIAGNOSTIC_IMPORTS_QUEUE = 'diagnostic-imports';
export const PROCESS_IMPORT_JOB = 'process';

export interface ProcessImportJob {
  importId: string;
}

export type ImportStep = 'read' | 'commit';

export function importJobId(step: ImportStep, importId: string): string {
  return `${step}-${importId}`;
}

export function importJobOptions(step: ImportStep, importId: string): JobsOptions {
  return {
    jobId: importJobId(step, importId),
    // A lost database connection or a restart is tried again; the import's rows decide what is left to do.
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 24 * 3600, count: 1_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
