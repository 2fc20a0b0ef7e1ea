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
  signal,
  untracked,
  viewChild,
  ViewEncapsulation,
} from '@angular/core';
import {
  GeoJSON as GeoJsonLayer,
  LatLng,
  latLngBounds,
  Layer,
  Map as LeafletMap,
  PathOptions,
  polygon as leafletPolygon,
  Polygon as LeafletPolygon,
  tileLayer,
} from 'leaflet';
import { addCommuneOutlines } from './commune-outlines';
import { createFrenchMap } from './french-map';
import { AreaPolygon, cornerCount, polygonFromCorners } from './area-geometry';
import { plainText } from './plain-text';
import { MapZone, zonesLayer } from './zone-layer';

type Mode = 'idle' | 'drawing' | 'editing';

/** The drawn area: the DSFR's blue France, clearly above the zones. */
const AREA_STYLE: PathOptions = { color: '#000091', weight: 3, fillColor: '#6a6af4', fillOpacity: 0.25 };
const DEPARTEMENT_VIEW: [number, number] = [47.9, 2.15];

let nextId = 0;

/**
 * A map to draw an area on (a polygon, sent to the API as GeoJSON): « Dessiner la zone », then a
 * click per corner and a click on the first corner to close it; « Modifier le tracé » moves the
 * corners; « Effacer la zone » removes it. The zones of the département are shown as landmarks (the
 * chosen ones stronger). Drawing uses leaflet-geoman, loaded with the map; its own toolbar is left
 * out for DSFR buttons with French words, and the status line says what to do next.
 */
@Component({
  selector: 'cnt-area-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './area-map.component.css',
  host: { '(keydown.escape)': 'cancel()' },
  template: `
    <ul
      class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left fr-mb-0"
      aria-label="Tracé de la zone"
    >
      @if (mode() === 'drawing') {
        <li>
          <button type="button" class="fr-btn fr-btn--secondary" (click)="cancel()">Annuler le tracé</button>
        </li>
      } @else {
        <li>
          <button type="button" class="fr-btn fr-btn--secondary" [disabled]="!ready()" (click)="draw()">
            {{ area() ? 'Redessiner la zone' : 'Dessiner la zone' }}
          </button>
        </li>
        @if (area()) {
          <li>
            <button type="button" class="fr-btn fr-btn--tertiary" (click)="toggleEdit()">
              {{ mode() === 'editing' ? 'Terminer la modification' : 'Modifier le tracé' }}
            </button>
          </li>
          <li>
            <button type="button" class="fr-btn fr-btn--tertiary fr-icon-delete-line" (click)="clear()">
              Effacer la zone
            </button>
          </li>
        }
      }
    </ul>
    <div
      #map
      class="cnt-area-map"
      [class.cnt-area-map--plain]="!tileUrl()"
      [class.cnt-area-map--drawing]="mode() === 'drawing'"
      [class.cnt-area-map--invalid]="invalid()"
      role="region"
      [attr.aria-label]="label()"
      [attr.aria-describedby]="statusId"
      data-testid="area-map"
    ></div>
    <p class="fr-text--sm fr-mt-1w fr-mb-0" [id]="statusId" aria-live="polite" data-testid="area-status">
      {{ status() }}
    </p>
  `,
})
export class AreaMapComponent {
  /** The zones of the département, shown as landmarks. */
  readonly zones = input<readonly MapZone[]>([]);
  /** Zones to show stronger (those chosen elsewhere in the form). */
  readonly highlighted = input<readonly string[]>([]);
  /** The area drawn so far (from the server, or drawn here). */
  readonly area = input<AreaPolygon | null>(null);
  readonly tileUrl = input('');
  readonly tileAttribution = input('');
  readonly label = input('Carte : zone dessinée');
  readonly invalid = input(false);
  /** A new area was drawn, changed or erased (null). */
  readonly areaChange = output<AreaPolygon | null>();

  protected readonly statusId = `cnt-area-map-${++nextId}-status`;
  protected readonly ready = signal(false);
  protected readonly mode = signal<Mode>('idle');
  protected readonly status = computed(() => {
    if (!this.ready()) return 'Chargement de la carte…';
    switch (this.mode()) {
      case 'drawing':
        return 'Cliquez sur la carte pour placer chaque sommet, puis sur le premier sommet pour fermer la zone (Échap pour annuler).';
      case 'editing':
        return 'Déplacez les sommets pour ajuster la zone, puis « Terminer la modification ».';
      default: {
        const corners = cornerCount(this.area());
        return corners === 0 ? 'Aucune zone dessinée.' : `Zone dessinée : ${corners} sommets.`;
      }
    }
  });

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private geoman: Promise<unknown> | null = null;
  private destroyed = false;
  private zoneLayer: GeoJsonLayer | null = null;
  private areaLayer: LeafletPolygon | null = null;
  /** The area the map shows now: the one this component emitted is not drawn again. */
  private shown: AreaPolygon | null = null;
  private fitted = false;
  private resizes: ResizeObserver | null = null;

