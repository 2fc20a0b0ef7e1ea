import type { BodyDetailQuery } from '@continuum/web/data-access';

/** The body as its page reads it; each section gets it and tells the page when it changed it. */
export type BodyDetail = BodyDetailQuery['body'];
