import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ZoneKind } from '@continuum/domain';
import { GraphQLJSON } from '@continuum/server/platform';

registerEnumType(ZoneKind, { name: 'ZoneKind', description: 'Nature d’une zone' });

@ObjectType('Departement')
export class DepartementModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
}

@ObjectType('AppInfo', { description: 'Ce que le client affiche avant même la connexion.' })
export class AppInfoModel {
  @Field()
  demoMode!: boolean;
  @Field(() => DepartementModel)
  departement!: DepartementModel;
  @Field()
  tileUrl!: string;
  @Field()
  tileAttribution!: string;
  @Field({ description: 'La connexion avec ProConnect est proposée (PROCONNECT_ISSUER renseigné).' })
  proConnect!: boolean;
}

@ObjectType('Epci')
export class EpciModel {
  @Field()
  siren!: string;
  @Field()
  name!: string;
  @Field({ description: 'MET, CU, CA ou CC' })
  nature!: string;
}

@ObjectType('Commune')
export class CommuneModel {
  @Field({ description: 'Code INSEE' })
  code!: string;
  @Field()
  name!: string;
  @Field(() => Int)
  population!: number;
  @Field(() => [String])
  postcodes!: string[];
  /** Resolved through a loader. */
  epciSiren!: string | null;
}

@ObjectType('Zone')
export class ZoneModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => ZoneKind)
  kind!: ZoneKind;
  @Field(() => String, { nullable: true })
  description!: string | null;
  @Field(() => GraphQLJSON, { description: 'Géométrie GeoJSON (WGS 84)' })
  geometry!: unknown;
}
