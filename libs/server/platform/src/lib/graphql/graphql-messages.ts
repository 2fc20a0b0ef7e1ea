/**
 * The messages Apollo Server and graphql-js write in English, said in French. The names of fields,
 * types, arguments and variables stay as the client wrote them, between « ». A message no pattern
 * knows keeps its text behind a French prefix, so that nothing is lost.
 */
type Translation = [RegExp, (...groups: string[]) => string];

/** `"id", "email", or "phone"` → `« id », « email » ou « phone »`. */
function names(list: string): string {
  return list
    .replace(/"([^"]*)"/g, '« $1 »')
    .replace(/,? or /, ' ou ')
    .replace(/^the enum value /, '');
}

const suggestion = (didYouMean: string | undefined) =>
  didYouMean ? ` Vouliez-vous dire ${names(didYouMean)} ?` : '';

const TOKENS: Record<string, string> = {
  '<EOF>': 'la fin de la requête',
  Name: 'un nom',
  Int: 'un entier',
  Float: 'un nombre',
  String: 'une chaîne',
  BlockString: 'une chaîne',
};

function token(text: string): string {
  return TOKENS[text] ?? text.replace(/^Name "(.*)"$/, '« $1 »').replace(/^"(.*)"$/, '« $1 »');
}

/** graphql-js's lexer and parser: what was expected, what was found. */
const SYNTAX: Translation[] = [
  [
    /^Expected (.+), found (.+)\.$/,
    (expected, found) => `attendu : ${token(expected)} ; trouvé : ${token(found)}.`,
  ],
  [/^Unexpected (.+)\.$/, (found) => `élément inattendu : ${token(found)}.`],
  [/^Unterminated string\.$/, () => 'chaîne non terminée.'],
  [/^Invalid number, (.+)$/, (detail) => `nombre invalide (${detail})`],
  [/^Unexpected character: (.+)\.$/, (character) => `caractère inattendu : ${character}.`],
  [
    /^Invalid character (?:within String|escape sequence): (.+)\.$/,
    (character) => `caractère invalide : ${character}.`,
  ],
];

