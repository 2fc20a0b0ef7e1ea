import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { Logger } from '@nestjs/common';
import { AppError } from './errors';
import { frenchGraphqlMessage } from './graphql-messages';
import { isConnectionError, SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable';

const KNOWN = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Codes of the errors Apollo Server and graphql-js raise themselves, with an English message. */
const TRANSLATED = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const logger = new Logger('GraphQL');

/**
 * What leaves the server: a stable code, a message, the field at fault — never a stack trace or
 * an internal message. Anything unexpected is logged and answered with a generic French message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.['code'] ?? '');
  // Only the application names a field: such an error is ours too.
  const own = ourError(error);
  const ours = own !== null || formatted.extensions?.['field'] !== undefined;
  if (code === 'BAD_USER_INPUT' && formatted.extensions?.['field'] === undefined) {
    // A variable GraphQL refused, or one a scalar of ours refused (its message French, the path
    // graphql-js's): named by its path either way.
    const coercion = translateCoercion(formatted.message, own?.message);
    if (coercion) return { message: coercion.message, extensions: { code, field: coercion.field } };
  }
  if (KNOWN.has(code)) {
    const field = formatted.extensions?.['field'];
    return {
      // Ours are French already; Apollo's and graphql-js's are English.
      message: !ours && TRANSLATED.has(code) ? frenchGraphqlMessage(formatted.message) : formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: field === undefined ? { code } : { code, field },
    };
  }
  // The database lost for a moment (a restart, a failover): nothing the request did wrong, and
  // worth trying again — a code the client knows rather than « Erreur interne ».
  if (isConnectionError(error)) {
    logger.warn({ err: error, path: formatted.path }, 'database unavailable');
    return {
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  logger.error({ err: error, formatted }, 'unexpected GraphQL error');
  return {
    message: 'Erreur interne du serveur. Réessayez ; si le problème persiste, contactez l’administrateur.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The error the application raised (its message is French), possibly wrapped by graphql-js. */
function ourError(error: unknown): AppError | null {
  for (let current = error; current; current = (current as GraphQLError).originalError) {
    if (current instanceof AppError) return current;
    if (!(current instanceof GraphQLError)) return null;
  }
  return null;
}

/**
 * GraphQL's own variable-coercion errors (a wrong enum value, a missing required field), said in
 * French with the offending field as a path: `input.type`; a scalar's own refusal (`ownReason`,
 * French already) is prefixed with that path.
 */
export function translateCoercion(
  message: string,
  ownReason?: string,
): { field: string; message: string } | null {
  const absent =
    /^Variable "\$(\w+)" of (?:required|non-null) type "(.+)" (was not provided|must not be null)\.$/.exec(
      message,
    );
  if (absent) {
    const [, variable, type, why] = absent;
    return {
      field: variable,
      message:
        why === 'was not provided'
          ? `Variable obligatoire manquante : $${variable} (${type}).`
          : `La variable $${variable} (${type}) ne peut pas être nulle.`,
    };
  }
  const match = /^Variable "\$(\w+)" got invalid value (.*?)(?: at "([^"]+)")?; (.*)$/s.exec(message);
  if (!match) return null;
  const [, variable, value, at, reason] = match;
  const field = at ?? variable;
  if (ownReason)
    return { field, message: `${field} : ${ownReason.charAt(0).toLowerCase()}${ownReason.slice(1)}` };
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
  if (/^Int cannot represent non 32-bit signed integer/.test(reason))
    return { field, message: `Entier hors limites pour ${field} : ${value.slice(0, 80)}.` };
  return { field, message: `Valeur invalide pour ${field} : ${value.slice(0, 80)}.` };
}
