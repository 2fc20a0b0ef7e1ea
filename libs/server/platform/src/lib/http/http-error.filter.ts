import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../graphql/errors';
import { isConnectionError, SERVICE_UNAVAILABLE_MESSAGE } from '../graphql/service-unavailable';

const STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL_SERVER_ERROR: HttpStatus.INTERNAL_SERVER_ERROR,
};

const CODE_OF: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.CONFLICT]: 'CONFLICT',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
};

const DEFAULT_MESSAGES: Partial<Record<number, string>> = {
  [HttpStatus.BAD_REQUEST]: 'Requête invalide.',
  [HttpStatus.NOT_FOUND]: 'Introuvable.',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'Requête trop volumineuse.',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'Type de contenu non pris en charge.',
};

/** What body-parser says (its `type`), in French. */
const BODY_PARSER_MESSAGES: Record<string, (error: BodyParserError) => string> = {
  'entity.too.large': (error) =>
    `Requête trop volumineuse${error.limit ? ` : ${Math.floor(error.limit / 1024)} ko au plus` : ''}.`,
  'entity.parse.failed': () => 'Corps de requête illisible : JSON mal formé.',
  'charset.unsupported': () => 'Jeu de caractères non pris en charge : envoyez le corps en UTF-8.',
  'encoding.unsupported': () => 'Encodage du contenu non pris en charge.',
  'request.aborted': () => 'Requête interrompue avant la fin de son envoi.',
  'request.size.invalid': () => 'Taille de la requête incohérente avec son en-tête Content-Length.',
};

/** An error of Express's body parser (http-errors): a client error, with its status and a type. */
interface BodyParserError {
  status: number;
  type?: string;
  limit?: number;
}

function isClientHttpError(exception: unknown): exception is BodyParserError {
  const status = (exception as { status?: unknown } | null)?.status;
  return (
    exception instanceof Error &&
    typeof status === 'number' &&
    status >= 400 &&
    status < 500 &&
    (exception as { expose?: unknown }).expose === true
  );
}

const INTERNAL =
  'Erreur interne du serveur. Réessayez ; si le problème persiste, contactez l’administrateur.';

const logger = new Logger('HTTP');

/**
 * The HTTP routes (exports, files) answer errors as GraphQL does: a stable code, a French message,
 * the field at fault, never a stack trace. Without it an `AppError` (a GraphQLError) thrown by a
 * guard or a service would leave a plain route as a 500. Messages of Nest's own HTTP exceptions
 * (multer's « File too large ») are English: they are replaced by French ones, per status.
 * Bound as an instance, `@UseFilters(new HttpErrorFilter({ 413: '…' }))`, not through injection.
 *
 * Also bound globally (bootstrap), for what no route catches: an unknown address, and the body
 * parser's refusals (too large, malformed JSON, a charset other than UTF-8), which reach /graphql
 * before Apollo does and are then answered as GraphQL errors. Resolvers' errors pass through
 * untouched: GraphQL formats them itself.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly messages: Partial<Record<number, string>> = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Not an HTTP route (a resolver): Nest's default handling, which rethrows it to GraphQL.
    if (host.getType() !== 'http') return;
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { status, body } = this.describe(exception, req);
    if (res.headersSent) {
      // A streamed answer failed half-way: cut it, so the client sees an incomplete download.
      logger.error({ err: exception }, 'HTTP response failed after its headers were sent');
      res.destroy();
      return;
    }
    res
      .status(status)
      .setHeader('Cache-Control', 'no-store')
      .json(req?.path === '/graphql' ? asGraphqlErrors(body) : body);
  }

  private describe(exception: unknown, req?: Request): { status: number; body: Record<string, unknown> } {
    if (exception instanceof AppError) {
      const code = String(exception.extensions['code']) as ErrorCode;
      const field = exception.extensions['field'];
      return {
        status: STATUS_OF[code] ?? HttpStatus.INTERNAL_SERVER_ERROR,
        body: { code, message: exception.message, ...(typeof field === 'string' && { field }) },
      };
    }
    if (isClientHttpError(exception)) {
      const say = BODY_PARSER_MESSAGES[exception.type ?? ''];
      return this.clientError(exception.status, say?.(exception));
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const message = exception.message;
      // Nest's answer to an address no route serves, and its wrapping of body-parser's JSON errors.
      if (status === HttpStatus.NOT_FOUND && req && /^Cannot [A-Z]+ \//.test(message))
        return this.clientError(status, `Adresse inconnue : ${req.method} ${req.path}.`);
      if (status === HttpStatus.BAD_REQUEST && exception.cause === undefined && /JSON/.test(message))
        return this.clientError(status, BODY_PARSER_MESSAGES['entity.parse.failed'](exception as never));
      return this.clientError(status);
    }
    if (isConnectionError(exception)) {
      logger.warn({ err: exception }, 'database unavailable');
      return {
        status: HttpStatus.SERVICE_UNAVAILABLE,
        body: { code: 'SERVICE_UNAVAILABLE', message: SERVICE_UNAVAILABLE_MESSAGE },
      };
    }
    logger.error({ err: exception }, 'unexpected HTTP error');
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL },
    };
  }

  private clientError(status: number, message?: string): { status: number; body: Record<string, unknown> } {
    return {
      status,
      body: {
        code: CODE_OF[status] ?? 'BAD_USER_INPUT',
        message:
          this.messages[status] ??
          message ??
          DEFAULT_MESSAGES[status] ??
          DEFAULT_MESSAGES[HttpStatus.BAD_REQUEST],
      },
    };
  }
}

/** The same refusal, shaped as Apollo answers a request it cannot read (code BAD_REQUEST). */
function asGraphqlErrors(body: Record<string, unknown>): Record<string, unknown> {
  const code = body['code'] === 'INTERNAL_SERVER_ERROR' ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
  return { errors: [{ message: body['message'], extensions: { code } }] };
}
