import { getMetadataStorage, ValidationError } from 'class-validator';

type Constraints = readonly unknown[];

const plural = (count: unknown, word: string) => `${String(count)} ${word}${Number(count) > 1 ? 's' : ''}`;

/** The allowed values of an `@IsEnum` (a TypeScript enum object) or `@IsIn` (an array), shortened. */
function allowed(values: unknown): string {
  const list = Array.isArray(values)
    ? values
    : Object.entries((values ?? {}) as Record<string, unknown>)
        // A numeric enum maps its values back to its names: keep the names only.
        .filter(([key]) => !/^\d+$/.test(key))
        .map(([, value]) => value);
  const shown = list.slice(0, 8).map(String).join(', ');
  return list.length > 8 ? `${shown}…` : shown;
}

/**
 * What each class-validator constraint says in French when its decorator gives no message of its
 * own (class-validator's defaults are English): the text after « champ : ». The keys are the
 * constraint names class-validator reports (`arrayMaxSize` for `@ArrayMaxSize`), and the names of
 * our own decorators (`textLength`). A unit test of the API fails on a constraint used in the code
 * that is missing here.
 */
export const FRENCH_CONSTRAINTS: Readonly<Record<string, (constraints: Constraints) => string>> = {
  arrayMaxSize: ([max]) => `${plural(max, 'élément')} au plus`,
  arrayMinSize: ([min]) => `${plural(min, 'élément')} au moins`,
  arrayNotEmpty: () => 'au moins un élément attendu',
  arrayUnique: () => 'valeurs en double',
  isArray: () => 'une liste est attendue',
  isBoolean: () => 'doit valoir vrai ou faux',
  isString: () => 'un texte est attendu',
  isNotEmpty: () => 'ne peut pas être vide',
  isDefined: () => 'obligatoire',
  isInt: () => 'un nombre entier est attendu',
  isNumber: () => 'un nombre est attendu',
  isPositive: () => 'un nombre positif est attendu',
  min: ([min]) => `${String(min)} au minimum`,
  max: ([max]) => `${String(max)} au maximum`,
  isEnum: ([values]) => `valeur non prévue (valeurs possibles : ${allowed(values)})`,
  isIn: ([values]) => `valeur non prévue (valeurs possibles : ${allowed(values)})`,
  isUuid: () => 'identifiant invalide',
  matches: () => 'format invalide',
  maxLength: ([max]) => `${plural(max, 'caractère')} au plus`,
  minLength: ([min]) => `${plural(min, 'caractère')} au moins`,
  isLength: ([min, max]) => `entre ${String(min)} et ${String(max)} caractères`,
  textLength: ([min, max]) => `entre ${String(min)} et ${String(max)} caractères`,
  decimalNumber: ([places]) => `un nombre est attendu (${String(places)} décimales au plus)`,
  isEmail: () => 'adresse électronique invalide',
  isUrl: () => 'adresse web invalide',
  isDateString: () => 'date invalide (AAAA-MM-JJ attendu)',
  isIso8601: () => 'date invalide (AAAA-MM-JJ attendu)',
  isDate: () => 'date invalide',
  isObject: () => 'un objet est attendu',
  isLatitude: () => 'latitude invalide (entre -90 et 90)',
  isLongitude: () => 'longitude invalide (entre -180 et 180)',
  nestedValidation: () => 'un objet ou une liste d’objets est attendu',
  whitelistValidation: () => 'champ inconnu',
  unknownValue: () => 'valeur inattendue',
};

/** The French text for a constraint, or a French fallback for one not (yet) in the map. */
export function frenchConstraint(name: string, constraints: Constraints = []): string {
  return FRENCH_CONSTRAINTS[name]?.(constraints) ?? 'valeur invalide';
}

/** « roles : 4 éléments au plus. » */
export function frenchConstraintMessage(field: string, name: string, constraints: Constraints = []): string {
  return `${field} : ${frenchConstraint(name, constraints)}.`;
}

/**
 * The constraints (`[4]` for `@ArrayMaxSize(4)`) of the decorator that reported `name` on the
 * property of `error`, read back from class-validator's metadata: a ValidationError carries only
 * the message. Empty when the target is unknown (the message is then said without the figures).
 */
export function constraintsOf(error: ValidationError, name: string): Constraints {
  const target = error.target?.constructor;
  if (!target) return [];
  const storage = getMetadataStorage();
  for (const metadata of storage.getTargetValidationMetadatas(target, '', true, false)) {
    if (metadata.propertyName !== error.property) continue;
    const custom = metadata.constraintCls
      ? storage.getTargetValidatorConstraints(metadata.constraintCls)[0]
      : undefined;
    if ((custom?.name ?? metadata.type) === name) return metadata.constraints ?? [];
  }
  return [];
}
