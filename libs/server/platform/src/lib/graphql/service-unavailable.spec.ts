import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { formatError } from './format-error';
import { isConnectionError, SERVICE_UNAVAILABLE_MESSAGE } from './service-unavailable';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('The database lost for a moment', () => {
  it.each([
    ['pg, socket closed mid-query', new Error('Connection terminated unexpectedly')],
    ['pg-pool, connect timeout', new Error('timeout exceeded when trying to connect')],
    ['refused', pgError('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', pgError('ECONNRESET', 'read ECONNRESET')],
    ['57P01 admin_shutdown', pgError('57P01', 'terminating connection due to administrator command')],
    ['57P03 starting up', pgError('57P03', 'the database system is starting up')],
    ['08006 connection failure', pgError('08006', 'connection failure')],
    [
      'TypeORM wrapping pg',
      new QueryFailedError('select 1', [], new Error('Connection terminated unexpectedly')),
    ],
    [
      'Node’s AggregateError of both addresses',
      Object.assign(new AggregateError([pgError('ECONNREFUSED', 'connect ECONNREFUSED ::1:5432')], ''), {
        code: 'ECONNREFUSED',
      }),
    ],
  ])('is recognised: %s', (_, error) => {
    expect(isConnectionError(error)).toBe(true);
    expect(isConnectionError(new GraphQLError('wrapped', { originalError: error }))).toBe(true);
  });

  it.each([
    ['a unique violation', pgError('23505', 'duplicate key value violates unique constraint')],
    ['an invalid uuid', pgError('22P02', 'invalid input syntax for type uuid: ""')],
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    ['a serialization failure', pgError('40001', 'could not serialize access')],
  ])('is not confused with %s', (_, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it('is answered SERVICE_UNAVAILABLE with a French message saying it may be retried, nothing internal', () => {
    const error = pgError('57P01', 'terminating connection due to administrator command');
    const formatted = formatError(
      { message: error.message, path: ['createCase'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(error.message, { originalError: error }),
    );
    expect(formatted).toEqual({
      message: SERVICE_UNAVAILABLE_MESSAGE,
      path: ['createCase'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    expect(formatted.message).toMatch(/momentanément indisponible.*Réessayez/);
  });
});
