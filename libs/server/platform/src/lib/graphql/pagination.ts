import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from './errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** Page size from `first`, refused outside 1…100 with the field named. */
export function pageSize(first: number | null | undefined, fallback = 50): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput('first', `« first » doit être compris entre 1 et ${MAX_PAGE_SIZE}.`);
  }
  return size;
}

export function encodeCursor(value: string): string {
  return Buffer.from(value, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): string | null {
  if (!cursor) return null;
  const value = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!value) throw badInput(field, `Curseur « ${field} » invalide.`);
  return value;
}

/**
 * Cost of a field that runs a database query of many rows, for the cost limit: at the root of an
 * operation, or for each parent when it takes `first` (a nested page). A list nested without
 * `first` is loaded for all its parents at once: it costs 1 per parent (see `costEstimator`).
 */
export const LIST_COMPLEXITY = 50;
