import type { Polygon, Position } from 'geojson';

/** An area drawn on a map, as the API takes it (`area`): a GeoJSON polygon in longitude, latitude. */
export type AreaPolygon = Polygon;

/** The drawn area among what the API returns (`area`, a JSON scalar): a polygon, or nothing. */
export function areaPolygon(value: unknown): AreaPolygon | null {
  if (typeof value !== 'object' || value === null) return null;
  const candidate = value as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  if (candidate.type === 'Feature') return areaPolygon(candidate.geometry);
  if (candidate.type !== 'Polygon' || !Array.isArray(candidate.coordinates)) return null;
  const rings = candidate.coordinates as unknown[];
  const valid = rings.every(
    (ring) =>
      Array.isArray(ring) &&
      ring.every((point) => Array.isArray(point) && point.length >= 2 && point.every(Number.isFinite)),
  );
  return valid && rings.length > 0 ? (value as AreaPolygon) : null;
}

/** Six decimals: about 10 cm, more than a hand on a map can place. */
function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * A polygon from the corners a user placed (latitude, longitude, as Leaflet gives them): longitude
 * first, rounded, the ring closed. Null under three distinct corners.
 */
export function polygonFromCorners(corners: readonly { lat: number; lng: number }[]): AreaPolygon | null {
  const ring: Position[] = corners.map((corner) => [round(corner.lng), round(corner.lat)]);
  const distinct = new Set(ring.map((point) => point.join(',')));
  if (distinct.size < 3) return null;
  const [first] = ring;
  const last = ring[ring.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([...first]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** The corners of the outer ring (the closing point not counted twice). */
export function cornerCount(area: AreaPolygon | null): number {
  const ring = area?.coordinates[0] ?? [];
  if (ring.length === 0) return 0;
  const [first] = ring;
  const last = ring[ring.length - 1];
  const closed = ring.length > 1 && first[0] === last[0] && first[1] === last[1];
  return closed ? ring.length - 1 : ring.length;
}
