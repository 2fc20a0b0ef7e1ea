import { inject, Injectable } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { MySecretariatsGQL, Session } from '@continuum/web/data-access';
import { catchError, firstValueFrom, map, of } from 'rxjs';

/**
 * Who writes alerts: the prefect's cabinet (role coordinator) and the secretaries of bodies. The
 * API decides again on each request (FORBIDDEN); this only shows or hides the composer.
 */
@Injectable({ providedIn: 'root' })
export class AlertWriters {
  private readonly session = inject(Session);
  private readonly secretariats = inject(MySecretariatsGQL);
  private answer: { userId: string; mayWrite: Promise<boolean> } | null = null;

  mayWrite(): Promise<boolean> {
    const user = this.session.user();
    if (!user) return Promise.resolve(false);
    if (user.roles.includes('COORDINATOR')) return Promise.resolve(true);
    if (this.answer?.userId !== user.id) {
      this.answer = {
        userId: user.id,
        mayWrite: firstValueFrom(
          this.secretariats.fetch({ fetchPolicy: 'network-only' }).pipe(
            map((result) => (result.data?.bodies ?? []).some((body) => body.secretary?.id === user.id)),
            catchError(() => of(false)),
          ),
        ),
      };
    }
    return this.answer.mayWrite;
  }
}

/** The composer and the sent alerts: for those who write alerts; others go to their alerts. */
export const alertWritersGuard: CanActivateFn = async () => {
  const writers = inject(AlertWriters);
  const router = inject(Router);
  return (await writers.mayWrite()) ? true : router.createUrlTree(['/alertes']);
};