  constructor() {
    afterRenderEffect(() => {
      const zones = this.zones();
      const highlighted = this.highlighted();
      const area = this.area();
      const tiles = this.tileUrl();
      untracked(() => void this.render(zones, highlighted, area, tiles));
    });
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.resizes?.disconnect();
      this.map?.remove();
    });
  }

  protected draw(): void {
    if (!this.map) return;
    this.stopEditing();
    this.map.pm.enableDraw('Polygon', {
      allowSelfIntersection: false,
      snappable: true,
      pathOptions: AREA_STYLE,
      templineStyle: { color: AREA_STYLE.color },
      hintlineStyle: { color: AREA_STYLE.color, dashArray: '5, 5' },
    });
    this.mode.set('drawing');
  }

  protected cancel(): void {
    if (this.mode() !== 'drawing' || !this.map) return;
    this.map.pm.disableDraw();
    this.mode.set('idle');
  }

  protected toggleEdit(): void {
    if (!this.areaLayer) return;
    if (this.mode() === 'editing') {
      this.stopEditing();
      this.emit();
    } else {
      this.areaLayer.pm.enable({ allowSelfIntersection: false, snappable: true });
      this.mode.set('editing');
    }
  }

  protected clear(): void {
    this.stopEditing();
    this.areaLayer?.remove();
    this.areaLayer = null;
    this.shown = null;
    this.areaChange.emit(null);
  }

  private stopEditing(): void {
    if (this.mode() === 'editing') this.areaLayer?.pm.disable();
    if (this.mode() !== 'drawing') this.mode.set('idle');
  }

  private async render(
    zones: readonly MapZone[],
    highlighted: readonly string[],
    area: AreaPolygon | null,
    tiles: string,
  ): Promise<void> {
    if (!this.map) {
      // Geoman patches Leaflet's classes: load it before the map and its layers are made.
      this.geoman ??= import('@geoman-io/leaflet-geoman-free');
      await this.geoman;
      if (this.destroyed) return;
      if (!this.map) this.createMap(tiles);
    }
    const map = this.map;
    if (!map) return;

    this.zoneLayer?.remove();
    const chosen = new Set(highlighted);
    this.zoneLayer = zonesLayer(zones, {
      restyle: (zone, style) =>
        chosen.has(zone.id)
          ? { ...style, weight: (style.weight ?? 2) + 1, fillOpacity: Math.max(style.fillOpacity ?? 0, 0.45) }
          : { ...style, opacity: 0.55, fillOpacity: (style.fillOpacity ?? 0) * 0.5 },
      each: (zone, layer) => {
        // Landmarks, not shapes to edit: geoman leaves them alone (snapping to them stays).
        (layer.options as Layer['options'] & { pmIgnore?: boolean }).pmIgnore = true;
        layer.bindTooltip(() => plainText(zone.name), { sticky: true });
      },
    }).addTo(map);
    this.zoneLayer.bringToBack();

    if (area !== this.shown) {
      this.stopEditing();
      this.areaLayer?.remove();
      this.areaLayer = area
        ? leafletPolygon(
            area.coordinates.map((ring) => ring.map(([lng, lat]) => new LatLng(lat, lng))),
            AREA_STYLE,
          ).addTo(map)
        : null;
      this.shown = area;
    }

    // Fitted once there is something to fit: the area, else the zones (they may come after the map).
    const bounds = this.areaLayer?.getBounds() ?? this.zoneLayer.getBounds();
    if (!this.fitted && bounds.isValid()) {
      this.fitted = true;
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 14 });
    }
  }

  private createMap(tiles: string): void {
    const element = this.container().nativeElement;
    const map = createFrenchMap(element, {
      zoomSnap: 0.25,
      attributionControl: true,
      minZoom: 6,
      maxBounds: latLngBounds([46.5, 0.5], [49.3, 3.8]),
    });
    // A view before any layer: Leaflet draws vectors only on a map that has one.
    map.setView(DEPARTEMENT_VIEW, 8);
    if (tiles) tileLayer(tiles, { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(map);
    addCommuneOutlines(map);
    // The form around may still be settling (fonts, scrollbar): Leaflet must know its real size.
    this.resizes = new ResizeObserver(() => map.invalidateSize());
    this.resizes.observe(element);
    map.pm.setLang('fr');
    map.on('pm:create', (event) => {
      this.areaLayer?.remove();
      this.areaLayer = event.layer as LeafletPolygon;
      this.areaLayer.setStyle(AREA_STYLE);
      this.emit();
    });
    map.on('pm:drawend', () => this.mode.set('idle'));
    this.map = map;
    this.ready.set(true);
  }

  /** Tells the form the area the map now shows. */
  private emit(): void {
    if (!this.areaLayer) return;
    const rings = this.areaLayer.getLatLngs() as LatLng[][];
    const area = polygonFromCorners(rings[0] ?? []);
    this.shown = area;
    this.areaChange.emit(area);
  }
}
