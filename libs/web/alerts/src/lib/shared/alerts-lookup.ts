import { inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { CommuneNamesGQL, ZonesGQL } from '@continuum/web/data-access';
import { catchError, map, of } from 'rxjs';

/**
 * The names the alerts pages show for codes and ids (communes, zones), and the zones with their
 * geometry for the maps: read once per visit of the alerts pages (Apollo's cache keeps them).
 */
@Injectable()
export class AlertsLookup {
  private readonly communesQuery = inject(CommuneNamesGQL);
  private readonly zonesQuery = inject(ZonesGQL);

  readonly communes = toSignal(
    this.communesQuery.fetch().pipe(
      map((result) => result.data?.communes ?? []),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
  readonly zones = toSignal(
    this.zonesQuery.fetch().pipe(
      map((result) => result.data?.zones ?? []),
      catchError(() => of([])),
    ),
    { initialValue: [] },
  );
}
