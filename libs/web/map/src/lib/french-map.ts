import { control, map as createMap, Map as LeafletMap, MapOptions } from 'leaflet';

/** Leaflet's own words are English (« Zoom in »): every map of the app says them in French. */
export const ZOOM_TITLES = { zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' } as const;

/**
 * A Leaflet map as the app's maps all start: French zoom buttons, the attribution prefix without
 * Leaflet's flag, a metric scale. Layers and behaviour are the caller's.
 */
export function createFrenchMap(element: HTMLElement, options: MapOptions = {}): LeafletMap {
  const map = createMap(element, { ...options, zoomControl: false });
  control.zoom(ZOOM_TITLES).addTo(map);
  map.attributionControl?.setPrefix('Leaflet');
  control.scale({ imperial: false }).addTo(map);
  return map;
}
