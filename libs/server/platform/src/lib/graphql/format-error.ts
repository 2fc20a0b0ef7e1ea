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
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.['field'] === undefined) {
    const coercion = translateCoercion(formatted.message);
    if (coercion) return { message: coercion.message, extensions: { code, field: coercion.field } };
  }
  if (KNOWN.has(code)) {
    const field = formatted.extensions?.['field'];
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: field === undefined ? { code } : { code, field },
    };
  }
  logger.error({ err: error, formatted }, 'unexpected GraphQL error');
  return {
    message: 'Erreur interne du serveur. Réessayez ; si le problème persiste, contactez l’administrateur.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * GraphQL's own variable-coercion errors (a wrong enum value, a missing required field), said in
 * French with the offending field as a path: `input.type`.
 */
export function translateCoercion(message: string): { field: string; message: string } | null {
  const match = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return null;
  const [, variable, value, at, reason] = match;
  const field = at ?? variable;
  const enumValue = /^Value "(.*)" does not exist in "(\w+)" enum/.exec(reason);
  if (enumValue)
    return { field, message: `« ${enumValue[1]} » n’est pas une valeur possible pour ${field}.` };
  const missing = /^Field "(\w+)" of required type "(.+)" was not provided/.exec(reason);
  if (missing)
    return {
      field: `${field}.${missing[1]}`,
      message: `Champ obligatoire manquant : ${field}.${missing[1]}.`,
    };
  const unknown = /^Field "(\w+)" is not defined by type/.exec(reason);
  if (unknown) return { field: `${field}.${unknown[1]}`, message: `Champ inconnu : ${field}.${unknown[1]}.` };
  return { field, message: `Valeur invalide pour ${field} : ${value.slice(0, 80)}.` };
}
