import { GraphQLError } from 'graphql';
import { AppError } from './errors';
import { formatError, translateCoercion } from './format-error';

describe('Errors leaving the server', () => {
  it('keeps a known code, its French message and the field, and nothing else', () => {
    const formatted = formatError(
      {
        message: 'Adresse e-mail invalide.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.email', stacktrace: ['at x'] },
      },
      new GraphQLError('Adresse e-mail invalide.'),
    );
    expect(formatted).toEqual({
      message: 'Adresse e-mail invalide.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.email' },
    });
  });

  it('hides an unexpected error behind a generic French message', () => {
    const formatted = formatError(
      {
        message: 'relation "users" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at Query.run'] },
      },
      new Error('relation "users" does not exist'),
    );
    expect(formatted.message).toMatch(/^Erreur interne du serveur/);
    expect(JSON.stringify(formatted)).not.toMatch(/users|stacktrace/);
  });

  it('says a wrong enum value in French, naming the field', () => {
    expect(
      translateCoercion(
        'Variable "$input" got invalid value "PIRATE" at "input.type"; Value "PIRATE" does not exist in "OrganizationType" enum.',
      ),
    ).toEqual({ field: 'input.type', message: '« PIRATE » n’est pas une valeur possible pour input.type.' });
  });

  it('says a missing required field in French, naming it', () => {
    expect(
      translateCoercion(
        'Variable "$input" got invalid value {} ; Field "name" of required type "String!" was not provided.'.replace(
          ' ;',
          ';',
        ),
      ),
    ).toEqual({ field: 'input.name', message: 'Champ obligatoire manquant : input.name.' });
  });
});

describe('Errors of Apollo Server and graphql-js', () => {
  it('are said in French, keeping their code and locations', () => {
    const formatted = formatError(
      {
        message: 'Cannot query field "idd" on type "Me". Did you mean "id"?',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
      new GraphQLError('Cannot query field "idd" on type "Me". Did you mean "id"?'),
    );
    expect(formatted).toEqual({
      message: 'Champ « idd » inconnu sur le type « Me ». Vouliez-vous dire « id » ?',
      locations: [{ line: 1, column: 8 }],
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('keep an unknown English message behind a French prefix', () => {
    const formatted = formatError(
      { message: 'Something new.', extensions: { code: 'BAD_REQUEST' } },
      new GraphQLError('Something new.'),
    );
    expect(formatted.message).toBe('Requête GraphQL invalide : Something new.');
  });

  it('leave the application’s own messages as they are, even under a graphql-js code', () => {
    const own = new AppError('BAD_USER_INPUT', 'La requête est trop profonde.');
    const formatted = formatError(
      { message: own.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(own.message, { originalError: own }),
    );
    expect(formatted.message).toBe('La requête est trop profonde.');
  });

  it('name a missing variable as the field at fault', () => {
    const message = 'Variable "$id" of required type "ID!" was not provided.';
    expect(
      formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message)),
    ).toEqual({
      message: 'Variable obligatoire manquante : $id (ID!).',
      extensions: { code: 'BAD_USER_INPUT', field: 'id' },
    });
  });

  it('say a persisted query is not supported', () => {
    const formatted = formatError(
      { message: 'PersistedQueryNotSupported', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } },
      new GraphQLError('PersistedQueryNotSupported'),
    );
    expect(formatted).toEqual({
      message: 'Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.',
      extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' },
    });
  });
});
