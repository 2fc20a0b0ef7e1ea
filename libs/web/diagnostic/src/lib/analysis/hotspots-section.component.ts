import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  DiagnosticHotspotsGQL,
  liveQuery,
  PriorityZoneProposalsGQL,
  ZonesGQL,
} from '@continuum/web/data-access';
import { HexMapComponent, type HexShading } from '@continuum/web/map';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { PriorityZoneProposalsComponent } from './priority-zone-proposals.component';

/**
 * The hotspots of a year on the H3 grid (the cabinet's): the map of hexagons coloured by their Gi*
 * z-score or their kernel density over the communes, with the territory's zones drawn over them;
 * the hottest cells as a table (the accessible form of the map); the PAI of last year's hotspots
 * for this year, so that the cabinet knows how far to trust them; and the priority zones proposed
 * from the persistent hotspots, to confirm as zones of the territory.
 */
@Component({
  selector: 'cnt-hotspots-section',
  imports: [HexMapComponent, ProblemAlertComponent, PriorityZoneProposalsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-select-group fr-mb-2w">
      <label class="fr-label" for="hotspot-resolution">Taille des hexagones</label>
      <select
        id="hotspot-resolution"
        class="fr-select"
        [value]="resolution()"
        (change)="resolution.set(+$any($event.target).value)"
      >
        <option value="8">Résolution 8 (environ 0,7 km²)</option>
        <option value="9">Résolution 9 (environ 0,1 km²)</option>
      </select>
    </div>
    <div class="fr-select-group fr-mb-2w">
      <label class="fr-label" for="hotspot-shading">Couleur des hexagones</label>
      <select
        id="hotspot-shading"
        class="fr-select"
        [value]="shading()"
        (change)="shading.set($any($event.target).value)"
      >
        <option value="z">Score z (Gi*)</option>
        <option value="density">Densité de noyau (faits/km²)</option>
      </select>
    </div>
    <cnt-problem-alert [problem]="hotspots.problem()" />
    @if (hotspots.value(); as h) {
      <p data-testid="pai">{{ paiText() }}</p>
      <cnt-hex-map
        [hexes]="h.cells"
        [shading]="shading()"
        [zones]="zones.value() ?? []"
        [label]="'Carte des points chauds ' + year() + ' et des zones'"
      />
      <div class="fr-table fr-table--sm fr-mt-2w" data-testid="hotspot-table">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  Les
                  {{
                    hottest().length
                  }}
                  cellules les plus significatives ({{
                    significantCount()
                  }}
                  points chauds au seuil |z| ≥ 1,96)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Cellule H3</th>
                    <th scope="col" class="fr-cell--right">Faits</th>
                    <th scope="col" class="fr-cell--right">Score z</th>
                    <th scope="col" class="fr-cell--right">Densité (faits/km²)</th>
                  </tr>
                </thead>
                <tbody>
                  @for (cell of hottest(); track cell.h3) {
                    <tr>
                      <th scope="row">{{ cell.h3 }}</th>
                      <td class="fr-cell--right">{{ cell.count.toLocaleString('fr-FR') }}</td>
                      <td class="fr-cell--right">{{ number(cell.z) }}</td>
                      <td class="fr-cell--right">{{ number(cell.density) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <p class="fr-text--xs">
        Densité de noyau : noyau quartique sur la distance en anneaux H3, largeur de bande 3 anneaux, en faits
        par km² sur l’année.
      </p>
    } @else if (!hotspots.problem()) {
      <p>Calcul des points chauds…</p>
    }
    <h3 class="fr-h5 fr-mt-4w">Zones prioritaires proposées</h3>
    <cnt-problem-alert [problem]="proposals.problem()" />
    @if (proposals.value(); as p) {
      <cnt-priority-zone-proposals [proposals]="p" [communeCode]="communeCode()" (confirmedZone)="reload()" />
    } @else if (!proposals.problem()) {
      <p>Recherche des points chauds persistants…</p>
    }
  `,
})
export class HotspotsSectionComponent {
  readonly year = input.required<number>();
  readonly communeCode = input<string | null>(null);
  protected readonly resolution = signal(8);
  protected readonly shading = signal<HexShading>('z');
  private readonly query = inject(DiagnosticHotspotsGQL);
  private readonly proposalsQuery = inject(PriorityZoneProposalsGQL);
  private readonly zonesQuery = inject(ZonesGQL);

  protected readonly hotspots = liveQuery(
    () => ({ year: this.year(), resolution: this.resolution(), communeCode: this.communeCode() }),
    (variables) =>
      this.query
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data!.diagnosticHotspots)),
  );

  protected readonly proposals = liveQuery(
    () => ({ year: this.year(), resolution: this.resolution(), communeCode: this.communeCode() }),
    (variables) =>
      this.proposalsQuery
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data!.priorityZoneProposals)),
  );

  protected readonly zones = liveQuery(
    () => null,
    () => this.zonesQuery.fetch({ fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.zones)),
  );

  /** A zone was confirmed: it leaves the proposals and joins the zones on the map. */
  protected reload(): void {
    this.proposals.reload();
    this.zones.reload();
  }

  protected readonly significantCount = computed(
    () => this.hotspots.value()?.cells.filter((cell) => cell.significant && (cell.z ?? 0) > 0).length ?? 0,
  );
  protected readonly hottest = computed(() =>
    [...(this.hotspots.value()?.cells ?? [])]
      .filter((cell) => cell.significant && (cell.z ?? 0) > 0)
      .sort((a, b) => (b.z ?? 0) - (a.z ?? 0))
      .slice(0, 10),
  );
  protected readonly paiText = computed(() => {
    const pai = this.hotspots.value()?.predictionAccuracy;
    if (!pai) return '';
    if (pai.index === null)
      return `Pas d’indice de précision : aucun point chaud en ${this.year() - 1}, ou aucun fait cette année.`;
    const percent = (value: number) => (value * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    return `Indice de précision prédictive (PAI) des points chauds de ${this.year() - 1} : ${this.number(pai.index)} — ils couvrent ${percent(pai.areaShare)} % de la zone étudiée et ont reçu ${percent(pai.hitRate)} % des faits de ${this.year()} (${pai.hotspotCells.toLocaleString('fr-FR')} cellules).`;
  });

  protected number(value: number | null): string {
    return value === null ? '—' : value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
  }
}
