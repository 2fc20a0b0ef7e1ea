import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Session } from '@continuum/web/data-access';

/** Is the signed-in user an administrator (the technical administration, not a manager)? */
export function isAdministrator(session: Session): boolean {
  return session.user()?.roles.includes('ADMIN') ?? false;
}

/**
 * Pages of the technical administration (the deliveries): a manager, let into /administration for
 * their own organisation's accounts, goes back to them. The API refuses the data anyway (FORBIDDEN).
 */
export const adminOnlyGuard: CanActivateFn = async () => {
  const session = inject(Session);
  const router = inject(Router);
  await session.load();
  return isAdministrator(session) ? true : router.createUrlTree(['/administration']);
};