const TRANSLATIONS: Translation[] = [
  // graphql-js's parser descends recursively: a literal nested thousands of levels deep exhausts it.
  [
    /^Maximum call stack size exceeded$/,
    () => 'Requête trop imbriquée pour être lue : une valeur y emboîte trop de listes ou d’objets.',
  ],
  // Apollo Server, before the operation is read.
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery/,
    () =>
      'Requête refusée par la protection contre la falsification de requêtes (CSRF) : envoyez-la avec ' +
      'l’en-tête Content-Type: application/json, ou avec l’en-tête apollo-require-preflight.',
  ],
  [
    /^GET requests only support query operations, not (\w+) operations$/,
    (operation) =>
      `Une requête GET ne peut porter qu’une lecture (query), pas une ${operation} : envoyez-la en POST.`,
  ],
  [
    /^Operation batching disabled\.$/,
    () => 'Une seule opération par requête : les lots ne sont pas acceptés.',
  ],
  [
    /^POST body missing, invalid Content-Type, or JSON object has no keys\.$/,
    () =>
      'Corps de requête absent ou vide : envoyez un objet JSON avec l’en-tête Content-Type: application/json.',
  ],
  [
    /^`(variables|extensions)` in a POST body (?:should be provided as|must be) an object/,
    (name) => `« ${name} » doit être un objet JSON.`,
  ],
  [/^`operationName` in a POST body must be a string/, () => '« operationName » doit être une chaîne.'],
  [/^GraphQL queries must be strings\.$/, () => 'La requête GraphQL (« query ») doit être une chaîne.'],
  [
    /^GraphQL operations must contain a non-empty `query`/,
    () => 'La requête GraphQL (« query ») est absente ou vide.',
  ],
  [/^No operations found in request\.$/, () => 'Aucune opération dans la requête.'],
  [
    /^Apollo Server supports only GET\/POST requests\.$/,
    () => 'Seules les méthodes GET et POST sont acceptées.',
  ],
  [
    /^GET requests may not have a content-type header other than application\/json\.$/,
    () => 'Une requête GET ne peut avoir d’autre Content-Type que application/json.',
  ],
  [
    /^The (\w+) search parameter contains invalid JSON\.$/,
    (name) => `Le paramètre « ${name} » n’est pas du JSON valide.`,
  ],
  [
    /^The (\w+) search parameter should contain a JSON-encoded object\.$/,
    (name) => `Le paramètre « ${name} » doit être un objet JSON.`,
  ],
  [
    /^The '(\w+)' search parameter may only be specified once\.$/,
    (name) => `Le paramètre « ${name} » ne peut figurer qu’une fois.`,
  ],
  [
    /^PersistedQueryNotSupported$/,
    () => 'Les requêtes persistées ne sont pas prises en charge : envoyez le texte de la requête.',
  ],
  [/^GraphQL introspection is not allowed/, () => 'L’introspection du schéma est désactivée en production.'],
  // Choosing the operation.
  [/^Unknown operation named "(.*)"\.$/, (name) => `Aucune opération nommée « ${name} » dans la requête.`],
  [
    /^Must provide operation name if query contains multiple operations\.$/,
    () => 'La requête contient plusieurs opérations : précisez laquelle exécuter (« operationName »).',
  ],
  [/^Must provide an operation\.$/, () => 'La requête ne contient aucune opération.'],
  // graphql-js's validation rules.
  [
    /^Cannot query field "(\w+)" on type "(\w+)"\.(?: Did you mean (.+)\?)?$/,
    (field, type, didYouMean) =>
      `Champ « ${field} » inconnu sur le type « ${type} ».${suggestion(didYouMean)}`,
  ],
  [
    /^Value "(.*)" does not exist in "(\w+)" enum\.(?: Did you mean (.+)\?)?$/,
    (value, type, didYouMean) => `« ${value} » n’est pas une valeur de « ${type} ».${suggestion(didYouMean)}`,
  ],
  [
    /^Enum "(\w+)" cannot represent non-enum value: (.*?)\.(?: Did you mean (.+)\?)?$/,
    (type, value, didYouMean) => `${value} n’est pas une valeur de « ${type} ».${suggestion(didYouMean)}`,
  ],
  [
    /^Field "(\w+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\.$/,
    (field, argument, type) =>
      `Argument obligatoire manquant : « ${argument} » (${type}) du champ « ${field} ».`,
  ],
  [
    /^Directive "@(\w+)" argument "(\w+)" of type "(.+)" is required, but it was not provided\.$/,
    (directive, argument, type) =>
      `Argument obligatoire manquant : « ${argument} » (${type}) de la directive « @${directive} ».`,
  ],
  [
    /^Unknown argument "(\w+)" on (field|directive) "(.+)"\.(?: Did you mean (.+)\?)?$/,
    (argument, kind, owner, didYouMean) =>
      `Argument « ${argument} » inconnu sur ${kind === 'field' ? 'le champ' : 'la directive'} « ${owner} ».${suggestion(didYouMean)}`,
  ],
  [
    /^Field "(.+)" of required type "(.+)" was not provided\.$/,
    (field, type) => `Champ obligatoire manquant : « ${field} » (${type}).`,
  ],
  [
    /^Field "(\w+)" is not defined by type "(\w+)"\.(?: Did you mean (.+)\?)?$/,
    (field, type, didYouMean) => `Champ « ${field} » inconnu dans « ${type} ».${suggestion(didYouMean)}`,
  ],
  [
    /^Int cannot represent non 32-bit signed integer value: (.*)$/,
    (value) => `Entier hors limites : ${value} (un Int va de -2147483648 à 2147483647).`,
  ],
  [
    /^(\w+) cannot represent .*?value: (.*)$/,
    (type, value) => `Valeur invalide pour le type « ${type} » : ${value}.`,
  ],
  [
    /^Expected value of type "(.+)", found (.*?)(?:; (.*))?\.?$/,
    (type, found) => `Valeur de type « ${type} » attendue, ${found} trouvé.`,
  ],
  [
    /^Variable "\$(\w+)" of required type "(.+)" was not provided\.$/,
    (variable, type) => `Variable obligatoire manquante : $${variable} (${type}).`,
  ],
  [
    /^Variable "\$(\w+)" of non-null type "(.+)" must not be null\.$/,
    (variable, type) => `La variable $${variable} (${type}) ne peut pas être nulle.`,
  ],
  [
    /^Variable "\$(\w+)" is never used(?: in operation "(.*)")?\.$/,
    (variable) => `La variable $${variable} n’est jamais utilisée.`,
  ],
  [
    /^Variable "\$(\w+)" is not defined(?: by operation "(.*)")?\.$/,
    (variable) => `La variable $${variable} n’est pas déclarée.`,
  ],
  [
    /^Variable "\$(\w+)" of type "(.+)" used in position expecting type "(.+)"\.$/,
    (variable, type, expected) =>
      `La variable $${variable} (${type}) est employée là où « ${expected} » est attendu.`,
  ],
  [
    /^Variable "\$(\w+)" cannot be non-input type "(.+)"\.$/,
    (variable, type) => `La variable $${variable} ne peut pas être du type « ${type} ».`,
  ],
  [
    /^Field "(\w+)" must not have a selection since type "(.+)" has no subfields\.$/,
    (field, type) => `Le champ « ${field} » (${type}) n’a pas de sous-champs : retirez la sélection.`,
  ],
  [
    /^Field "(\w+)" of type "(.+)" must have a selection of subfields\./,
    (field, type) =>
      `Le champ « ${field} » (${type}) demande une sélection de sous-champs : « ${field} { … } ».`,
  ],
  [
    /^The directive "@(\w+)" can only be used once at this location\.$/,
    (directive) => `La directive « @${directive} » ne peut figurer qu’une fois à cet endroit.`,
  ],
  [/^Unknown directive "@(\w+)"\.$/, (directive) => `Directive « @${directive} » inconnue.`],
  [
    /^Directive "@(\w+)" may not be used on (\w+)\.$/,
    (directive, location) => `La directive « @${directive} » n’est pas permise ici (${location}).`,
  ],
  [
    /^Unknown type "(\w+)"\.(?: Did you mean (.+)\?)?$/,
    (type, didYouMean) => `Type « ${type} » inconnu.${suggestion(didYouMean)}`,
  ],
  [/^Unknown fragment "(\w+)"\.$/, (fragment) => `Fragment « ${fragment} » inconnu.`],
  [/^Fragment "(\w+)" is never used\.$/, (fragment) => `Le fragment « ${fragment} » n’est jamais utilisé.`],
  [
    /^Cannot spread fragment "(\w+)" within itself(?: via (.+))?\.$/,
    (fragment, via) =>
      `Le fragment « ${fragment} » s’inclut lui-même${via ? ` (par ${names(via)})` : ''} : les fragments ne peuvent pas former de cycle.`,
  ],
  [
    /^Fragment "(\w+)" cannot be spread here as objects of type "(\w+)" can never be of type "(\w+)"\.$/,
    (fragment, parent, type) =>
      `Le fragment « ${fragment} » (sur « ${type} ») ne peut pas s’appliquer à « ${parent} ».`,
  ],
  [
    /^Fragment "(\w+)" cannot condition on non composite type "(.+)"\.$/,
    (fragment, type) => `Le fragment « ${fragment} » ne peut pas porter sur « ${type} ».`,
  ],
  [
    /^There can be only one (operation|fragment|argument|variable|input field) named "(.+)"\.$/,
    (kind, name) => `« ${name} » est déclaré deux fois (${KINDS[kind]}).`,
  ],
  [
    /^This anonymous operation must be the only defined operation\.$/,
    () => 'Une opération sans nom doit être la seule de la requête.',
  ],
  [
    /^(?:Anonymous Subscription|Subscription "(.*)") must select only one top level field\.$/,
    () => 'Un abonnement ne peut demander qu’un seul champ à la racine.',
  ],
  [
    /^Fields "(.+?)" conflict because/,
    (alias) => `Champs en conflit sous le nom « ${alias} » : donnez-leur des alias différents.`,
  ],
  [/^Syntax Error: (.*)$/s, (detail) => `Erreur de syntaxe GraphQL : ${syntax(detail)}`],
];

const KINDS: Record<string, string> = {
  operation: 'opération',
  fragment: 'fragment',
  argument: 'argument',
  variable: 'variable',
  'input field': 'champ',
};

function syntax(detail: string): string {
  for (const [pattern, say] of SYNTAX) {
    const match = pattern.exec(detail);
    if (match) return say(...match.slice(1));
  }
  return detail;
}

/** The French message for a message of Apollo Server or graphql-js, or null if none is known. */
export function translateGraphqlMessage(message: string): string | null {
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return null;
}

/** Always French: the translation, or the original behind « Requête GraphQL invalide : ». */
export function frenchGraphqlMessage(message: string): string {
  return translateGraphqlMessage(message) ?? `Requête GraphQL invalide : ${message}`;
}
