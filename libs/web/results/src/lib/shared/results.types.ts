import type { CommuneResultsQuery } from '@continuum/web/data-access';

/** A commune's results as the page receives them. */
export type CommuneResults = CommuneResultsQuery['communeResults'];
