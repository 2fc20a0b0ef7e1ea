import type { FeatureCollection, MultiPolygon } from 'geojson';
import { geoJSON, Map as LeafletMap } from 'leaflet';

export type CommuneOutlines = FeatureCollection<MultiPolygon, { code: string; name: string }>;

/** `GET /territory/communes.geojson`: the communes' outlines (IGN ADMIN EXPRESS COG, Licence Ouverte). */
export const COMMUNE_OUTLINES_URL = '/territory/communes.geojson';

/** The pane the communes are drawn in: above tiles (200), under zones and points (overlays, 400). */
const PANE = 'cnt-communes';

export const COMMUNE_OUTLINES_ATTRIBUTION = 'Communes : IGN — ADMIN EXPRESS COG 2018, Licence Ouverte';

let outlines: Promise<CommuneOutlines | null> | null = null;

/** The outlines, fetched once per page load (the browser caches them across loads); null if unavailable. */
export function communeOutlines(): Promise<CommuneOutlines | null> {
  outlines ??= fetch(COMMUNE_OUTLINES_URL, { credentials: 'same-origin' })
    .then((response) => (response.ok ? (response.json() as Promise<CommuneOutlines>) : null))
    .catch(() => null)
    .then((collection) => {
      if (!collection) outlines = null; // asked again by the next map
      return collection;
    });
  return outlines;
}

/**
 * Draws the communes as a light vector background under whatever the map shows, so that a map
 * without a tile server is not blank: a place is read against its commune (`emphasise`: one commune
 * drawn stronger). Not interactive (it takes no focus and no click), with the source credited.
 */
export function addCommuneOutlines(map: LeafletMap, options: { emphasise?: string } = {}): void {
  if (!map.getPane(PANE)) {
    const pane = map.createPane(PANE);
    pane.style.zIndex = '250';
    pane.style.pointerEvents = 'none';
  }
  void communeOutlines().then((collection) => {
    if (!collection) return;
    // Leaflet draws vectors only on a map that has a view: wait for it.
    map.whenReady(() => {
      if (!map.getContainer().isConnected) return;
      geoJSON(collection, {
        pane: PANE,
        interactive: false,
        attribution: COMMUNE_OUTLINES_ATTRIBUTION,
        style: (feature) =>
          feature?.properties.code === options.emphasise
            ? { color: '#000091', weight: 2.5, opacity: 1, fillColor: '#ffffff', fillOpacity: 0.8 }
            : { color: '#8a8a8a', weight: 0.8, opacity: 0.9, fillColor: '#ffffff', fillOpacity: 0.55 },
      }).addTo(map);
    });
  });
}
