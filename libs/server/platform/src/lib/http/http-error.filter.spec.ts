import { ArgumentsHost, NotFoundException } from '@nestjs/common';
import { HttpErrorFilter } from './http-error.filter';

function host(path: string, type = 'http') {
  const res = { headersSent: false, status: jest.fn(), setHeader: jest.fn(), json: jest.fn() };
  res.status.mockReturnValue(res);
  res.setHeader.mockReturnValue(res);
  const req = { method: 'GET', path, url: path };
  const argumentsHost = {
    getType: () => type,
    switchToHttp: () => ({ getResponse: () => res, getRequest: () => req }),
  } as unknown as ArgumentsHost;
  return { argumentsHost, res };
}

/** What body-parser throws (http-errors): a status, `expose`, a type. */
function bodyParserError(status: number, type: string, extra: Record<string, unknown> = {}) {
  return Object.assign(new Error('request entity too large'), {
    status,
    statusCode: status,
    expose: true,
    type,
    ...extra,
  });
}

describe('HTTP errors no route catches', () => {
  it('say an unknown address in French, with NOT_FOUND', () => {
    const { argumentsHost, res } = host('/exports/unknown');
    new HttpErrorFilter().catch(new NotFoundException('Cannot GET /exports/unknown'), argumentsHost);
    expect(res.status).toHaveBeenCalledWith(404);
    expect(res.json).toHaveBeenCalledWith({
      code: 'NOT_FOUND',
      message: 'Adresse inconnue : GET /exports/unknown.',
    });
  });

  it('say the body parser’s refusals in French, shaped as GraphQL errors on /graphql', () => {
    const { argumentsHost, res } = host('/graphql');
    new HttpErrorFilter().catch(bodyParserError(413, 'entity.too.large', { limit: 102400 }), argumentsHost);
    expect(res.status).toHaveBeenCalledWith(413);
    expect(res.json).toHaveBeenCalledWith({
      errors: [
        { message: 'Requête trop volumineuse : 100 ko au plus.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('leave a resolver’s error to GraphQL', () => {
    const { argumentsHost, res } = host('/graphql', 'graphql');
    expect(new HttpErrorFilter().catch(new Error('boom'), argumentsHost)).toBeUndefined();
    expect(res.status).not.toHaveBeenCalled();
  });
});
