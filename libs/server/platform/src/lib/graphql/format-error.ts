import { GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logger = new Logger('GraphQL');

/**
 * What leaves the server: a stable code, a message, the field at fault — never a stack trace or
 * an internal message. Anything unexpected is logged and answered with a generic French message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  if (KNOWN.has(code)) {
    const field = formatted.extensions?.['field'];
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: field === undefined ? { code } : { code, field },
    };
  }
  logger.error({ err: error, path: formatted.path }, 'unexpected GraphQL error');
  return {
    message: 'Erreur interne du serveur. Réessayez ; si le problème persiste, contactez l’administrateur.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
