import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Action, SubjectName } from './ability';
import { Session } from './session';

/** Pages for signed-in users: anyone else goes to the login page, and comes back after. */
export const signedInGuard: CanActivateFn = async (_route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  await session.load();
  return session.user() ? true : router.createUrlTree(['/connexion'], { queryParams: { retour: state.url } });
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
