import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { addCommuneOutlines, createFrenchMap, plainText } from '@continuum/web/map';
import {
  circleMarker,
  CircleMarker,
  featureGroup,
  FeatureGroup,
  LeafletMouseEvent,
  Map as LeafletMap,
  tileLayer,
} from 'leaflet';
import { mapLegend, MapPoint, roundPoint, statusColour } from './case-map-style';
import { STATUS_ORDER, statusLabel } from './case-labels';

export interface MapCase {
  id: string;
  reference: string;
  title: string;
  status: string;
  categoryLabel: string;
  point: MapPoint | null;
}

/** Where the map opens when there is nothing to fit: the Loiret. */
const DEPARTEMENT_VIEW: [number, number] = [47.9, 2.15];

/**
 * Cases on a Leaflet map, as the territory map draws zones: tiles only when the server gives a tile
 * URL (`appInfo.tileUrl`), otherwise a plain background and no network request at all (points are
 * vector circles, not marker images). With `pick`, a click places the case's point (`pointChange`).
 */
@Component({
  selector: 'cnt-case-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './case-map.component.css',
  template: `
    <div
      #map
      class="cnt-case-map"
      [class.cnt-case-map--plain]="!tileUrl()"
      [class.cnt-case-map--small]="pick() || small()"
      [class.cnt-case-map--pick]="pick()"
      role="region"
      [attr.aria-label]="label()"
      data-testid="case-map"
    ></div>
    @if (legend().length > 0) {
      <ul class="cnt-case-map__legend fr-text--sm fr-mt-1w" aria-label="Légende">
        @for (item of legend(); track item.status) {
          <li>
            <span class="cnt-case-map__dot" aria-hidden="true" [style.background]="item.colour"></span>
            {{ item.label }}
          </li>
        }
      </ul>
    }
  `,
})
export class CaseMapComponent {
  readonly cases = input<readonly MapCase[]>([]);
  readonly tileUrl = input('');
  readonly tileAttribution = input('');
  /** Pick mode: the point being chosen, and clicks move it. */
  readonly pick = input(false);
  readonly point = input<MapPoint | null>(null);
  readonly label = input('Carte des dossiers');
  /** A small map (the case page shows its place on one). */
  readonly small = input(false);
  /** A commune whose outline is drawn stronger (the case's own, on its page). */
  readonly commune = input<string | null>(null);
  readonly pointChange = output<MapPoint>();
  /** A case's link in its popup was followed (the page navigates, without reloading). */
  readonly open = output<string>();

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private layer: FeatureGroup | null = null;
  private chosen: CircleMarker | null = null;
  private fitted = false;

  protected readonly legend = computed(() =>
    mapLegend(
      this.cases().filter((item) => item.point),
      STATUS_ORDER,
      statusLabel,
    ),
  );

  constructor() {
    afterRenderEffect(() => {
      const cases = this.cases();
      const point = this.point();
      untracked(() => this.render(cases, point));
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  private setUp(): LeafletMap {
    const map = createFrenchMap(this.container().nativeElement, { zoomSnap: 0.25, minZoom: 6 });
    const tiles = this.tileUrl();
    if (tiles) tileLayer(tiles, { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(map);
    addCommuneOutlines(map, { emphasise: this.commune() ?? undefined });
    map.on('click', (event: LeafletMouseEvent) => {
      if (this.pick()) this.pointChange.emit(roundPoint(event.latlng.lat, event.latlng.lng));
    });
    return map;
  }

  private render(cases: readonly MapCase[], point: MapPoint | null): void {
    const map = (this.map ??= this.setUp());
    this.layer?.remove();
    this.layer = featureGroup();
    for (const item of cases) {
      if (!item.point) continue;
      const colour = statusColour(item.status);
      circleMarker([item.point.latitude, item.point.longitude], {
        radius: 7,
        color: '#ffffff',
        weight: 2,
        fillColor: colour,
        fillOpacity: 0.9,
      })
        .bindTooltip(() => plainText(`${item.reference} — ${item.title}`))
        .bindPopup(() => this.popupContent(item))
        .addTo(this.layer);
    }
    this.layer.addTo(map);

    this.chosen?.remove();
    this.chosen = point
      ? circleMarker([point.latitude, point.longitude], {
          radius: 9,
          color: '#000091',
          weight: 3,
          fillColor: '#ffffff',
          fillOpacity: 1,
        })
          .bindTooltip('Point du dossier')
          .addTo(map)
      : null;

    // Fit once to what there is; later changes (a click in pick mode) keep the user's view.
    if (this.fitted && this.pick()) return;
    const bounds = this.layer.getBounds();
    if (point) bounds.extend([point.latitude, point.longitude]);
    if (bounds.isValid()) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: this.small() && !this.pick() ? 12 : 15 });
      this.fitted = true;
    } else {
      map.setView(DEPARTEMENT_VIEW, 8);
    }
  }

  /** Built with DOM nodes and textContent: titles come from users, never as HTML. */
  private popupContent(item: MapCase): HTMLElement {
    const root = document.createElement('div');
    const reference = document.createElement('p');
    reference.className = 'fr-text--xs fr-mb-1v';
    reference.textContent = `${item.reference} · ${statusLabel(item.status)}`;
    const link = document.createElement('a');
    link.className = 'fr-link fr-text--bold';
    link.href = `/dossiers/${encodeURIComponent(item.id)}`;
    link.textContent = item.title;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      this.open.emit(item.id);
    });
    const category = document.createElement('p');
    category.className = 'fr-text--sm fr-mt-1v fr-mb-0';
    category.textContent = item.categoryLabel;
    root.append(reference, link, category);
    return root;
  }
}
