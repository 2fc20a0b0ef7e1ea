/**
 * Turns whatever a GraphQL call failed with into what a form shows: one French message for the
 * alert and, for errors that name a field (`extensions.field`, e.g. `input.email`), a message per
 * form control. Duck-typed on purpose: no Apollo import, so it stays a pure, testable function.
 */
export interface Problem {
  /** The message for the alert at the top of the form. */
  message: string;
  /** The server's stable code (`UNAUTHENTICATED`, `FORBIDDEN`, `BAD_USER_INPUT`…), when known. */
  code: string | null;
  /** Messages by form control name (`email`, `organizationId`, `competenceCommuneCodes`). */
  fields: Record<string, string>;
}

interface GraphqlErrorLike {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

export const UNREACHABLE_MESSAGE =
  'Le serveur ne répond pas. Vérifiez votre connexion puis réessayez dans un instant.';
export const FIELDS_MESSAGE = 'Certains champs sont à corriger : voyez les messages sous les champs.';

/** `input.email` → `email`; `input.competenceCommuneCodes.2` → `competenceCommuneCodes`. */
export function controlNameOf(fieldPath: string): string {
  const parts = fieldPath.split('.').filter((part) => part !== '' && !/^\d+$/.test(part));
  if (parts.length > 1 && parts[0] === 'input') parts.shift();
  return parts[0] ?? fieldPath;
}

export function describeProblem(error: unknown): Problem {
  const errors = graphqlErrorsOf(error);
  if (errors.length === 0) return { message: UNREACHABLE_MESSAGE, code: null, fields: {} };

  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const item of errors) {
    const message =
      typeof item.message === 'string' && item.message !== '' ? item.message : 'Erreur inconnue.';
    const field = item.extensions?.['field'];
    if (typeof field === 'string' && field !== '') {
      const name = controlNameOf(field);
      fields[name] ??= message;
    } else {
      general.push(message);
    }
  }
  const code = errors.map((item) => item.extensions?.['code']).find((value) => typeof value === 'string');
  return {
    message: general[0] ?? FIELDS_MESSAGE,
    code: typeof code === 'string' ? code : null,
    fields,
  };
}

/**
 * The problem as a form showing only these `controls` tells it: a message for a field it has no
 * control for (the case's status, a referral, a share that someone has just changed) goes in the
 * alert, instead of « Certains champs sont à corriger » pointing at nothing.
 */
export function forControls(problem: Problem, ...controls: string[]): Problem {
  const elsewhere = Object.entries(problem.fields)
    .filter(([name]) => !controls.includes(name))
    .map(([, message]) => message);
  return elsewhere.length > 0 && problem.message === FIELDS_MESSAGE
    ? { ...problem, message: elsewhere.join(' ') }
    : problem;
}

function graphqlErrorsOf(error: unknown): GraphqlErrorLike[] {
  if (typeof error !== 'object' || error === null) return [];
  const errors = (error as { errors?: unknown }).errors;
  if (Array.isArray(errors))
    return errors.filter((item): item is GraphqlErrorLike => typeof item === 'object' && item !== null);
  // A single GraphQL error (or something shaped like one, with a code).
  const extensions = (error as GraphqlErrorLike).extensions;
  if (extensions && typeof extensions['code'] === 'string') return [error as GraphqlErrorLike];
  return [];
}
