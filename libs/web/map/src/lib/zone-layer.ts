import type { ZonesQuery } from '@continuum/web/data-access';
import type { Feature, Geometry } from 'geojson';
import { circleMarker, geoJSON, GeoJSON as GeoJsonLayer, Layer, PathOptions } from 'leaflet';
import { zoneStyle } from './zone-style';

export type MapZone = ZonesQuery['zones'][number];

export interface ZoneLayerOptions {
  /** Called for each zone's layer (tooltips, popups, an index by id). */
  each?: (zone: MapZone, layer: Layer) => void;
  /** Restyles a zone (for instance faded landmarks, or the chosen ones stronger). */
  restyle?: (zone: MapZone, style: PathOptions) => PathOptions;
}

/**
 * The zones as one Leaflet layer, each styled by its kind: polygons and lines as they are, points as
 * vector circles (no marker images, so no request). Shared by the zone map and the area map.
 */
export function zonesLayer(zones: readonly MapZone[], options: ZoneLayerOptions = {}): GeoJsonLayer {
  const byId = new Map(zones.map((zone) => [zone.id, zone]));
  const styleOf = (id: string, kind: string): PathOptions => {
    const base: PathOptions = { ...zoneStyle(kind) };
    const zone = byId.get(id);
    return zone && options.restyle ? options.restyle(zone, base) : base;
  };
  const features: Feature<Geometry, { id: string; kind: string }>[] = zones.map((zone) => ({
    type: 'Feature',
    geometry: zone.geometry as Geometry,
    properties: { id: zone.id, kind: zone.kind },
  }));
  return geoJSON(features, {
    style: (feature) => styleOf(feature?.properties.id ?? '', feature?.properties.kind ?? 'OTHER'),
    pointToLayer: (feature, latlng) =>
      circleMarker(latlng, { ...styleOf(feature.properties.id, feature.properties.kind), radius: 8 }),
    onEachFeature: (feature, layer) => {
      const zone = byId.get(feature.properties.id);
      if (zone && options.each) options.each(zone, layer);
    },
  });
}
