import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ZoneKind } from '@continuum/domain';
import { AuditService, type RequestOrigin } from '@continuum/server/audit';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  conflict,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { shapeProblem } from '@continuum/server/territory';
import { cellArea, cellsToMultiPolygon, cellToParent, getResolution, isValidCell } from 'h3-js';
import { DataSource, type EntityManager } from 'typeorm';
import { readableIncidents } from '../diagnostic-policy.sql';
import { cellCountsSql } from './analysis-queries';
import { resolveArea } from './diagnostic-area';
import { SIGNIFICANT_Z } from './gi-star';
import {
  contiguousGroups,
  type PersistentCell,
  persistenceRule,
  persistentHotspotGroups,
} from './persistent-hotspots';
import type { ConfirmPriorityZoneInput, PriorityZoneProposalsModel } from './priority-zones.models';

const NO_PROPOSALS = 'Propositions introuvables.';
/** A commune counts among a zone's when the zone covers more of it than this (m²): not a border's sliver. */
const COMMUNE_MIN_OVERLAP_M2 = 2_500;

export interface ConfirmedZone {
  id: string;
  name: string;
  kind: ZoneKind;
  description: string | null;
  geometry: unknown;
}

/**
 * Priority zones proposed from persistent hotspots (`persistent-hotspots.ts` states the rule), and
 * their confirmation as zones of the territory. The cabinet's only, as the hotspots are: the facts
 * are counted under the policy's `read Incident` inside the query, and anyone else is told there is
 * nothing (NOT_FOUND), whether or not there would be. A confirmed zone is clipped to the
 * département's communes, takes the communes it covers, and claims its cells (`priority_zone_cells`)
 * under a lock: a second confirmation of the same cells, even sent at the same instant, is a
 * conflict, and they are no longer proposed.
 */
