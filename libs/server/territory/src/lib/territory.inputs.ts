import { Field, InputType } from '@nestjs/graphql';
import { ZoneKind } from '@continuum/domain';
import { GraphQLJSON, TextLength } from '@continuum/server/platform';
import {
  IsObject,
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';

@InputType()
export class CommuneFilter {
  @Field({ nullable: true, description: 'Nom, code INSEE ou code postal ; accents ignorés' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'La recherche est limitée à 100 caractères.' })
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'Le SIREN d’un EPCI compte 9 chiffres.' })
  epciSiren?: string;
}

@InputType()
export class ZoneFilter {
  @Field(() => ZoneKind, { nullable: true })
  @IsOptional()
  @IsEnum(ZoneKind, { message: 'Nature de zone inconnue.' })
  kind?: ZoneKind;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[0-9AB]{5}$/, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;
}

@InputType()
export class CreateZoneInput {
  @Field()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom de la zone doit compter de 2 à 200 caractères.' })
  name!: string;

  @Field(() => ZoneKind)
  @IsEnum(ZoneKind, { message: 'Nature de zone inconnue.' })
  kind!: ZoneKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La description est limitée à 2 000 caractères.' })
  description?: string;

  @Field(() => GraphQLJSON, {
    description: 'Géométrie GeoJSON : Point, LineString, MultiLineString, Polygon ou MultiPolygon',
  })
  @IsObject({ message: 'La géométrie doit être un objet GeoJSON.' })
  geometry!: unknown;

  @Field(() => [String])
  @ArrayNotEmpty({ message: 'Indiquez au moins une commune.' })
  @ArrayMaxSize(400, { message: 'Une zone couvre au plus 400 communes.' })
  @Matches(/^[0-9AB]{5}$/, { each: true, message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCodes!: string[];
}
