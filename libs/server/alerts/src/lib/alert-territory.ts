import { badInput } from '@continuum/server/platform';
import { boundingBox, TerritoryService, validZoneGeometry } from '@continuum/server/territory';
import type { EntityManager } from 'typeorm';

export interface CheckedTerritory {
  communeCodes: string[];
  zoneIds: string[];
  area: Record<string, unknown> | null;
  areaBox: [number, number, number, number] | null;
  /** Communes of the zones a drawn area overlaps: what it covers, for matching organisations. */
  areaCommunes: string[];
  /** The zones a drawn area overlaps, with their communes. */
  areaZones: { name: string; communes: string[] }[];
}

/**
 * Checks a territory (communes, zones, a drawn area) against the département: unknown or foreign
 * communes and zones are refused by name; a drawn area must overlap the département's known zones
 * (there is no commune geometry to test it against), whose communes it then covers.
 */
export async function checkTerritory(
  manager: EntityManager,
  territory: TerritoryService,
  input: { communeCodes?: string[]; zoneIds?: string[]; area?: Record<string, unknown> | null },
  field: string,
): Promise<CheckedTerritory> {
  const communes = await territory.communesOfDepartement(input.communeCodes ?? [], `${field}.communeCodes`);
  const zoneIds = [...new Set(input.zoneIds ?? [])];
  if (zoneIds.length) {
    const zones = await territory.zonesByIds(zoneIds);
    if (zones.length !== zoneIds.length) throw badInput(`${field}.zoneIds`, 'Zone inconnue.');
  }
  let area: Record<string, unknown> | null = null;
  let areaBox: [number, number, number, number] | null = null;
  let areaZones: { name: string; communes: string[] }[] = [];
  if (input.area) {
    const geometry = validZoneGeometry(input.area, `${field}.area`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
      throw badInput(`${field}.area`, 'La zone dessinée doit être un polygone.');
    const box = boundingBox(geometry);
    areaBox = [box.minLon, box.minLat, box.maxLon, box.maxLat];
    areaZones = await manager.query(
      `select z.name, array(select zc.commune_code from zone_communes zc where zc.zone_id = z.id order by 1) as communes
         from zones z
        where z.min_lon <= $3 and z.max_lon >= $1 and z.min_lat <= $4 and z.max_lat >= $2
        order by z.name`,
      areaBox,
    );
    if (areaZones.length === 0)
      throw badInput(
        `${field}.area`,
        'La zone dessinée est hors du département : elle ne recoupe aucune zone connue.',
      );
    area = geometry as unknown as Record<string, unknown>;
  }
  const areaCommunes = [...new Set(areaZones.flatMap((zone) => zone.communes))];
  return {
    communeCodes: communes.map((c) => c.code).sort(),
    zoneIds,
    area,
    areaBox,
    areaCommunes,
    areaZones,
  };
}
