import { badInput } from '@continuum/server/platform';
import {
  communesReachedByArea,
  shapeProblem,
  TerritoryService,
  validZoneGeometry,
  zonesReachedByArea,
} from '@continuum/server/territory';
import type { EntityManager } from 'typeorm';

export interface CheckedTerritory {
  communeCodes: string[];
  zoneIds: string[];
  area: Record<string, unknown> | null;
  /** Communes whose outline a drawn area reaches: what it covers, for matching organisations. */
  areaCommunes: { code: string; name: string }[];
  /** The zones a drawn area overlaps, with their communes. */
  areaZones: { name: string; communes: string[] }[];
}

/**
 * Checks a territory (communes, zones, a drawn area) against the département: unknown or foreign
 * communes and zones are refused by name; a drawn area must reach at least one of the
 * département's communes (by their outlines), which it then covers.
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
  let areaCommunes: { code: string; name: string }[] = [];
  let areaZones: { name: string; communes: string[] }[] = [];
  if (input.area) {
    const geometry = validZoneGeometry(input.area, `${field}.area`);
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
      throw badInput(`${field}.area`, 'La zone dessinée doit être un polygone.');
    const problem = await shapeProblem(manager, geometry);
    if (problem) throw badInput(`${field}.area`, `Géométrie invalide : ${problem}`);
    const departement = (await territory.departement()).code;
    areaCommunes = await communesReachedByArea(manager, departement, geometry);
    if (areaCommunes.length === 0)
      throw badInput(
        `${field}.area`,
        'La zone dessinée est hors du département : elle ne touche aucune de ses communes.',
      );
    areaZones = await zonesReachedByArea(manager, geometry);
    area = geometry as unknown as Record<string, unknown>;
  }
  return {
    communeCodes: communes.map((c) => c.code).sort(),
    zoneIds,
    area,
    areaCommunes,
    areaZones,
  };
}
