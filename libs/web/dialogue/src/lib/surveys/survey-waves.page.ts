import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, Session, SurveyTrendGQL, SurveyWavesGQL } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { waveBadgeClass } from './survey-labels';
import { SurveyTrendChartComponent } from './trend-chart.component';

/**
 * « Enquêtes de satisfaction » (`/enquetes`), the cabinet's: the waves (in preparation, open,
 * closed) with their answer rate, and the trend of the mean scores over the waves sent.
 */
@Component({
  selector: 'cnt-survey-waves-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent, SurveyTrendChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Enquêtes de satisfaction</h1>
      <p class="fr-text--lead">
        L’avis des maires et des partenaires sur la coordination de la sécurité du quotidien, vague après
        vague.
      </p>
      @if (mayCreate()) {
        <p>
          <a
            class="fr-btn fr-icon-add-line fr-btn--icon-left"
            routerLink="/enquetes/nouvelle"
            data-testid="new-wave"
            >Préparer une vague</a
          >
        </p>
      }
      <cnt-problem-alert [problem]="waves.problem()" />
      @if (waves.value(); as list) {
        <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline" data-testid="waves">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    Vagues d’enquête
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Vague</th>
                      <th scope="col">Période</th>
                      <th scope="col" class="fr-cell--right">Réponses</th>
                      <th scope="col">État</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (wave of list; track wave.id) {
                      <tr data-testid="wave-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/enquetes', wave.id]">{{ wave.title }}</a>
                        </th>
                        <td>
                          du {{ wave.opensOn | frDate: 'date' }}<br />au {{ wave.closesOn | frDate: 'date' }}
                        </td>
                        <td class="fr-cell--right">
                          @if (wave.status === 'DRAFT') {
                            —
                          } @else {
                            {{ wave.responseCount }} / {{ wave.recipientCount }}
                          }
                        </td>
                        <td>
                          <span class="fr-badge fr-badge--sm" [class]="badge(wave.status)">{{
                            wave.statusLabel
                          }}</span>
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="4">Aucune vague pour l’instant.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!waves.problem()) {
        <p>Chargement des vagues…</p>
      }
      <h2 class="fr-mt-4w">Évolution d’une vague à l’autre</h2>
      <cnt-problem-alert [problem]="trend.problem()" />
      @if (trend.value(); as value) {
        @if (value.waves.length) {
          <p class="fr-text--sm">
            Les groupes de moins de {{ value.minCell }} répondants sont masqués, comme les petites cellules du
            diagnostic.
          </p>
          <cnt-survey-trend-chart [trend]="value" />
        } @else {
          <p>Aucune vague envoyée : l’évolution apparaîtra après la première.</p>
        }
      }
    </div>
  `,
})
export class SurveyWavesPage {
  private readonly session = inject(Session);
  private readonly wavesQuery = inject(SurveyWavesGQL);
  private readonly trendQuery = inject(SurveyTrendGQL);

  protected readonly mayCreate = computed(() => this.session.can('create', 'SurveyWave'));
  protected readonly waves = liveQuery(
    () => null,
    () =>
      this.wavesQuery.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data!.surveyWaves)),
  );
  protected readonly trend = liveQuery(
    () => null,
    () =>
      this.trendQuery.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data!.surveyTrend)),
  );

  protected badge(status: string): string {
    return waveBadgeClass(status);
  }
}
