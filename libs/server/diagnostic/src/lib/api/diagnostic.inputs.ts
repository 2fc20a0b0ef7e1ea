import { Field, InputType, Int } from '@nestjs/graphql';
import { CountingUnit, IncidentField, IncidentSource } from '@continuum/domain/diagnostic';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';

@InputType()
export class IncidentColumnInput {
  @Field(() => IncidentField)
  @IsEnum(IncidentField, { message: 'Champ inconnu.' })
  field!: IncidentField;

  @Field(() => Int, { description: 'La colonne du fichier, à partir de 0' })
  @IsInt({ message: 'Une colonne est un entier.' })
  @Min(0, { message: 'Une colonne est un entier positif.' })
  @Max(999, { message: 'Colonne hors du fichier.' })
  column!: number;
}

@InputType({ description: 'Les colonnes du fichier associées aux champs d’un fait' })
export class IncidentMappingInput {
  @Field(() => [IncidentColumnInput])
  @ArrayMaxSize(Object.keys(IncidentField).length, { message: 'Un champ ne s’associe qu’à une colonne.' })
  @ValidateNested({ each: true })
  @Type(() => IncidentColumnInput)
  columns!: IncidentColumnInput[];

  @Field(() => IncidentSource, {
    nullable: true,
    description: 'Le service, quand le fichier n’a pas de colonne pour lui',
  })
  @IsOptional()
  @IsEnum(IncidentSource, { message: 'Service inconnu.' })
  source?: IncidentSource | null;

  @Field(() => CountingUnit, {
    nullable: true,
    description: 'L’unité de compte, quand le fichier n’en a pas',
  })
  @IsOptional()
  @IsEnum(CountingUnit, { message: 'Unité de compte inconnue.' })
  countingUnit?: CountingUnit | null;
}
