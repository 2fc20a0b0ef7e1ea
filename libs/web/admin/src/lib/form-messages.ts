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
  if (errors['phone'])
    return 'Numéro de téléphone invalide : chiffres, espaces et « + » seulement, par exemple 02 38 00 00 00.';
  if (errors['atLeastOne']) return String(errors['atLeastOne']);
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

/**
 * For updates: a blank optional value is left out rather than sent as null. The API answers null
 * with an internal error on `updateUser` (title, phone) and `updateOrganization` (email, phone),
 * and refuses an empty phone or e-mail, so these cannot be cleared yet; leaving them out at least
 * saves the rest of the form. Switch to `blankToNull` once the server accepts null there.
 */
export function blankToOmitted(value: string | null | undefined): string | undefined {
  return blankToNull(value) ?? undefined;
}
