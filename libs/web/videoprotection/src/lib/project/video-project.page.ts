import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  liveQuery,
  Session,
  VideoProjectDetailFragment,
  VideoProjectGQL,
  VideoProjectHotspotsGQL,
  ZonesGQL,
} from '@continuum/web/data-access';
import { FrDatePipe, FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { SitesMapComponent } from '../shared/sites-map.component';
import { euros, statusBadgeClass } from '../shared/video-labels';
import { VideoStepPanelComponent } from './video-step-panel.component';

/**
 * A project (`/videoprotection/:id`): its sites on the map against the priority zones and — for the
 * cabinet — the diagnostic's hot cells, each site said in or out of an identified place; the
 * référent's opinion and the funding; the history; the next step this reader may take.
 */
@Component({
  selector: 'cnt-video-project-page',
  imports: [
    RouterLink,
    FrDatePipe,
    FrIntegerPipe,
    ProblemAlertComponent,
    SitesMapComponent,
    VideoStepPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/videoprotection">Vidéoprotection</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ project()?.reference ?? 'Projet' }}</a>
          </li>
        </ol>
      </nav>
      <cnt-problem-alert [problem]="loaded.problem()" />
      @if (project(); as p) {
        <h1>{{ p.title }}</h1>
        <p>
          <span class="fr-badge fr-badge--no-icon" [class]="badge(p.status)" data-testid="video-status">{{
            p.statusLabel
          }}</span>
          <span class="fr-text--sm fr-ml-2w"
            >{{ p.reference }} · {{ p.organizationName }} · {{ p.communeName }}</span
          >
        </p>
        <p>{{ p.purpose }}</p>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-7">
            <h2 class="fr-h4">Sites ({{ p.cameras | frInteger }} caméras)</h2>
            <cnt-sites-map
              [sites]="p.sites"
              [zones]="zones()"
              [hotCells]="hotCells()"
              [commune]="p.communeCode"
              [tileUrl]="session.appInfo()?.tileUrl ?? ''"
              [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
              label="Carte des sites du projet, des zones prioritaires et des points chauds"
            />
            <ul class="fr-mt-2w" data-testid="video-sites">
              @for (site of p.sites; track site.id) {
                <li>
                  <strong>{{ site.name }}</strong> — {{ site.cameras | frInteger }} caméra{{
                    site.cameras > 1 ? 's' : ''
                  }}
                  ·
                  @if (site.targeted) {
                    dans un lieu identifié :
                    {{ placesOf(site.priorityZones, site.inHotspot, p.hotspotYear) }}
                  } @else {
                    hors des lieux identifiés
                  }
                </li>
              }
            </ul>
          </div>
          <div class="fr-col-12 fr-col-lg-5">
            <h2 class="fr-h4">Avis et financement</h2>
            <dl>
              <dt class="fr-text--bold">Avis du référent sûreté</dt>
              <dd data-testid="video-opinion">
                {{ p.opinionLabel ?? 'Pas encore rendu' }}
                @if (p.opinionText) {
                  <br /><span class="fr-text--sm">{{ p.opinionText }}</span>
                }
              </dd>
              <dt class="fr-text--bold fr-mt-2w">FIPD demandé</dt>
              <dd>{{ money(p.fundingRequestedAmount) }}</dd>
              <dt class="fr-text--bold fr-mt-2w">Décision</dt>
              <dd data-testid="video-funding">
                @if (p.fundingGranted === null) {
                  Pas encore décidée
                } @else if (p.fundingGranted) {
                  Accordé : {{ money(p.fundingGrantedAmount) }}
                } @else {
                  Refusé
                }
              </dd>
            </dl>
            <h2 class="fr-h4 fr-mt-4w">Historique</h2>
            <ol class="fr-mb-0" data-testid="video-history">
              @for (event of p.history; track $index) {
                <li>
                  <strong>{{ event.statusLabel }}</strong> — {{ event.at | frDate: 'short' }},
                  {{ event.actorLabel }}
                  @if (event.note) {
                    <br /><span class="fr-text--sm">« {{ event.note }} »</span>
                  }
                </li>
              }
            </ol>
          </div>
        </div>
        <cnt-video-step-panel [project]="p" (changed)="updated.set($event)" />
      } @else if (!loaded.problem()) {
        <p>Chargement du projet…</p>
      }
    </div>
  `,
})
export class VideoProjectPage {
  readonly id = input.required<string>();
  protected readonly session = inject(Session);
  private readonly query = inject(VideoProjectGQL);
  private readonly hotspotsQuery = inject(VideoProjectHotspotsGQL);
  private readonly zonesQuery = inject(ZonesGQL);

  protected readonly updated = signal<VideoProjectDetailFragment | null>(null);
  protected readonly loaded = liveQuery(
    () => this.id(),
    (id) => {
      this.updated.set(null);
      return this.query
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data!.videoProject));
    },
  );
  protected readonly project = computed(() => this.updated() ?? this.loaded.value() ?? null);
  private readonly zoneList = liveQuery(
    () => this.project()?.communeCode ?? null,
    (communeCode) =>
      communeCode
        ? this.zonesQuery
            .fetch({ variables: { filter: { kind: 'PRIORITY_ZONE', communeCode } } })
            .pipe(map((result) => result.data!.zones))
        : of([]),
  );
  protected readonly zones = computed(() => this.zoneList.value() ?? []);
  // The hot cells are the cabinet's: nobody else asks for them.
  private readonly hot = liveQuery(
    () => (this.session.can('read', 'VideoHotspots') ? this.id() : null),
    (id) =>
      id
        ? this.hotspotsQuery
            .fetch({ variables: { id } })
            .pipe(map((result) => result.data!.videoProjectHotspots.cells as unknown))
        : of(null),
  );
  protected readonly hotCells = computed(() => this.hot.value() ?? null);

  protected badge(status: string): string {
    return statusBadgeClass(status);
  }

  protected money(value: number | null | undefined): string {
    return value === null || value === undefined ? '—' : euros(value);
  }

  protected placesOf(zones: readonly string[], hot: boolean, year: number): string {
    return [
      ...zones.map((zone) => `zone prioritaire « ${zone} »`),
      ...(hot ? [`point chaud ${year}`] : []),
    ].join(', ');
  }
}
