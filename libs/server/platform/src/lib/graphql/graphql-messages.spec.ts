import { frenchGraphqlMessage, translateGraphqlMessage } from './graphql-messages';

describe('Apollo’s and graphql-js’s messages, in French', () => {
  it.each([
    [
      "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
      /^Requête refusée par la protection contre la falsification de requêtes \(CSRF\)/,
    ],
    [
      'Cannot query field "idd" on type "Me". Did you mean "id", "email", or "roles"?',
      /^Champ « idd » inconnu sur le type « Me »\. Vouliez-vous dire « id », « email » ou « roles » \?$/,
    ],
    ['Cannot query field "x" on type "Me".', /^Champ « x » inconnu sur le type « Me »\.$/],
    [
      'Value "PIRATE" does not exist in "OrganizationType" enum. Did you mean the enum value "PARQUET"?',
      /^« PIRATE » n’est pas une valeur de « OrganizationType »\. Vouliez-vous dire « PARQUET » \?$/,
    ],
    [
      'Variable "$id" of required type "ID!" was not provided.',
      /^Variable obligatoire manquante : \$id \(ID!\)\.$/,
    ],
    ['Syntax Error: Unexpected "}".', /^Erreur de syntaxe GraphQL : élément inattendu : « } »\.$/],
    ['Syntax Error: Unterminated string.', /^Erreur de syntaxe GraphQL : chaîne non terminée\.$/],
    [
      'Cannot spread fragment "A" within itself via "B".',
      /^Le fragment « A » s’inclut lui-même \(par « B »\) : les fragments ne peuvent pas former de cycle\.$/,
    ],
    [
      'GraphQL introspection is not allowed by Apollo Server, but the query contained __schema or __type. To enable introspection, pass introspection: true to ApolloServer in production',
      /^L’introspection du schéma est désactivée en production\.$/,
    ],
    ['String cannot represent a non string value: 5', /^Valeur invalide pour le type « String » : 5\.$/],
    ['Fragment "F" is never used.', /^Le fragment « F » n’est jamais utilisé\.$/],
  ])('%s', (message, french) => {
    expect(translateGraphqlMessage(message)).toMatch(french);
  });

  it('keeps a message it does not know, behind a French prefix', () => {
    expect(translateGraphqlMessage('Something new in graphql 17.')).toBeNull();
    expect(frenchGraphqlMessage('Something new in graphql 17.')).toBe(
      'Requête GraphQL invalide : Something new in graphql 17.',
    );
  });

  it('keeps an unknown syntax detail as it is', () => {
    expect(frenchGraphqlMessage('Syntax Error: Document contains more than 10 tokens.')).toBe(
      'Erreur de syntaxe GraphQL : Document contains more than 10 tokens.',
    );
  });
});
