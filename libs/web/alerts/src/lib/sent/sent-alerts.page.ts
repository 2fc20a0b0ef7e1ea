import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, SentAlertsGQL, SentAlertsQuery, Session } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent, severityBadgeClass, severityLabel } from '@continuum/web/ui';
import { map } from 'rxjs';
import { audienceText, Reading, readingText } from '../shared/alert-labels';

/**
 * « Alertes envoyées » (`/alertes/envoyees`): the alerts I wrote (all of them for the prefect's
 * cabinet), newest first, with how many of their recipients read and acknowledged each; one opens
 * on who did, by organisation.
 */
@Component({
  selector: 'cnt-sent-alerts-page',
  imports: [RouterLink, ProblemAlertComponent, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/alertes">Mes alertes</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Alertes envoyées</a></li>
        </ol>
      </nav>
      <div class="cnt-head">
        <h1>Alertes envoyées</h1>
        <a class="fr-btn fr-icon-send-plane-line fr-btn--icon-left" routerLink="/alertes/nouvelle"
          >Nouvelle alerte</a
        >
      </div>
      <p class="fr-text--lead">
        {{
          coordinator
            ? 'Les alertes émises par le cabinet et les secrétariats d’instance.'
            : 'Les alertes que vous avez émises.'
        }}
        Ouvrez-en une pour voir, par organisation, qui l’a lue et qui en a accusé réception.
      </p>
      <cnt-problem-alert [problem]="alerts.problem()" />
      @if (alerts.value(); as rows) {
        <div class="fr-table fr-table--no-caption fr-table--multiline" data-testid="sent-alerts">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    Alertes envoyées
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Alerte</th>
                      <th scope="col">Gravité</th>
                      <th scope="col">Envoyée le</th>
                      <th scope="col">Destinataires</th>
                      <th scope="col">Lectures et accusés de réception</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (alert of rows; track alert.id) {
                      <tr data-testid="sent-alert-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/alertes/envoyees', alert.id]">{{
                            alert.title
                          }}</a>
                          @if (coordinator && alert.authorLabel) {
                            <br /><span class="fr-text--xs">par {{ alert.authorLabel }}</span>
                          }
                        </th>
                        <td>
                          <span class="fr-badge fr-badge--sm" [class]="badge(alert.severity)">{{
                            severity(alert.severity)
                          }}</span>
                        </td>
                        <td>{{ alert.createdAt | frDate: 'short' }}</td>
                        <td>
                          {{ alert.recipientCount ?? '—' }}
                          <br /><span class="fr-text--xs">{{ audience(alert.audienceTypes) }}</span>
                        </td>
                        <td data-testid="sent-alert-reading">
                          @let reading = readingOf(alert);
                          <span
                            class="cnt-reading"
                            data-testid="sent-alert-read"
                            [attr.data-count]="alert.readCount"
                            [attr.data-recipients]="alert.recipientCount"
                          >
                            Lue par <span aria-hidden="true">{{ reading.read }}</span>
                            <span class="fr-sr-only">{{ reading.readSpoken }}</span>
                          </span>
                          <span
                            class="cnt-reading"
                            data-testid="sent-alert-acknowledged"
                            [attr.data-count]="alert.acknowledgedCount"
                            [attr.data-recipients]="alert.recipientCount"
                          >
                            Réception accusée par <span aria-hidden="true">{{ reading.acknowledged }}</span>
                            <span class="fr-sr-only">{{ reading.acknowledgedSpoken }}</span>
                          </span>
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">Aucune alerte envoyée pour l’instant.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!alerts.problem()) {
        <p>Chargement des alertes envoyées…</p>
      }
    </div>
  `,
  styles: `
    /* Relative: the screen-reader text stays inside the table's scroll area on small screens. */
    .cnt-reading {
      display: block;
      position: relative;
      white-space: nowrap;
    }
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 1rem;
      /* The button wraps under the title on a phone: keep it off the paragraph below. */
      margin-bottom: 1.5rem;
    }
    .cnt-head h1 {
      margin-bottom: 0;
    }
  `,
})
export class SentAlertsPage {
  private readonly sentQuery = inject(SentAlertsGQL);
  protected readonly coordinator = inject(Session).user()?.roles.includes('COORDINATOR') ?? false;

  protected readonly alerts = liveQuery(
    () => null,
    () =>
      this.sentQuery
        .fetch({ fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.sentAlerts ?? [])),
  );

  protected severity(value: string): string {
    return severityLabel(value);
  }

  protected badge(value: string): string {
    return severityBadgeClass(value);
  }

  protected audience(types: readonly string[]): string {
    return audienceText(types);
  }

  protected readingOf(alert: SentAlertsQuery['sentAlerts'][number]): Reading {
    return readingText(alert);
  }
}
