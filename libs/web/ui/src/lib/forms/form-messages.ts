/**
 * French messages for form validation. Pure: takes Angular's `ValidationErrors` shape (a record)
 * so it can be tested without Angular. A server error set on a control (`server`) wins: it is the
 * message the API wrote for that field.
 */
export type Errors = Record<string, unknown> | null | undefined;

export interface FieldWording {
  /** « le nom complet », « l’adresse électronique »: used in « Saisissez … ». */
  what: string;
  /** Choice fields say « Choisissez … » rather than « Saisissez … ». */
  choice?: boolean;
}

export function messageFor(errors: Errors, wording: FieldWording): string | null {
  if (!errors) return null;
  if (typeof errors['server'] === 'string') return errors['server'];
  if (errors['required']) return `${wording.choice ? 'Choisissez' : 'Saisissez'} ${wording.what}.`;
  if (errors['email']) return 'Adresse électronique invalide : format attendu prenom.nom@exemple.fr.';
  const min = errors['minlength'] as { requiredLength: number } | undefined;
  if (min) return `Au moins ${min.requiredLength} caractères.`;
  const max = errors['maxlength'] as { requiredLength: number } | undefined;
  if (max) return `Au plus ${max.requiredLength} caractères.`;
  const low = errors['min'] as { min: number } | undefined;
  if (low) return `La valeur doit être au moins ${low.min}.`;
  const high = errors['max'] as { max: number } | undefined;
  if (high) return `La valeur doit être au plus ${high.max}.`;
  if (errors['phone'])
    return 'Numéro de téléphone invalide : chiffres, espaces et « + » seulement, par exemple 02 38 00 00 00.';
  for (const key of ['atLeastOne', 'invalid']) if (typeof errors[key] === 'string') return errors[key];
  return 'Valeur invalide.';
}

const PHONE = /^\+?[0-9 .()-]{6,20}$/;

/** Optional phone number: empty, or digits with usual separators. */
export function phoneError(value: unknown): { phone: true } | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  return PHONE.test(value.trim()) ? null : { phone: true };
}

/** Empty strings become null: the API treats a missing optional field and an empty one alike. */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
