import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  describeProblem,
  liveQuery,
  Problem,
  Session,
  SubmitVideoProjectGQL,
  VideoProjectCommunesGQL,
  ZonesGQL,
} from '@continuum/web/data-access';
import { map, of } from 'rxjs';
import { firstValueFrom } from 'rxjs';
import { type SiteDrawing, SitesMapComponent } from '../shared/sites-map.component';
import { problemLines } from '../shared/video-labels';

interface SiteDraft {
  name: string;
  cameras: number;
  geometry: unknown | null;
}

const emptySite = (): SiteDraft => ({ name: '', cameras: 1, geometry: null });

/**
 * The mairie's request (`/videoprotection/nouveau`): the commune, a title, the purpose, and each
 * site named, its cameras counted and drawn on the map — a point (a click) or a polygon (a click per
 * corner, then the first corner). The server checks each site lies in the commune.
 */
@Component({
  selector: 'cnt-video-project-form-page',
  imports: [FormsModule, RouterLink, SitesMapComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/videoprotection">Vidéoprotection</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Nouveau projet</a></li>
        </ol>
      </nav>
      <h1>Nouveau projet de vidéoprotection</h1>
      <p class="fr-hint-text">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      @if (lines().length) {
        <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" data-testid="problem">
          @for (line of lines(); track line) {
            <p>{{ line }}</p>
          }
        </div>
      }
      <div class="fr-select-group">
        <label class="fr-label" for="video-commune">Commune *</label>
        <select
          class="fr-select"
          id="video-commune"
          [ngModel]="commune()"
          (ngModelChange)="commune.set($event)"
        >
          @for (item of communes(); track item.code) {
            <option [value]="item.code">{{ item.name }} ({{ item.code }})</option>
          }
        </select>
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="video-title">Titre du projet *</label>
        <input class="fr-input" id="video-title" [(ngModel)]="title" maxlength="200" />
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="video-purpose"
          >Finalité *<span class="fr-hint-text"
            >Ce que le dispositif doit permettre, et pourquoi ces lieux.</span
          ></label
        >
        <textarea class="fr-input" id="video-purpose" rows="4" [(ngModel)]="purpose"></textarea>
      </div>
      <h2 class="fr-h4">Sites</h2>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-lg-5">
          @for (site of sites(); track $index; let i = $index) {
            <fieldset
              class="fr-fieldset"
              [attr.aria-labelledby]="'site-legend-' + i"
              data-testid="site-draft"
            >
              <legend class="fr-fieldset__legend fr-text--md" [id]="'site-legend-' + i">
                Site {{ i + 1 }}
              </legend>
              <div class="fr-fieldset__element">
                <div class="fr-input-group">
                  <label class="fr-label" [for]="'site-name-' + i">Nom du site *</label>
                  <input
                    class="fr-input"
                    [id]="'site-name-' + i"
                    [ngModel]="site.name"
                    (ngModelChange)="patch(i, { name: $event })"
                  />
                </div>
              </div>
              <div class="fr-fieldset__element">
                <div class="fr-input-group">
                  <label class="fr-label" [for]="'site-cameras-' + i">Caméras prévues *</label>
                  <input
                    class="fr-input"
                    type="number"
                    min="1"
                    max="200"
                    [id]="'site-cameras-' + i"
                    [ngModel]="site.cameras"
                    (ngModelChange)="patch(i, { cameras: +$event })"
                  />
                </div>
              </div>
              <div class="fr-fieldset__element">
                <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
                  <li>
                    <button
                      type="button"
                      class="fr-btn fr-btn--secondary"
                      (click)="draw(i, 'Point')"
                      [attr.aria-pressed]="isDrawing(i, 'Point')"
                    >
                      Placer un point
                    </button>
                  </li>
                  <li>
                    <button
                      type="button"
                      class="fr-btn fr-btn--secondary"
                      (click)="draw(i, 'Polygon')"
                      [attr.aria-pressed]="isDrawing(i, 'Polygon')"
                    >
                      Dessiner un polygone
                    </button>
                  </li>
                  @if (sites().length > 1) {
                    <li>
                      <button type="button" class="fr-btn fr-btn--tertiary" (click)="remove(i)">
                        Retirer
                      </button>
                    </li>
                  }
                </ul>
                <p class="fr-text--sm fr-mb-0" [attr.data-testid]="'site-shape-' + i">{{ shapeOf(site) }}</p>
              </div>
            </fieldset>
          }
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-icon-add-line fr-btn--icon-left"
            (click)="add()"
          >
            Ajouter un site
          </button>
        </div>
        <div class="fr-col-12 fr-col-lg-7">
          <p class="fr-text--sm" aria-live="polite" data-testid="draw-status">{{ drawStatus() }}</p>
          <cnt-sites-map
            [sites]="sites()"
            [zones]="zones()"
            [commune]="commune()"
            [drawing]="drawing()"
            [tileUrl]="session.appInfo()?.tileUrl ?? ''"
            [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
            label="Carte : tracer les sites du projet"
            (drawn)="placed($event)"
          />
        </div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline fr-mt-4w">
        <li>
          <button
            class="fr-btn"
            type="button"
            [disabled]="busy()"
            (click)="submit()"
            data-testid="video-submit"
          >
            Envoyer la demande
          </button>
        </li>
        <li><a class="fr-btn fr-btn--secondary" routerLink="/videoprotection">Annuler</a></li>
      </ul>
    </div>
  `,
})
export class VideoProjectFormPage {
  protected readonly session = inject(Session);
  private readonly communesQuery = inject(VideoProjectCommunesGQL);
  private readonly zonesQuery = inject(ZonesGQL);
  private readonly submitGql = inject(SubmitVideoProjectGQL);
  private readonly router = inject(Router);

  private readonly communeList = liveQuery(
    () => true,
    () => this.communesQuery.fetch({}).pipe(map((result) => result.data!.videoProjectCommunes)),
  );
  protected readonly communes = computed(() => this.communeList.value() ?? []);
  protected readonly commune = signal<string | null>(null);
  private readonly zoneList = liveQuery(
    () => this.commune(),
    (communeCode) =>
      communeCode
        ? this.zonesQuery
            .fetch({ variables: { filter: { kind: 'PRIORITY_ZONE', communeCode } } })
            .pipe(map((result) => result.data!.zones))
        : of([]),
  );
  protected readonly zones = computed(() => this.zoneList.value() ?? []);
  protected readonly sites = signal<SiteDraft[]>([emptySite()]);
  protected readonly drawing = signal<SiteDrawing | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly lines = computed(() => problemLines(this.problem()));
  protected readonly drawStatus = computed(() => {
    const drawing = this.drawing();
    if (!drawing) return 'Choisissez « Placer un point » ou « Dessiner un polygone » pour un site.';
    return drawing.kind === 'Point'
      ? `Site ${drawing.index + 1} : cliquez sur la carte à l’emplacement du site.`
      : `Site ${drawing.index + 1} : cliquez pour chaque sommet, puis sur le premier sommet pour fermer le polygone.`;
  });
  protected title = '';
  protected purpose = '';

  constructor() {
    effect(() => {
      const [first] = this.communes();
      if (first && !this.commune()) this.commune.set(first.code);
    });
  }

  protected patch(index: number, change: Partial<SiteDraft>): void {
    this.sites.update((sites) => sites.map((site, i) => (i === index ? { ...site, ...change } : site)));
  }

  protected add(): void {
    this.sites.update((sites) => [...sites, emptySite()]);
  }

  protected remove(index: number): void {
    this.sites.update((sites) => sites.filter((_, i) => i !== index));
    this.drawing.set(null);
  }

  protected draw(index: number, kind: SiteDrawing['kind']): void {
    this.drawing.set(this.isDrawing(index, kind) ? null : { index, kind });
  }

  protected isDrawing(index: number, kind: SiteDrawing['kind']): boolean {
    const drawing = this.drawing();
    return drawing?.index === index && drawing.kind === kind;
  }

  protected placed(event: { index: number; geometry: unknown }): void {
    this.patch(event.index, { geometry: event.geometry });
    this.drawing.set(null);
  }

  protected shapeOf(site: SiteDraft): string {
    const geometry = site.geometry as { type: string; coordinates: number[] | number[][][] } | null;
    if (!geometry) return 'Pas encore tracé.';
    if (geometry.type === 'Point') {
      const [lon, lat] = geometry.coordinates as number[];
      return `Point tracé (${lat.toFixed(5).replace('.', ',')} ; ${lon.toFixed(5).replace('.', ',')}).`;
    }
    return `Polygone tracé (${(geometry.coordinates as number[][][])[0].length - 1} sommets).`;
  }

  protected async submit(): Promise<void> {
    const missing = this.sites().findIndex((site) => !site.geometry);
    if (missing >= 0) {
      this.problem.set({ message: `Tracez le site ${missing + 1} sur la carte.`, code: null, fields: {} });
      return;
    }
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.submitGql.mutate({
          variables: {
            input: {
              communeCode: this.commune() ?? '',
              title: this.title,
              purpose: this.purpose,
              sites: this.sites().map((site) => ({
                name: site.name,
                cameras: site.cameras,
                geometry: site.geometry,
              })),
            },
          },
        }),
      );
      await this.router.navigate(['/videoprotection', result.data!.submitVideoProject.id]);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
