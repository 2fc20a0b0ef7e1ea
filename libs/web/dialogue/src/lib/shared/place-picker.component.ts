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
import { addCommuneOutlines, createFrenchMap } from '@continuum/web/map';
import { circleMarker, CircleMarker, LeafletMouseEvent, Map as LeafletMap, tileLayer } from 'leaflet';

export interface PlacePoint {
  longitude: number;
  latitude: number;
}

const DEPARTEMENT_VIEW: [number, number] = [47.9, 2.15];

/**
 * A map to place one point on (a click), or to show one (`readonly`): the communes drawn as the
 * background when there is no tile server (the commune given at first drawn stronger). Without a mouse the point
 * stays optional: the form says so.
 */
@Component({
  selector: 'cnt-place-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styles: `
    @import 'leaflet/dist/leaflet.css';
    .cnt-place-map {
      height: 18rem;
      border: 1px solid var(--border-default-grey);
      z-index: 0;
    }
    .cnt-place-map--pick {
      cursor: crosshair;
    }
    .cnt-place-map--plain.leaflet-container {
      background: var(--background-alt-blue-france);
    }
  `,
  template: `<div
    #map
    class="cnt-place-map"
    [class.cnt-place-map--plain]="!tileUrl()"
    [class.cnt-place-map--pick]="!readonly()"
    role="region"
    [attr.aria-label]="label()"
    data-testid="place-map"
  ></div>`,
})
export class PlacePickerComponent {
  readonly point = input<PlacePoint | null>(null);
  readonly commune = input<string | null>(null);
  readonly tileUrl = input('');
  readonly tileAttribution = input('');
  readonly readonly = input(false);
  readonly label = input('Carte : cliquez pour indiquer le lieu');
  readonly pointChange = output<PlacePoint>();

  private readonly container = viewChild.required<ElementRef<HTMLElement>>('map');
  private map: LeafletMap | null = null;
  private marker: CircleMarker | null = null;

  constructor() {
    afterRenderEffect(() => {
      const point = this.point();
      const commune = this.commune();
      untracked(() => this.render(point, commune));
    });
    inject(DestroyRef).onDestroy(() => this.map?.remove());
  }

  private render(point: PlacePoint | null, commune: string | null): void {
    if (!this.map) {
      const map = createFrenchMap(this.container().nativeElement, { zoomSnap: 0.25, minZoom: 6 });
      if (this.tileUrl())
        tileLayer(this.tileUrl(), { attribution: this.tileAttribution(), maxZoom: 19 }).addTo(map);
      map.on('click', (event: LeafletMouseEvent) => {
        if (this.readonly()) return;
        const round = (value: number) => Math.round(value * 1e6) / 1e6;
        this.pointChange.emit({ latitude: round(event.latlng.lat), longitude: round(event.latlng.lng) });
      });
      map.setView(point ? [point.latitude, point.longitude] : DEPARTEMENT_VIEW, point ? 14 : 9);
      addCommuneOutlines(map, { emphasise: commune ?? undefined });
      this.map = map;
    }
    this.marker?.remove();
    this.marker = point
      ? circleMarker([point.latitude, point.longitude], {
          radius: 9,
          color: '#000091',
          weight: 3,
          fillColor: '#ffffff',
          fillOpacity: 1,
        }).addTo(this.map)
      : null;
  }
}
