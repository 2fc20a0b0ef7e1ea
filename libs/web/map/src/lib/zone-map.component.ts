import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import { GeoJSON as GeoJsonLayer, LatLng, LatLngBounds, Layer, Map as LeafletMap, tileLayer } from 'leaflet';
import { addCommuneOutlines } from './commune-outlines';
import { createFrenchMap } from './french-map';
import { plainText } from './plain-text';
import { MapZone, zonesLayer } from './zone-layer';
import { legendOf } from './zone-style';

export type { MapZone } from './zone-layer';

/**
 * The zones on a Leaflet map, fitted to them. Tiles only when the server gives a tile URL
 * (`appInfo.tileUrl`): without one the zones are drawn on a plain background and the map makes
 * no network request at all (points are vector circles, not marker images).
 */
@Component({
  selector: 'cnt-zone-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './zone-map.component.css',
  template: `
    <div
      #map
      class="cnt-zone-map"
      [class.cnt-zone-map--plain]="!tileUrl()"
      role="region"
      aria-label="Carte des zones"
      data-testid="zone-map"
    ></div>
    @if (legend().length > 0) {
      <ul class="cnt-zone-map__legend fr-text--sm fr-mt-1w" aria-label="Légende">
        @for (item of legend(); track item.kind) {
          <li>
            <span
              class="cnt-zone-map__swatch"
              aria-hidden="true"
              [style.background]="item.style.fillOpacity > 0 ? item.style.fillColor : 'transparent'"
              [style.border-color]="item.style.color"
            ></span>
            {{ item.label }}
          </li>
        }
      </ul>
    }
  `,
})
export class ZoneMapComponent {
  readonly zones = input.required<readonly MapZone[]>();
  readonly tileUrl = input('');
  readonly tileAttribution = input('');

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private zoneLayer: GeoJsonLayer | null = null;
  private readonly layersById = new Map<string, Layer>();

  protected readonly legend = computed(() => legendOf(this.zones()));

  constructor() {
    afterRenderEffect(() => {
      const zones = this.zones();
      const tiles = this.tileUrl();
      untracked(() => this.render(zones, tiles));
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  /** Centres the map on one zone and opens its description. */
  focus(zoneId: string): void {
    const layer = this.layersById.get(zoneId) as
      (Layer & { getBounds?: () => LatLngBounds; getLatLng?: () => LatLng }) | undefined;
    if (!layer || !this.map) return;
    if (layer.getBounds) this.map.fitBounds(layer.getBounds(), { maxZoom: 15, padding: [24, 24] });
    else if (layer.getLatLng) this.map.setView(layer.getLatLng(), 15);
    layer.openPopup();
    this.container().nativeElement.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }

  private render(zones: readonly MapZone[], tiles: string): void {
    if (!this.map) {
      this.map = createFrenchMap(this.container().nativeElement, {
        zoomSnap: 0.25,
        attributionControl: true,
        // The département fits at zoom 8; nothing is gained by zooming out further.
        minZoom: 6,
      });
      if (tiles) tileLayer(tiles, { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(this.map);
      addCommuneOutlines(this.map);
    }
    this.zoneLayer?.remove();
    this.layersById.clear();

    this.zoneLayer = zonesLayer(zones, {
      each: (zone, layer) => {
        this.layersById.set(zone.id, layer);
        layer.bindTooltip(() => plainText(zone.name), { sticky: true });
        layer.bindPopup(() => popupContent(zone));
      },
    }).addTo(this.map);

    const bounds = this.zoneLayer.getBounds();
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    else this.map.setView([47.9, 2.15], 8);
  }
}

/** Built with DOM nodes and textContent: zone names come from users, never as HTML. */
function popupContent(zone: MapZone): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('p');
  title.className = 'fr-text--bold fr-mb-1v';
  title.textContent = zone.name;
  const kind = document.createElement('p');
  kind.className = 'fr-text--sm fr-mb-1v';
  kind.textContent = zone.kindLabel;
  root.append(title, kind);
  if (zone.description) {
    const description = document.createElement('p');
    description.className = 'fr-text--sm fr-mb-1v';
    description.textContent = zone.description;
    root.append(description);
  }
  if (zone.communes.length > 0) {
    const communes = document.createElement('p');
    communes.className = 'fr-text--xs fr-mb-0';
    communes.textContent = `Commune${zone.communes.length > 1 ? 's' : ''} : ${zone.communes.map((c) => c.name).join(', ')}`;
    root.append(communes);
  }
  return root;
}
