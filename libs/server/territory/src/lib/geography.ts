import { Column, type EntityManager } from 'typeorm';

/**
 * The territory's spatial rules, as PostGIS predicates. Other contexts call these functions
 * rather than writing their own spatial SQL against `communes` or `zones`.
 *
 * Commune outlines are simplified (IGN ADMIN EXPRESS COG 2018, Visvalingam 25 %): their edges move
 * by up to a few tens of metres, so a point is tested against its commune with a tolerance.
 */
export const COMMUNE_BORDER_TOLERANCE_M = 150;

/** A drawn area reaches a commune when it overlaps it by more than this margin (a stroke along a border does not). */
export const AREA_BORDER_MARGIN_M = 50;

type Queryable = Pick<EntityManager, 'query'>;

/** GEOS's reasons for an invalid geometry, said in French (the first word or two suffice). */
const INVALIDITY: [RegExp, string][] = [
  [/^Nested shells/i, 'un polygone est dans un autre'],
  [/^Hole lies outside shell/i, 'un trou sort du contour'],
  [/^Holes are nested/i, 'un trou est dans un autre'],
  [/^Interior is disconnected/i, 'les trous coupent le polygone en morceaux'],
  [/^Duplicate Rings/i, 'un anneau est répété'],
  [/Self-intersection/i, 'le contour du polygone se recoupe lui-même'],
  [/^Too few points/i, 'un anneau a trop peu de sommets'],
];

/**
 * Why PostGIS cannot work with a geometry that passed the structural check (`geometryProblems` and
 * the turf self-intersection test), in French — null when it can. Polygons nested in one another
 * or a hole outside its shell are stored without complaint but make every intersection computed
 * with them fail (GEOS: TopologyException); a geometry spanning 180° of longitude or latitude has
 * edges between antipodal points, which no geography function accepts.
 */
export async function shapeProblem(db: Queryable, geometry: unknown): Promise<string | null> {
  let row: { reason: string | null; width: number; height: number } | undefined;
  try {
    [row] = await db.query(
      `select case when ST_IsValid(g) then null else ST_IsValidReason(g) end as reason,
              ST_XMax(g) - ST_XMin(g) as width, ST_YMax(g) - ST_YMin(g) as height
         from (select ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) as g) parsed`,
      [JSON.stringify(geometry)],
    );
  } catch (error) {
    // PostGIS refusing the GeoJSON (internal_error); a lost connection is not the client's fault.
    if ((error as { code?: string }).code !== 'XX000') throw error;
    return 'PostGIS ne sait pas la lire.';
  }
  if (!row) return 'PostGIS ne sait pas la lire.';
  if (row.width >= 180 || row.height >= 180)
    return 'elle s’étend sur 180° de longitude ou de latitude, ou davantage.';
  if (row.reason === null) return null;
  const said = INVALIDITY.find(([pattern]) => pattern.test(row.reason!));
  return said ? `${said[1]}.` : 'PostGIS la juge invalide.';
}

export interface LonLat {
  longitude: number;
  latitude: number;
}

/**
 * Whether a point lies in its commune (within the tolerance). A commune whose outline is unknown
 * (the seed lists them) cannot be checked: the point is accepted.
 */
export async function pointInCommune(db: Queryable, communeCode: string, point: LonLat): Promise<boolean> {
  const [row]: { inside: boolean | null }[] = await db.query(
    `select ${pointInCommuneSql('outline', 'ST_SetSRID(ST_MakePoint($2, $3), 4326)')} as inside
       from communes where code = $1`,
    [communeCode, point.longitude, point.latitude],
  );
  return row?.inside ?? true;
}

/**
 * The same rule as `pointInCommune`, as a SQL expression over a commune outline and a point (both
 * SQL expressions, SRID 4326), for checks on many rows at once (an import of incidents). Null when
 * the outline is. A point inside the outline is decided by the plane test, which the GiST index and
 * GEOS's prepared geometries make cheap; only the others pay for the tolerance, measured on the
 * spheroid.
 */
export function pointInCommuneSql(outline: string, point: string): string {
  return `(case when ${outline} is null then null
                when ST_Intersects(${outline}, ${point}) then true
                else ST_DWithin(${outline}::geography, (${point})::geography, ${COMMUNE_BORDER_TOLERANCE_M}) end)`;
}

/** Whether a point lies within `metres` of a zone's geometry. */
export async function pointNearZone(
  db: Queryable,
  zoneId: string,
  point: LonLat,
  metres: number,
): Promise<boolean> {
  const [row]: { near: boolean }[] = await db.query(
    `select ST_DWithin(shape::geography, ST_SetSRID(ST_MakePoint($2, $3), 4326)::geography, $4) as near
       from zones where id = $1`,
    [zoneId, point.longitude, point.latitude, metres],
  );
  return row?.near ?? false;
}

