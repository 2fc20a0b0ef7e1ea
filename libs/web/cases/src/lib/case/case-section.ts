import type { CaseDetailFragment } from '@continuum/web/data-access';

/** The case as the page reads it; every section gets it and tells the page when it changed it. */
export type CaseDetail = CaseDetailFragment;
