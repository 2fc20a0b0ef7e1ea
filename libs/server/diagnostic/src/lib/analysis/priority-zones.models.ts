import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ZoneKind } from '@continuum/domain';
import { GraphQLJSON, TextLength } from '@continuum/server/platform';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';

@ObjectType('PriorityZoneProposalCell', { description: 'Une cellule H3 d’un point chaud persistant' })
export class PriorityZoneProposalCellModel {
  @Field()
  h3!: string;
  @Field(() => Int, { description: 'Faits de l’année lue' })
  count!: number;
  @Field(() => Int, { description: 'Faits de l’année précédente' })
  previousCount!: number;
  @Field(() => Float, { description: 'Score z du Gi* de l’année lue' })
  z!: number;
  @Field(() => Float, { description: 'Score z du Gi* de l’année précédente' })
  previousZ!: number;
}

@ObjectType('PriorityZoneProposal', {
  description: 'Des points chauds persistants contigus, proposés comme zone prioritaire (cabinet du préfet)',
})
export class PriorityZoneProposalModel {
  @Field(() => ID, {
    description: 'La résolution et la première cellule : stable tant que la proposition l’est',
  })
  key!: string;
  @Field(() => [PriorityZoneProposalCellModel])
  cells!: PriorityZoneProposalCellModel[];
  @Field(() => Int, { description: 'Faits de l’année lue dans ses cellules' })
  incidents!: number;
  @Field(() => Int, { description: 'Faits de l’année précédente dans ses cellules' })
  previousIncidents!: number;
  @Field(() => Float, { description: 'Surface de ses hexagones, en km²' })
  areaKm2!: number;
  @Field(() => [String], {
    description: 'Les communes que ses hexagones touchent, les plus couvertes d’abord',
  })
  communes!: string[];
  @Field(() => [String], { description: 'Les zones du territoire qu’elle recoupe déjà' })
  overlappingZones!: string[];
  @Field(() => GraphQLJSON, { description: 'Ses hexagones réunis (GeoJSON MultiPolygon, WGS 84)' })
  geometry!: unknown;
}

@ObjectType('PriorityZoneProposals')
export class PriorityZoneProposalsModel {
  @Field(() => Int)
  year!: number;
  @Field(() => Int)
  resolution!: number;
  @Field(() => Float, { description: 'Seuil du Gi* (z ≥ seuil, les deux années)' })
  threshold!: number;
  @Field({ description: 'La règle de persistance, en clair' })
  rule!: string;
  @Field(() => [PriorityZoneProposalModel], { description: 'Les plus grandes (en faits de l’année) d’abord' })
  proposals!: PriorityZoneProposalModel[];
}

@InputType()
export class ConfirmPriorityZoneInput {
  @Field(() => Int, { description: 'L’année des points chauds (avec la précédente)' })
  @IsInt({ message: 'L’année doit être un nombre entier.' })
  @Min(2000, { message: 'L’année doit être comprise entre 2000 et 2100.' })
  @Max(2100, { message: 'L’année doit être comprise entre 2000 et 2100.' })
  year!: number;

  @Field(() => Int, { description: '8 ou 9' })
  @IsInt({ message: 'La résolution doit être 8 ou 9.' })
  resolution!: number;

  @Field({
    nullable: true,
    description: 'La commune sur laquelle les points chauds ont été calculés ; le département sinon',
  })
  @IsOptional()
  @Matches(/^[0-9AB]{5}$/, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;

  @Field(() => [String], { description: 'Les cellules H3 de la proposition' })
  @ArrayNotEmpty({ message: 'Indiquez au moins une cellule.' })
  @ArrayMaxSize(2000, { message: 'Une zone compte au plus 2 000 cellules.' })
  @IsString({ each: true, message: 'Une cellule H3 s’écrit en 15 caractères hexadécimaux.' })
  cells!: string[];

  @Field()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom de la zone doit compter de 2 à 200 caractères.' })
  name!: string;

  @Field(() => ZoneKind)
  @IsEnum(ZoneKind, { message: 'Nature de zone inconnue.' })
  kind!: ZoneKind;
}
