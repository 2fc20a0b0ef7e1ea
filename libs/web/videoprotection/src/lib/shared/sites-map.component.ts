import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import {
  addCommuneOutlines,
  communeOutlines,
  createFrenchMap,
  type MapZone,
  plainText,
  polygonFromCorners,
  zonesLayer,
} from '@continuum/web/map';
import type { Geometry } from 'geojson';
import {
  circleMarker,
  geoJSON,
  GeoJSON as GeoJsonLayer,
  LatLng,
  LeafletMouseEvent,
  Map as LeafletMap,
  Polygon as LeafletPolygon,
  tileLayer,
} from 'leaflet';

export interface MapSite {
  name: string;
  geometry: unknown | null;
  targeted?: boolean;
}

export interface SiteDrawing {
  index: number;
  kind: 'Point' | 'Polygon';
}

const SITE_STYLE = { color: '#000091', weight: 3, fillColor: '#6a6af4', fillOpacity: 0.35 };
const HOT_STYLE = { color: '#ce0500', weight: 1, fillColor: '#ce0500', fillOpacity: 0.25 };
const DEPARTEMENT_VIEW: [number, number] = [47.9, 2.15];

/**
 * The sites of a project on the map, against the priority zones and — when given (the cabinet's) —
 * the diagnostic's hot cells; in the form, a site is drawn on it: a click places a point, geoman
 * draws a polygon (a click per corner, then the first corner again).
 */
