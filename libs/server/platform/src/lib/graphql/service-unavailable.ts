import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, retry, timer } from 'rxjs';

/** What the user reads when the database (or the network to it) fails for a moment. */
export const SERVICE_UNAVAILABLE_MESSAGE =
  'Le service est momentanément indisponible. Réessayez dans quelques instants ; si vous enregistriez une modification, vérifiez d’abord qu’elle n’a pas déjà été prise en compte.';

/** Node's socket errors on the way to the database. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL's: class 08 (connection exception), 57P01–57P03 (the server shutting down, crashed,
 * or not accepting connections yet), 53300 (too many connections).
 */
const PG_CODE = /^(08...|57P0[123]|53300)$/;

/** pg and pg-pool's own messages, when the socket closes under them (no code then). */
const MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^timeout exceeded when trying to connect/,
  /^Client was closed and is not queryable/,
];

/**
 * Whether the error comes from losing the database for a moment rather than from the request:
 * looked for through the wrappings (GraphQL's `originalError`, TypeORM's `driverError`, a
 * `cause`, the attempts of an AggregateError).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 6) return false;
  const candidate = error as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const code = typeof candidate.code === 'string' ? candidate.code : '';
  if (SOCKET_CODES.has(code) || PG_CODE.test(code)) return true;
  if (
    !code &&
    typeof candidate.message === 'string' &&
    MESSAGES.some((m) => m.test(candidate.message as string))
  )
    return true;
  const nested = [candidate.originalError, candidate.driverError, candidate.cause];
  if (Array.isArray(candidate.errors)) nested.push(...candidate.errors);
  return nested.some((inner) => inner !== error && isConnectionError(inner, depth + 1));
}

/** Wait before a read is tried again: the pool drops the dead connection meanwhile. */
const READ_RETRY_DELAY_MS = 150;

/**
 * A query's root field that failed because the database connection was lost is run once more:
 * a read changes nothing, so running it again is safe. A mutation is never replayed here (it may
 * have committed before the connection dropped): the client gets SERVICE_UNAVAILABLE and decides.
 */
@Injectable()
export class ReadRetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'query' || info.path.prev !== undefined) return next.handle();
    return next.handle().pipe(
      retry({
        count: 1,
        delay: (error: unknown) => {
          if (!isConnectionError(error)) throw error;
          return timer(READ_RETRY_DELAY_MS);
        },
      }),
    );
  }
}
