import { describeProblem, FIELDS_MESSAGE, type Problem } from '@continuum/web/data-access';

/**
 * The server's refusal of an action that has no form (a button): its refusals name a field (`id`,
 * `expectedUpdatedAt`) that no control shows, so their messages become the alert's.
 */
export function actionProblem(error: unknown): Problem {
  const problem = describeProblem(error);
  const messages = Object.values(problem.fields);
  return problem.message === FIELDS_MESSAGE && messages.length > 0
    ? { ...problem, message: messages.join(' ') }
    : problem;
}
