import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Action, SubjectName } from './ability';
import { Session } from './session';

/** Pages for signed-in users: anyone else goes to the login page, and comes back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  await session.load();
  if (session.user()) return true;
  // Password accepted, second factor due: that comes before anything else.
  const step = session.stepUrl();
  if (step) return router.createUrlTree([step], { queryParams: { retour: state.url } });
  return router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
};

/** The login page: a signed-in user has nothing to do there. */
export const signedOutGuard: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.load();
  return session.user() ? router.createUrlTree(['/']) : true;
};

/** Pages behind a permission (any of the given ones), from the rules `me` carries. */
export function allowedGuard(...permissions: [Action, SubjectName][]): CanActivateFn {
  return async () => {
    const session = inject(Session);
    const router = inject(Router);
    await session.load();
    return permissions.some(([action, subject]) => session.can(action, subject))
      ? true
      : router.createUrlTree(['/']);
  };
}

/** The second-factor pages: only for a session whose password was accepted and whose factor is due. */
export const pendingStepGuard: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.load();
  if (session.user()) return router.createUrlTree(['/']);
  return session.pendingStep() ? true : router.createUrlTree(['/connexion']);
};
