import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, ErrorCode } from '../graphql/errors';

const STATUS_OF: Record<ErrorCode, number> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
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

const INTERNAL =
  'Erreur interne du serveur. Réessayez ; si le problème persiste, contactez l’administrateur.';

const logger = new Logger('HTTP');

/**
 * The HTTP routes (exports, files) answer errors as GraphQL does: a stable code, a French message,
 * the field at fault, never a stack trace. Without it an `AppError` (a GraphQLError) thrown by a
 * guard or a service would leave a plain route as a 500. Messages of Nest's own HTTP exceptions
 * (multer's « File too large ») are English: they are replaced by French ones, per status.
 * Bound as an instance, `@UseFilters(new HttpErrorFilter({ 413: '…' }))`, not through injection.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly messages: Partial<Record<number, string>> = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (res.headersSent) {
      // A streamed answer failed half-way: cut it, so the client sees an incomplete download.
      logger.error({ err: exception }, 'HTTP response failed after its headers were sent');
      res.destroy();
      return;
    }
    res.status(status).setHeader('Cache-Control', 'no-store').json(body);
  }

  private describe(exception: unknown): { status: number; body: Record<string, unknown> } {
    if (exception instanceof AppError) {
      const code = String(exception.extensions['code']) as ErrorCode;
      const field = exception.extensions['field'];
      return {
        status: STATUS_OF[code] ?? HttpStatus.INTERNAL_SERVER_ERROR,
        body: { code, message: exception.message, ...(typeof field === 'string' && { field }) },
      };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      return {
        status,
        body: {
          code: CODE_OF[status] ?? 'BAD_USER_INPUT',
          message:
            this.messages[status] ?? DEFAULT_MESSAGES[status] ?? DEFAULT_MESSAGES[HttpStatus.BAD_REQUEST],
        },
      };
    }
    logger.error({ err: exception }, 'unexpected HTTP error');
    return {
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      body: { code: 'INTERNAL_SERVER_ERROR', message: INTERNAL },
    };
  }
}
