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
import { cellToBoundary } from 'h3-js';
import { featureGroup, FeatureGroup, Layer, Map as LeafletMap, polygon, tileLayer } from 'leaflet';
import { addCommuneOutlines } from './commune-outlines';
import { createFrenchMap } from './french-map';
import { plainText } from './plain-text';
import { densityClasses, HexClass } from './density-classes';
import { MapZone, zonesLayer } from './zone-layer';
import { legendOf } from './zone-style';

/** One H3 cell with its count, its Gi* z-score and its kernel density (facts per km²). */
export interface MapHex {
  h3: string;
  count: number;
  z: number | null;
  density?: number;
}

/** What the hexes are coloured by: the Gi* z-score (a test) or the kernel density (a surface). */
export type HexShading = 'z' | 'density';

/** A zone drawn over the hexes (the territory's zones). */
export type HexMapZone = Pick<MapZone, 'id' | 'name' | 'kind' | 'kindLabel' | 'geometry'>;

/** The classes of z the hexes are coloured by (Gi*, two-sided 95 % and 99 %). */
export const HEX_CLASSES = [
  { key: 'hot99', label: 'Point chaud, z ≥ 2,58', color: '#a10014', min: 2.58, max: Infinity },
  { key: 'hot95', label: 'Point chaud, 1,96 ≤ z < 2,58', color: '#f95c5e', min: 1.96, max: 2.58 },
  { key: 'none', label: 'Non significatif', color: '#cecece', min: -1.96, max: 1.96 },
  { key: 'cold', label: 'Point froid, z ≤ −1,96', color: '#4f6bd9', min: -Infinity, max: -1.96 },
] as const;

export function hexClass(z: number | null): (typeof HEX_CLASSES)[number] {
  const value = z ?? 0;
  return HEX_CLASSES.find((one) => value >= one.min && value < one.max) ?? HEX_CLASSES[2];
}

/**
 * Hexagons of the H3 grid on a Leaflet map, coloured by their Gi* z-score, over the communes'
 * outlines, with a legend. Non-significant cells are drawn only where facts were recorded. Tiles
 * only when a tile URL is given.
 */
@Component({
  selector: 'cnt-hex-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './zone-map.component.css',
  template: `
    <div
      #map
      class="cnt-zone-map"
      [class.cnt-zone-map--plain]="!tileUrl()"
      role="region"
      [attr.aria-label]="label()"
      data-testid="hex-map"
    ></div>
    <ul class="cnt-zone-map__legend fr-text--sm fr-mt-1w" aria-label="Légende">
      @for (item of legend(); track item.key) {
        <li>
          <span
            class="cnt-zone-map__swatch"
            aria-hidden="true"
            [style.background]="item.color"
            [style.border-color]="item.color"
          ></span>
          {{ item.label }}
        </li>
      }
      @for (item of zoneLegend(); track item.kind) {
        <li>
          <span
            class="cnt-zone-map__swatch"
            aria-hidden="true"
            [style.background]="item.style.fillColor"
            [style.border-color]="item.style.color"
          ></span>
          {{ item.label }} (zone)
        </li>
      }
    </ul>
  `,
})
export class HexMapComponent {
  readonly hexes = input.required<readonly MapHex[]>();
  readonly label = input('Carte des points chauds');
  readonly tileUrl = input('');
  readonly tileAttribution = input('');
  readonly shading = input<HexShading>('z');
  /** Zones drawn over the hexes, outlined by kind. */
  readonly zones = input<readonly HexMapZone[]>([]);

  private readonly densities = computed(() => densityClasses(this.hexes()));
  protected readonly legend = computed<readonly HexClass[]>(() =>
    this.shading() === 'density' ? this.densities() : HEX_CLASSES,
  );
  protected readonly zoneLegend = computed(() => legendOf(this.zones()));
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private layer: FeatureGroup | null = null;
  private zoneLayer: Layer | null = null;

  constructor() {
    afterRenderEffect(() => {
      const hexes = this.hexes();
      const tiles = this.tileUrl();
      const shading = this.shading();
      const zones = this.zones();
      untracked(() => this.render(hexes, tiles, shading, zones));
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  /** The colour of a hex and whether it is drawn faint (nothing there to see). */
  private styleOf(hex: MapHex, shading: HexShading): { color: string; faint: boolean } {
    if (shading === 'z') {
      const style = hexClass(hex.z);
      return { color: style.color, faint: style.key === 'none' };
    }
    const classes = this.densities();
    const value = hex.density ?? 0;
    const found = classes.find((one) => value <= one.max) ?? classes[classes.length - 1];
    return value > 0 && found ? { color: found.color, faint: false } : { color: '#cecece', faint: true };
  }

  private render(
    hexes: readonly MapHex[],
    tiles: string,
    shading: HexShading,
    zones: readonly HexMapZone[],
  ): void {
    if (!this.map) {
      this.map = createFrenchMap(this.container().nativeElement, { zoomSnap: 0.25, minZoom: 6 });
      if (tiles) tileLayer(tiles, { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(this.map);
      addCommuneOutlines(this.map);
    }
    this.layer?.remove();
    this.zoneLayer?.remove();
    const shown = hexes.filter((hex) => hex.count > 0 || hexClass(hex.z).key !== 'none');
    const say = (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 2 });
    this.layer = featureGroup(
      shown.map((hex) => {
        const style = this.styleOf(hex, shading);
        return polygon(cellToBoundary(hex.h3) as [number, number][], {
          color: style.color,
          weight: 0.5,
          fillColor: style.color,
          fillOpacity: style.faint ? 0.35 : 0.75,
        }).bindTooltip(
          () =>
            plainText(
              `${hex.count.toLocaleString('fr-FR')} fait${hex.count > 1 ? 's' : ''} · z = ${
                hex.z === null ? '—' : say(hex.z)
              }${hex.density === undefined ? '' : ` · ${say(hex.density)} faits/km²`}`,
            ),
          { sticky: true },
        );
      }),
    ).addTo(this.map);
    // the zones over the hexes: outlines only, so that the hexes stay readable beneath
    this.zoneLayer = zonesLayer(zones as MapZone[], {
      restyle: (_zone, style) => ({ ...style, fillOpacity: 0, weight: 3 }),
      each: (zone, layer) =>
        layer.bindTooltip(() => plainText(`${zone.name} (${zone.kindLabel})`), { sticky: true }),
    }).addTo(this.map);
    const bounds = this.layer.getBounds();
    if (bounds.isValid()) this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 13 });
    else this.map.setView([47.9, 2.15], 8);
  }
}