@Component({
  selector: 'cnt-sites-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styles: `
    @import 'leaflet/dist/leaflet.css';
    .cnt-sites-map {
      height: 24rem;
      border: 1px solid var(--border-default-grey);
      z-index: 0;
    }
    .cnt-sites-map--plain.leaflet-container {
      background: var(--background-alt-blue-france);
    }
    .cnt-sites-map--drawing.leaflet-container {
      cursor: crosshair;
    }
    .cnt-sites-map .leaflet-control-zoom a {
      background-image: none;
    }
    .cnt-sites-map .marker-icon {
      background-color: #fff;
      border: 2px solid #000091;
      border-radius: 50%;
      margin: -8px 0 0 -8px !important;
      width: 14px !important;
      height: 14px !important;
    }
    .cnt-sites-map .marker-icon-middle {
      display: none;
    }
    .cnt-sites-map-legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      list-style: none;
      padding: 0;
    }
    .cnt-sites-map-legend span[aria-hidden] {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      margin-right: 0.5rem;
      vertical-align: middle;
      border: 2px solid;
    }
  `,
  template: `
    <div
      #map
      class="cnt-sites-map"
      [class.cnt-sites-map--plain]="!tileUrl()"
      [class.cnt-sites-map--drawing]="!!drawing()"
      role="region"
      [attr.aria-label]="label()"
      data-testid="sites-map"
    ></div>
    <ul class="cnt-sites-map-legend fr-text--sm fr-mt-1w fr-mb-0">
      <li><span aria-hidden="true" style="border-color:#000091;background:#6a6af4"></span>Sites du projet</li>
      <li>
        <span aria-hidden="true" style="border-color:#b34000;background:#e4794a"></span>Zones prioritaires
      </li>
      @if (hotCells()) {
        <li>
          <span aria-hidden="true" style="border-color:#ce0500;background:#f5c9c7"></span>Points chauds du
          diagnostic
        </li>
      }
    </ul>
  `,
})
export class SitesMapComponent {
  readonly sites = input<readonly MapSite[]>([]);
  readonly zones = input<readonly MapZone[]>([]);
  /** The hot cells (a GeoJSON FeatureCollection): the cabinet's only. */
  readonly hotCells = input<unknown | null>(null);
  readonly commune = input<string | null>(null);
  readonly drawing = input<SiteDrawing | null>(null);
  readonly tileUrl = input('');
  readonly tileAttribution = input('');
  readonly label = input('Carte des sites du projet');
  readonly drawn = output<{ index: number; geometry: unknown }>();

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private geoman: Promise<unknown> | null = null;
  private destroyed = false;
  private layers: GeoJsonLayer[] = [];
  private fittedTo: string | null = null;

  constructor() {
    afterRenderEffect(() => {
      const state = {
        sites: this.sites(),
        zones: this.zones(),
        hot: this.hotCells(),
        commune: this.commune(),
        drawing: this.drawing(),
      };
      untracked(() => void this.render(state));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.map?.remove();
    });
  }

  private async render(state: {
    sites: readonly MapSite[];
    zones: readonly MapZone[];
    hot: unknown | null;
    commune: string | null;
    drawing: SiteDrawing | null;
  }): Promise<void> {
    if (!this.map) {
      this.geoman ??= import('@geoman-io/leaflet-geoman-free');
      await this.geoman;
      if (this.destroyed || this.map) return;
      this.createMap();
    }
    const map = this.map!;
    for (const layer of this.layers) layer.remove();
    this.layers = [];
    const zones = zonesLayer(state.zones, {
      each: (zone, layer) => {
        (layer.options as { pmIgnore?: boolean }).pmIgnore = true;
        layer.bindTooltip(() => plainText(zone.name), { sticky: true });
      },
    }).addTo(map);
    this.layers.push(zones);
    if (state.hot) {
      this.layers.push(
        geoJSON(
          state.hot as never,
          { style: () => HOT_STYLE, interactive: false, pmIgnore: true } as never,
        ).addTo(map),
      );
    }
    const drawnSites = state.sites.filter((site) => site.geometry);
    const sites = geoJSON(
      drawnSites.map((site) => ({
        type: 'Feature' as const,
        geometry: site.geometry as Geometry,
        properties: { name: site.name },
      })),
      {
        style: () => SITE_STYLE,
        pointToLayer: (_feature, latlng) => circleMarker(latlng, { ...SITE_STYLE, radius: 9 }),
        onEachFeature: (feature, layer) => {
          (layer.options as { pmIgnore?: boolean }).pmIgnore = true;
          layer.bindTooltip(() => plainText(String(feature.properties.name || 'Site')), { permanent: false });
        },
      },
    ).addTo(map);
    this.layers.push(sites);
    zones.bringToBack();

    map.pm.disableDraw();
    if (state.drawing?.kind === 'Polygon') {
      map.pm.enableDraw('Polygon', {
        allowSelfIntersection: false,
        pathOptions: SITE_STYLE,
        templineStyle: { color: SITE_STYLE.color },
        hintlineStyle: { color: SITE_STYLE.color, dashArray: '5, 5' },
      });
    }
    await this.fit(state.commune, sites);
  }

  /** Fitted to the sites once there are some, else to the commune. */
  private async fit(commune: string | null, sites: GeoJsonLayer): Promise<void> {
    const map = this.map!;
    const bounds = sites.getBounds();
    const key = bounds.isValid() ? 'sites' : `commune:${commune}`;
    if (this.fittedTo === key || (this.fittedTo === 'sites' && !bounds.isValid())) return;
    if (bounds.isValid()) {
      this.fittedTo = key;
      map.fitBounds(bounds, { padding: [48, 48], maxZoom: 15, animate: false });
      return;
    }
    if (!commune) return;
    const outlines = await communeOutlines();
    const feature = outlines?.features.find((item) => item.properties.code === commune);
    if (!feature || this.destroyed) return;
    this.fittedTo = key;
    map.fitBounds(geoJSON(feature).getBounds(), { padding: [8, 8], animate: false });
  }

  private createMap(): void {
    const element = this.container().nativeElement;
    const map = createFrenchMap(element, { zoomSnap: 0.25, minZoom: 6 });
    map.setView(DEPARTEMENT_VIEW, 9);
    if (this.tileUrl())
      tileLayer(this.tileUrl(), { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(map);
    addCommuneOutlines(map, { emphasise: this.commune() ?? undefined });
    map.pm.setLang('fr');
    map.on('click', (event: LeafletMouseEvent) => {
      const drawing = this.drawing();
      if (drawing?.kind !== 'Point') return;
      const round = (value: number) => Math.round(value * 1e6) / 1e6;
      this.drawn.emit({
        index: drawing.index,
        geometry: { type: 'Point', coordinates: [round(event.latlng.lng), round(event.latlng.lat)] },
      });
    });
    map.on('pm:create', (event) => {
      const layer = event.layer as LeafletPolygon;
      const rings = layer.getLatLngs() as LatLng[][];
      layer.remove();
      const drawing = this.drawing();
      const polygon = polygonFromCorners(rings[0] ?? []);
      if (drawing && polygon) this.drawn.emit({ index: drawing.index, geometry: polygon });
    });
    // Vector renderers redraw their clip on « moveend » only: a resize that keeps the centre would
    // leave the layers clipped to the former size.
    const resizes = new ResizeObserver(() => {
      map.invalidateSize({ pan: false });
      map.fire('moveend');
    });
    resizes.observe(element);
    map.on('unload', () => resizes.disconnect());
    this.map = map;
  }
}
