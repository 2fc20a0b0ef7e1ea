import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ZONE_KIND_LABELS } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import {
  APP_CONFIG,
  Authenticated,
  Can,
  CurrentPrincipal,
  inKeyOrder,
  Public,
  requestLoader,
  LIST_COMPLEXITY,
} from '@continuum/server/platform';
import type { AppConfig, HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { CommuneEntity } from './commune.entity';
import { EpciEntity } from './epci.entity';
import { CommuneFilter, CreateZoneInput, ZoneFilter } from './territory.inputs';
import { AppInfoModel, CommuneModel, EpciModel, ZoneModel } from './territory.models';
import { TerritoryService } from './territory.service';

@Resolver(() => CommuneModel)
export class CommuneResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly territory: TerritoryService,
  ) {}

  @Public()
  @Query(() => AppInfoModel)
  async appInfo(): Promise<AppInfoModel> {
    const departement = await this.territory.departement();
    return {
      demoMode: this.config.demoMode,
      departement: { code: departement.code, name: departement.name },
      tileUrl: this.config.tileUrl,
      tileAttribution: this.config.tileAttribution,
      proConnect: this.config.proConnect !== null,
    };
  }

  @Authenticated()
  @Query(() => [CommuneModel], {
    description: 'Communes du département, par nom',
    complexity: LIST_COMPLEXITY,
  })
  communes(@Args('filter', { nullable: true }) filter?: CommuneFilter): Promise<CommuneEntity[]> {
    return this.territory.listCommunes(filter);
  }

  @Authenticated()
  @Query(() => CommuneModel)
  commune(@Args('code') code: string): Promise<CommuneEntity> {
    return this.territory.commune(code);
  }

  @Authenticated()
  @ResolveField(() => EpciModel, { nullable: true })
  epci(@Parent() commune: CommuneEntity, @Context('req') req: object): Promise<EpciEntity | null> | null {
    if (!commune.epciSiren) return null;
    return requestLoader<string, EpciEntity | null>(req, 'commune.epci', async (sirens) =>
      inKeyOrder(sirens, await this.territory.epcisBySiren(sirens), (epci) => epci.siren, null),
    ).load(commune.epciSiren);
  }
}

@Resolver(() => EpciModel)
export class EpciResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Authenticated()
  @Query(() => [EpciModel], {
    description: 'EPCI ayant au moins une commune dans le département',
    complexity: LIST_COMPLEXITY,
  })
  epcis(): Promise<EpciEntity[]> {
    return this.territory.listEpcis();
  }

  @Authenticated()
  @ResolveField(() => Int, { description: 'Communes de l’EPCI dans le département' })
  communeCount(@Parent() epci: EpciEntity, @Context('req') req: object): Promise<number> {
    return requestLoader<string, number>(req, 'epci.communeCount', (sirens) =>
      this.territory.epciCommuneCounts(sirens),
    ).load(epci.siren);
  }
}

@Resolver(() => ZoneModel)
export class ZoneResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Authenticated()
  @Query(() => [ZoneModel], { complexity: LIST_COMPLEXITY })
  zones(@Args('filter', { nullable: true }) filter?: ZoneFilter): Promise<ZoneModel[]> {
    return this.territory.listZones(filter);
  }

  @Authenticated()
  @Query(() => ZoneModel)
  zone(@Args('id', { type: () => ID }) id: string): Promise<ZoneModel> {
    return this.territory.zone(id);
  }

  @Can('create', 'Zone')
  @Mutation(() => ZoneModel)
  createZone(
    @Args('input') input: CreateZoneInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<ZoneModel> {
    return this.territory.createZone(input, principal, originOf(req));
  }

  @Authenticated()
  @ResolveField(() => String)
  kindLabel(@Parent() zone: ZoneModel): string {
    return ZONE_KIND_LABELS[zone.kind];
  }

  @Authenticated()
  @ResolveField(() => [CommuneModel])
  communes(@Parent() zone: ZoneModel, @Context('req') req: object): Promise<CommuneEntity[]> {
    return requestLoader<string, CommuneEntity[]>(req, 'zone.communes', (ids) =>
      this.territory.communesOfZones(ids),
    ).load(zone.id);
  }
}
