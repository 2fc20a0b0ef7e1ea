/**
 * For updates: a blank optional value is left out rather than sent as null. The API answers null
 * with an internal error on `updateUser` (title, phone) and `updateOrganization` (email, phone),
 * and refuses an empty phone or e-mail, so these cannot be cleared yet; leaving them out at least
 * saves the rest of the form. Switch to `blankToNull` (web/ui) once the server accepts null there.
 */
export function blankToOmitted(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? undefined : trimmed;
}
