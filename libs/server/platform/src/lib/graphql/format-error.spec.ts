import { GraphQLError } from 'graphql';
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