/**
 * The area drawn, shrunk by the border margin (the area itself when it is narrower than that),
 * as a SQL expression over the GeoJSON parameter `$n`.
 */
function innerArea(parameter: string): string {
  return `(select case when ST_IsEmpty(b) then g else b end
             from (select g, ST_Buffer(g::geography, -${AREA_BORDER_MARGIN_M})::geometry as b
                     from (select ST_SetSRID(ST_GeomFromGeoJSON(${parameter}::text), 4326) as g) raw) shrunk)`;
}

/** The communes of the département a drawn area reaches, by their outlines, in name order. */
export async function communesReachedByArea(
  db: Queryable,
  departementCode: string,
  area: unknown,
): Promise<{ code: string; name: string }[]> {
  return db.query(
    `select c.code, c.name from communes c
      where c.departement_code = $1 and c.outline is not null
        and ST_Intersects(c.outline, ${innerArea('$2')})
      order by c.name collate "fr-FR-x-icu", c.code`,
    [departementCode, JSON.stringify(area)],
  );
}

/** The zones a drawn area overlaps, with their communes. */
export async function zonesReachedByArea(
  db: Queryable,
  area: unknown,
): Promise<{ name: string; communes: string[] }[]> {
  return db.query(
    `select z.name, array(select zc.commune_code from zone_communes zc where zc.zone_id = z.id order by 1) as communes
       from zones z
      where ST_Intersects(z.shape, ${innerArea('$1')})
      order by z.name collate "fr-FR-x-icu"`,
    [JSON.stringify(area)],
  );
}

/**
 * SQL condition: the drawn area `areaShape` (a PostGIS column) reaches one of the communes
 * `communeCodes` (a varchar[] expression) — for the fan-out, where an area inside a commune hears
 * of what is said of the whole commune.
 */
export function areaReachesCommunesSql(areaShape: string, communeCodes: string): string {
  return `exists (select 1 from communes tc
                   where tc.code = any(${communeCodes}) and tc.outline is not null
                     and ST_Intersects(tc.outline, ${areaShape})
                     -- made valid: an area stored before invalid ones were refused must not fail the fan-out
                     and ST_Area(ST_Intersection(tc.outline, ST_MakeValid(${areaShape}))::geography) > ${AREA_BORDER_MARGIN_M} * ${AREA_BORDER_MARGIN_M})`;
}

/**
 * The département's commune outlines as one GeoJSON FeatureCollection (properties `code`, `name`),
 * simplified to `toleranceDegrees` and rounded to 4 decimals (~10 m): the maps' background.
 */
export async function communeOutlinesGeoJson(
  db: Queryable,
  departementCode: string,
  toleranceDegrees = 0.0005,
): Promise<string> {
  const [row]: { body: string }[] = await db.query(
    `select json_build_object(
              'type', 'FeatureCollection',
              'features', coalesce(json_agg(json_build_object(
                'type', 'Feature',
                'properties', json_build_object('code', code, 'name', name),
                'geometry', ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(outline, $2)), 4)::json) order by code), '[]'::json)
            )::text as body
       from communes where departement_code = $1 and outline is not null`,
    [departementCode, toleranceDegrees],
  );
  return row.body;
}

/**
 * A point as PostGIS, generated from the entity's `longitude`/`latitude` columns (null when either
 * is): what spatial predicates and the GiST index use. Never selected nor written by TypeORM.
 */
export function GeneratedPointColumn(): PropertyDecorator {
  return Column({
    type: 'geometry',
    spatialFeatureType: 'Point',
    srid: 4326,
    nullable: true,
    generatedType: 'STORED',
    asExpression:
      'CASE WHEN "longitude" IS NULL OR "latitude" IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint("longitude", "latitude"), 4326) END',
    select: false,
    insert: false,
    update: false,
  });
}

/** A geometry as PostGIS, generated from the GeoJSON (jsonb) column `source`, as above. */
export function GeneratedShapeColumn(source: string, options: { nullable: boolean }): PropertyDecorator {
  return Column({
    type: 'geometry',
    spatialFeatureType: 'Geometry',
    srid: 4326,
    nullable: options.nullable,
    generatedType: 'STORED',
    asExpression: `ST_SetSRID(ST_GeomFromGeoJSON("${source}"), 4326)`,
    select: false,
    insert: false,
    update: false,
  });
}