@Injectable()
export class PriorityZonesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async proposals(
    principal: RequestPrincipal,
    year: number,
    resolution: number,
    communeCode?: string | null,
  ): Promise<PriorityZoneProposalsModel> {
    const res = checkResolution(resolution, 'resolution');
    const claimed = await this.claims(this.dataSource.manager);
    const { groups, areaLabel } = await this.persistentGroups(principal, year, res, communeCode, (h3) =>
      isClaimed(claimed, h3, res),
    );
    const described = await this.describe(groups.map((group) => group.map((cell) => cell.h3)));
    return {
      year,
      resolution: res,
      threshold: SIGNIFICANT_Z,
      rule: persistenceRule(year, areaLabel),
      proposals: groups.map((cells, i) => ({
        key: `${res}-${cells[0].h3}`,
        cells,
        incidents: cells.reduce((sum, cell) => sum + cell.count, 0),
        previousIncidents: cells.reduce((sum, cell) => sum + cell.previousCount, 0),
        areaKm2: cells.reduce((sum, cell) => sum + cellArea(cell.h3, 'km2'), 0),
        ...described[i],
      })),
    };
  }

  async confirm(
    principal: RequestPrincipal,
    input: ConfirmPriorityZoneInput,
    origin: RequestOrigin,
  ): Promise<ConfirmedZone> {
    if (!principal.ability.can('read', 'Incident')) throw notFound(NO_PROPOSALS);
    const res = checkResolution(input.resolution, 'input.resolution');
    const name = input.name.trim();
    if (name.length < 2)
      throw badInput('input.name', 'Le nom de la zone doit compter de 2 à 200 caractères.');
    const cells = [...new Set(input.cells)].sort();
    const unknown = cells.filter((h3) => !isValidCell(h3) || getResolution(h3) !== res);
    if (unknown.length > 0)
      throw badInput(
        'input.cells',
        `Cellule${unknown.length > 1 ? 's' : ''} H3 inconnue${unknown.length > 1 ? 's' : ''} à la résolution ${res} : ${list(unknown)}.`,
      );
    if (contiguousGroups(cells).length > 1)
      throw badInput(
        'input.cells',
        'Les cellules d’une zone doivent se toucher : elles forment ici plusieurs morceaux.',
      );
    const { groups } = await this.persistentGroups(principal, input.year, res, input.communeCode);
    const persistent = new Set(groups.flat().map((cell) => cell.h3));
    return this.dataSource.transaction(async (manager) => {
      // one confirmation at a time: the claims checked below are then the claims written
      await manager.query(`select pg_advisory_xact_lock(hashtext('continuum:priority-zone-cells'))`);
      const [taken]: { name: string }[] = await manager.query(
        `select z.name from priority_zone_cells p join zones z on z.id = p.zone_id
          where p.h3 = any($1) or ($3 = 8 and p.res8 = any($2)) order by p.created_at limit 1`,
        [res === 8 ? cells : [...cells, ...cells.map((h3) => cellToParent(h3, 8))], cells, res],
      );
      if (taken)
        throw conflict(
          'input.cells',
          `Ces cellules viennent d’être confirmées comme zone « ${taken.name} » : rechargez la page.`,
        );
      const gone = cells.filter((h3) => !persistent.has(h3));
      if (gone.length > 0)
        throw badInput(
          'input.cells',
          `Ces cellules ne sont pas (ou plus) des points chauds persistants en ${input.year - 1} et ${input.year} : ${list(gone)}.`,
        );
      const shape = await this.clippedShape(manager, cells);
      const [zone]: ConfirmedZone[] = await manager.query(
        `insert into zones (name, kind, description, geometry) values ($1, $2, null, $3::jsonb)
         returning id, name, kind, description, geometry`,
        [name, input.kind, shape.geometry],
      );
      await manager.query(
        `insert into zone_communes (zone_id, commune_code) select $1, unnest($2::varchar[])`,
        [zone.id, shape.communes],
      );
      await manager.query(
        `insert into priority_zone_cells (h3, res8, resolution, year, zone_id)
         select unnest($1::varchar[]), unnest($2::varchar[]), $3, $4, $5`,
        [cells, cells.map((h3) => (res === 8 ? h3 : cellToParent(h3, 8))), res, input.year, zone.id],
      );
      await this.audit.record(
        {
          action: 'zone.created',
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'Zone',
          subjectId: zone.id,
          origin,
          details: {
            name: zone.name,
            kind: zone.kind,
            communes: shape.communes,
            fromHotspots: { year: input.year, resolution: res, cells: cells.length },
          },
        },
        manager,
      );
      return zone;
    });
  }

  /**
   * The persistent hotspots' groups of the area read (the département, or one commune), counted
   * under the reader's `read Incident`: NOT_FOUND for anyone but the cabinet.
   */
  private async persistentGroups(
    principal: RequestPrincipal,
    year: number,
    resolution: 8 | 9,
    communeCode: string | null | undefined,
    exclude?: (h3: string) => boolean,
  ): Promise<{ groups: PersistentCell[][]; areaLabel: string }> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
    if (!principal.ability.can('read', 'Incident')) throw notFound(NO_PROPOSALS);
    const area = await resolveArea(
      this.dataSource,
      principal,
      this.config.departementCode,
      this.config.diagnosticMinCell,
      communeCode,
    );
    if (area.minCell !== null) throw notFound(NO_PROPOSALS);
    const policy = readableIncidents(principal.ability);
    const counts = async (y: number) => {
      const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
        cellCountsSql(resolution).replace('{policy}', policy.sql),
        { ...policy.params, codes: area.codes, y },
      );
      const rows: { h3: string; count: number }[] = await this.dataSource.query(sql, values);
      return new Map(rows.map((row) => [row.h3, row.count]));
    };
    const [current, previous] = await Promise.all([counts(year), counts(year - 1)]);
    return { groups: persistentHotspotGroups(current, previous, exclude), areaLabel: area.label };
  }

  /** Every claimed cell, and the resolution-8 cells they lie in. */
  private async claims(manager: EntityManager): Promise<{ cells: Set<string>; res8: Set<string> }> {
    const rows: { h3: string; res8: string }[] = await manager.query(
      `select h3, res8 from priority_zone_cells`,
    );
    return { cells: new Set(rows.map((row) => row.h3)), res8: new Set(rows.map((row) => row.res8)) };
  }

  /** Each group's hexagons as GeoJSON, the communes they touch and the zones they already overlap. */
  private async describe(
    groups: string[][],
  ): Promise<{ geometry: unknown; communes: string[]; overlappingZones: string[] }[]> {
    if (groups.length === 0) return [];
    const geometries = groups.map((cells) => ({
      type: 'MultiPolygon',
      coordinates: cellsToMultiPolygon(cells, true),
    }));
    const rows: { i: number; communes: string[]; zones: string[] }[] = await this.dataSource.query(
      `select p.i, array(select c.name from communes c where c.departement_code = $2 and ST_Intersects(c.outline, p.g)
                          order by ST_Area(ST_Intersection(c.outline, p.g)) desc, c.name) as communes,
              array(select z.name from zones z where ST_Intersects(z.shape, p.g)
                      and exists (select 1 from zone_communes zc join communes c on c.code = zc.commune_code
                                   where zc.zone_id = z.id and c.departement_code = $2)
                     order by z.name collate "fr-FR-x-icu") as zones
         from (select (ord - 1)::int as i, ST_SetSRID(ST_GeomFromGeoJSON(value::text), 4326) as g
                 from jsonb_array_elements($1::jsonb) with ordinality as t(value, ord)) p
        order by p.i`,
      [JSON.stringify(geometries), this.config.departementCode],
    );
    return rows.map((row) => ({
      geometry: geometries[row.i],
      communes: row.communes,
      overlappingZones: row.zones,
    }));
  }

  /**
   * The hexagons' union clipped to the département's communes (a hexagon may cross its border), as
   * valid GeoJSON, with the communes the zone covers. Refused, naming the cells, when nothing is left.
   */
  private async clippedShape(
    manager: EntityManager,
    cells: string[],
  ): Promise<{ geometry: string; communes: string[] }> {
    const hexes = { type: 'MultiPolygon', coordinates: cellsToMultiPolygon(cells, true) };
    const [row]: { geometry: string | null; communes: { code: string; area: number }[] | null }[] =
      await manager.query(
        `with hex as (select ST_SetSRID(ST_GeomFromGeoJSON($1::text), 4326) as g),
              dep as (select ST_Union(c.outline) as g from communes c, hex
                       where c.departement_code = $2 and c.outline is not null and ST_Intersects(c.outline, hex.g)),
              clipped as (select ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(hex.g, dep.g)), 3)) as g
                            from hex, dep where dep.g is not null)
         select case when ST_IsEmpty(g) then null else ST_AsGeoJSON(g, 7) end as geometry,
                (select json_agg(json_build_object('code', c.code, 'area', ST_Area(ST_Intersection(c.outline, g)::geography))
                                 order by ST_Area(ST_Intersection(c.outline, g)::geography) desc)
                   from communes c where c.departement_code = $2 and c.outline is not null and ST_Intersects(c.outline, g)) as communes
           from clipped`,
        [JSON.stringify(hexes), this.config.departementCode],
      );
    if (!row?.geometry || !row.communes?.length)
      throw badInput('input.cells', 'Ces cellules sont hors du département : aucune zone n’en résulte.');
    const problem = await shapeProblem(manager, JSON.parse(row.geometry));
    if (problem)
      throw badInput('input.cells', `Ces cellules ne donnent pas une géométrie valide : ${problem}`);
    const covered = row.communes.filter((commune) => commune.area > COMMUNE_MIN_OVERLAP_M2);
    return {
      geometry: row.geometry,
      communes: (covered.length ? covered : row.communes.slice(0, 1)).map((commune) => commune.code),
    };
  }
}

function isClaimed(
  claimed: { cells: Set<string>; res8: Set<string> },
  h3: string,
  resolution: 8 | 9,
): boolean {
  return resolution === 8
    ? claimed.res8.has(h3)
    : claimed.cells.has(h3) || claimed.cells.has(cellToParent(h3, 8));
}

function checkResolution(resolution: number, field: string): 8 | 9 {
  if (resolution !== 8 && resolution !== 9) throw badInput(field, 'La résolution doit être 8 ou 9.');
  return resolution;
}

/** The first few of a list, said in full when short. */
function list(values: string[]): string {
  return values.length > 5
    ? `${values.slice(0, 5).join(', ')} et ${values.length - 5} autre(s)`
    : values.join(', ');
}
