/**
 * Structural validation of the GeoJSON geometries a zone may have (RFC 7946, WGS 84).
 * Returns the problems in French, empty when the geometry is acceptable. Self-intersection
 * is checked by the caller on the server (PostGIS), which has the geometry library.
 */
export type Position = [number, number];

export type ZoneGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

const ACCEPTED = ['Point', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];

export function geometryProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['La géométrie doit être un objet GeoJSON.'];
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !ACCEPTED.includes(type)) {
    return [
      `Type de géométrie non accepté (${String(type)}) : Point, LineString, MultiLineString, Polygon ou MultiPolygon.`,
    ];
  }
  switch (type) {
    case 'Point':
      return positionProblems(coordinates, 'le point');
    case 'LineString':
      return lineProblems(coordinates, 'la ligne');
    case 'MultiLineString':
      return listOf(coordinates, 'les lignes', (line, i) => lineProblems(line, `la ligne ${i + 1}`));
    case 'Polygon':
      return polygonProblems(coordinates, 'le polygone');
    default:
      return listOf(coordinates, 'les polygones', (polygon, i) =>
        polygonProblems(polygon, `le polygone ${i + 1}`),
      );
  }
}

export function isZoneGeometry(value: unknown): value is ZoneGeometry {
  return geometryProblems(value).length === 0;
}

function listOf(value: unknown, what: string, check: (item: unknown, index: number) => string[]): string[] {
  if (!Array.isArray(value) || value.length === 0) return [`Les coordonnées ${ofThe(what)} sont absentes.`];
  return value.flatMap(check);
}

/** « du point », « de la ligne »: French contracts « de le ». */
function ofThe(what: string): string {
  return what.startsWith('le ') ? `du ${what.slice(3)}` : `de ${what}`;
}

function positionProblems(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length < 2) {
    return [`Les coordonnées ${ofThe(what)} doivent être [longitude, latitude].`];
  }
  // The platform's geometries are plane (PostGIS columns without Z): an altitude is refused here,
  // where it can be said, rather than by the database.
  if (value.length > 2) {
    return [`Les coordonnées ${ofThe(what)} doivent être [longitude, latitude], sans altitude.`];
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return [`Les coordonnées ${ofThe(what)} doivent être des nombres.`];
  }
  const [lon, lat] = value as number[];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    return [`Les coordonnées ${ofThe(what)} sont hors des bornes (longitude −180…180, latitude −90…90).`];
  }
  return [];
}

function lineProblems(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length < 2)
    return [`${capitalize(what)} doit compter au moins deux points.`];
  return value.flatMap((p, i) => positionProblems(p, `${what} (point ${i + 1})`));
}

function polygonProblems(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0) return [`${capitalize(what)} n’a pas d’anneau extérieur.`];
  return value.flatMap((ring, r) => {
    // « de le polygone » contracts to « du polygone ».
    const of = ofThe(what);
    const name = r === 0 ? `l’anneau extérieur ${of}` : `le trou ${r} ${of}`;
    if (!Array.isArray(ring) || ring.length < 4) {
      return [`${capitalize(name)} doit compter au moins quatre positions (la première répétée à la fin).`];
    }
    const positions = ring.flatMap((p, i) => positionProblems(p, `${name} (point ${i + 1})`));
    if (positions.length > 0) return positions;
    const first = ring[0] as number[];
    const last = ring[ring.length - 1] as number[];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      return [`${capitalize(name)} n’est pas fermé : la dernière position doit répéter la première.`];
    }
    if (new Set(ring.slice(0, -1).map((p: number[]) => `${p[0]},${p[1]}`)).size < 3) {
      return [`${capitalize(name)} doit avoir au moins trois sommets distincts.`];
    }
    return [];
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
