import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { geometryProblems } from '@continuum/domain';
import type { ZoneGeometry } from '@continuum/domain';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { APP_CONFIG, badInput, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, In, Repository } from 'typeorm';
import { shapeProblem } from './geography';
import { CommuneEntity } from './commune.entity';
import { DepartementEntity } from './departement.entity';
import { EpciEntity } from './epci.entity';
import { CommuneFilter, CreateZoneInput, ZoneFilter } from './territory.inputs';
import { ZoneEntity } from './zone.entity';

/** Escapes LIKE wildcards in user text. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[%_\\]/g, '\\$&')}%`;
}

@Injectable()
export class TerritoryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CommuneEntity) private readonly communes: Repository<CommuneEntity>,
    @InjectRepository(EpciEntity) private readonly epcis: Repository<EpciEntity>,
    @InjectRepository(ZoneEntity) private readonly zones: Repository<ZoneEntity>,
    @InjectRepository(DepartementEntity) private readonly departements: Repository<DepartementEntity>,
    private readonly audit: AuditService,
  ) {}

  async departement(): Promise<DepartementEntity> {
    const departement = await this.departements.findOneBy({ code: this.config.departementCode });
    if (!departement) {
      return {
        code: this.config.departementCode,
        name: `Département ${this.config.departementCode}`,
        regionCode: '',
        chefLieu: '',
      };
    }
    return departement;
  }

  listCommunes(filter: CommuneFilter = {}): Promise<CommuneEntity[]> {
    const query = this.communes
      .createQueryBuilder('c')
      .where('c.departement_code = :dep', { dep: this.config.departementCode })
      .orderBy('c.name collate "fr-FR-x-icu"', 'ASC');
    if (filter.search?.trim()) {
      query.andWhere(
        `(unaccent(c.name) ilike unaccent(:pattern) or c.code like :prefix or exists (select 1 from unnest(c.postcodes) p where p like :prefix))`,
        { pattern: likePattern(filter.search), prefix: `${filter.search.trim().replace(/[%_\\]/g, '')}%` },
      );
    }
    if (filter.epciSiren) query.andWhere('c.epci_siren = :siren', { siren: filter.epciSiren });
    return query.getMany();
  }

  async commune(code: string): Promise<CommuneEntity> {
    const commune = await this.communes.findOneBy({ code, departementCode: this.config.departementCode });
    if (!commune) throw notFound(`Commune ${code} introuvable dans le département.`);
    return commune;
  }

  /** Communes of the département among `codes`; refuses the whole list if one is not, naming it. */
  async communesOfDepartement(codes: readonly string[], field: string): Promise<CommuneEntity[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return [];
    const found = await this.communes.findBy({
      code: In(unique),
      departementCode: this.config.departementCode,
    });
    const missing = unique.filter((code) => !found.some((commune) => commune.code === code));
    if (missing.length > 0) {
      throw badInput(
        field,
        `Commune hors du département ${this.config.departementCode} ou inconnue : ${missing.join(', ')}.`,
      );
    }
    return found;
  }

  epcisBySiren(sirens: readonly string[]): Promise<EpciEntity[]> {
    return this.epcis.findBy({ siren: In([...sirens]) });
  }

  async communesByCode(codes: readonly string[]): Promise<CommuneEntity[]> {
    return this.communes.findBy({ code: In([...codes]) });
  }

  async listEpcis(): Promise<EpciEntity[]> {
    return this.epcis
      .createQueryBuilder('e')
      .where('exists (select 1 from communes c where c.epci_siren = e.siren and c.departement_code = :dep)', {
        dep: this.config.departementCode,
      })
      .orderBy('e.name collate "fr-FR-x-icu"')
      .getMany();
  }

  /** Communes of each EPCI within the département, in key order. */
  async epciCommuneCounts(sirens: readonly string[]): Promise<number[]> {
    const rows: { siren: string; count: string }[] = await this.communes
      .createQueryBuilder('c')
      .select('c.epci_siren', 'siren')
      .addSelect('count(*)', 'count')
      .where('c.epci_siren in (:...sirens)', { sirens })
      .andWhere('c.departement_code = :dep', { dep: this.config.departementCode })
      .groupBy('c.epci_siren')
      .getRawMany();
    return sirens.map((siren) => Number(rows.find((row) => row.siren === siren)?.count ?? 0));
  }

  listZones(filter: ZoneFilter = {}): Promise<ZoneEntity[]> {
    const query = this.zones.createQueryBuilder('z').orderBy('z.name collate "fr-FR-x-icu"', 'ASC');
    query.where(
      'exists (select 1 from zone_communes zc join communes c on c.code = zc.commune_code where zc.zone_id = z.id and c.departement_code = :dep)',
      { dep: this.config.departementCode },
    );
    if (filter.kind) query.andWhere('z.kind = :kind', { kind: filter.kind });
    if (filter.communeCode) {
      query.andWhere(
        'exists (select 1 from zone_communes zc2 where zc2.zone_id = z.id and zc2.commune_code = :code)',
        {
          code: filter.communeCode,
        },
      );
    }
    return query.getMany();
  }

  async zone(id: string): Promise<ZoneEntity> {
    const zone = await this.zones.findOneBy({ id });
    if (!zone) throw notFound('Zone introuvable.');
    return zone;
  }

  zonesByIds(ids: readonly string[]): Promise<ZoneEntity[]> {
    return this.zones.findBy({ id: In([...ids]) });
  }

  /** Communes of each zone, in key order (one query for the whole page). */
  async communesOfZones(zoneIds: readonly string[]): Promise<CommuneEntity[][]> {
    const rows: (CommuneEntity & { zoneId: string })[] = await this.dataSource.query(
      `select zc.zone_id as "zoneId", c.code, c.name, c.population, c.postcodes, c.epci_siren as "epciSiren",
              c.departement_code as "departementCode"
         from zone_communes zc join communes c on c.code = zc.commune_code
        where zc.zone_id = any($1) order by c.name collate "fr-FR-x-icu"`,
      [zoneIds],
    );
    return zoneIds.map((id) => rows.filter((row) => row.zoneId === id));
  }

  async createZone(
    input: CreateZoneInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<ZoneEntity> {
    const geometry = validZoneGeometry(input.geometry, 'input.geometry');
    const problem = await shapeProblem(this.dataSource, geometry);
    if (problem) throw badInput('input.geometry', `Géométrie invalide : ${problem}`);
    const communes = await this.communesOfDepartement(input.communeCodes, 'input.communeCodes');
    return this.dataSource.transaction(async (manager) => {
      const zone = manager.create(ZoneEntity, {
        name: input.name.trim(),
        kind: input.kind,
        description: input.description?.trim() || null,
        geometry,
        communes,
      });
      const saved = await manager.save(zone);
      await this.audit.record(
        {
          action: 'zone.created',
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'Zone',
          subjectId: saved.id,
          origin,
          details: { name: saved.name, kind: saved.kind, communes: communes.map((c) => c.code) },
        },
        manager,
      );
      return saved;
    });
  }
}

/**
 * Checks the GeoJSON structure; the field is named on refusal. Whether a ring crosses itself is
 * PostGIS's to say (`shapeProblem`, GEOS, O(n log n)): turf's `kinks` listed every crossing, and a
 * ring of 5,000 positions repeated over each other (35 ko) held the API for two minutes.
 */
export function validZoneGeometry(value: unknown, field: string): ZoneGeometry {
  const problems = geometryProblems(value);
  if (problems.length > 0) throw badInput(field, `Géométrie invalide : ${problems[0]}`);
  return value as ZoneGeometry;
}
