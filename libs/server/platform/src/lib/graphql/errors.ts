import { GraphQLError } from 'graphql';

/** Stable codes a client can switch on; the message is French and meant for the user. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const unauthenticated = (message = 'Vous devez vous connecter.') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = 'Vous n’avez pas le droit de faire cela.') =>
  new AppError('FORBIDDEN', message);
export const notFound = (message = 'Introuvable.') => new AppError('NOT_FOUND', message);
export const conflict = (field: string, message: string) => new AppError('CONFLICT', message, { field });
export const tooManyRequests = (message: string) => new AppError('TOO_MANY_REQUESTS', message);

/** Bad input names the offending field (a path such as `input.email`) so the form can point at it. */
export const badInput = (field: string, message: string) =>
  new AppError('BAD_USER_INPUT', message, { field });
