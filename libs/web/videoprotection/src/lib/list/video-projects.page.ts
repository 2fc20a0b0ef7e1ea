import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, Session, VideoProjectsGQL, VideoProjectSort } from '@continuum/web/data-access';
import { FrDatePipe, FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { statusBadgeClass } from '../shared/video-labels';

/**
 * « Vidéoprotection » (`/videoprotection`): the projects this reader may read — a mairie its own,
 * a référent sûreté those of their territory, the cabinet all — the most recent first, or those with
 * a site in a place identified by the local maps (priority zone, hotspot) first.
 */
@Component({
  selector: 'cnt-video-projects-page',
  imports: [RouterLink, FrDatePipe, FrIntegerPipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Vidéoprotection</h1>
      <p class="fr-text--lead">
        Les projets des communes, de la demande à la mise en service, accompagnés par les référents sûreté «
        en ciblant les lieux identifiés dans les cartographies locales ».
      </p>
      @if (mayCreate()) {
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="/videoprotection/nouveau"
            >Nouveau projet</a
          >
        </p>
      }
      <ul class="fr-tags-group" aria-label="Ordre de la liste">
        @for (option of sorts; track option.value) {
          <li>
            <button
              type="button"
              class="fr-tag"
              [attr.aria-pressed]="sort() === option.value"
              (click)="sort.set(option.value)"
              [attr.data-testid]="'sort-' + option.value"
            >
              {{ option.label }}
            </button>
          </li>
        }
      </ul>
      <cnt-problem-alert [problem]="list.problem()" />
      @if (list.value(); as items) {
        <p class="fr-text--sm" data-testid="video-count">
          {{ items.length | frInteger }} projet{{ items.length > 1 ? 's' : '' }}
        </p>
        <div
          class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline"
          data-testid="video-projects"
        >
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    Projets de vidéoprotection
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Projet</th>
                      <th scope="col">Commune</th>
                      <th scope="col">Caméras</th>
                      <th scope="col">Lieu identifié</th>
                      <th scope="col">Étape</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (item of items; track item.id) {
                      <tr data-testid="video-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/videoprotection', item.id]">{{ item.title }}</a>
                          <br /><span class="fr-text--xs"
                            >{{ item.reference }} · {{ item.createdAt | frDate: 'short' }}</span
                          >
                        </th>
                        <td>{{ item.communeName }}</td>
                        <td>{{ item.cameras | frInteger }}</td>
                        <td>
                          @if (item.targeted) {
                            <span class="fr-badge fr-badge--sm fr-badge--success fr-badge--no-icon">Oui</span>
                          } @else {
                            <span class="fr-badge fr-badge--sm fr-badge--no-icon">Non</span>
                          }
                        </td>
                        <td>
                          <span
                            class="fr-badge fr-badge--sm fr-badge--no-icon"
                            [class]="badge(item.status)"
                            >{{ item.statusLabel }}</span
                          >
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">Aucun projet.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!list.problem()) {
        <p>Chargement des projets…</p>
      }
    </div>
  `,
})
export class VideoProjectsPage {
  private readonly session = inject(Session);
  private readonly query = inject(VideoProjectsGQL);

  protected readonly mayCreate = computed(() => this.session.can('create', 'VideoProject'));
  protected readonly sorts: { value: VideoProjectSort; label: string }[] = [
    { value: 'RECENT', label: 'Les plus récents' },
    { value: 'TARGETED_FIRST', label: 'Dans un lieu identifié d’abord' },
  ];
  protected readonly sort = signal<VideoProjectSort>('RECENT');
  protected readonly list = liveQuery(
    () => this.sort(),
    (sort) =>
      this.query
        .fetch({ variables: { filter: { sort } }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data!.videoProjects)),
  );

  protected badge(status: string): string {
    return statusBadgeClass(status);
  }
}
