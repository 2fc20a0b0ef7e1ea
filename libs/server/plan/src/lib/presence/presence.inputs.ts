import { DecimalNumber } from '@continuum/server/platform';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { PresenceSetting } from '@continuum/domain/plan';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const DAY = /^20\d\d-\d\d-\d\d$/;

@InputType()
export class PresenceInput {
  @Field({ description: 'Le lundi de la semaine (AAAA-MM-JJ)' })
  @Matches(DAY, { message: 'Date attendue au format AAAA-MM-JJ.' })
  weekStart!: string;

  @Field(() => PresenceSetting)
  @IsEnum(PresenceSetting, { message: 'Cadre inconnu : voie publique ou transports.' })
  setting!: PresenceSetting;

  @Field()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Identifiant invalide.' })
  zoneId?: string | null;

  @Field(() => Int)
  @IsInt({ message: 'Un nombre entier d’agents est attendu.' })
  @Min(1, { message: 'Au moins un agent.' })
  @Max(5000, { message: 'Agents : 5 000 au plus.' })
  agents!: number;

  @Field(() => Float)
  @DecimalNumber(2, { message: 'Un nombre d’heures est attendu (2 décimales au plus).' })
  hours!: number;
}

@InputType()
export class PresenceFilter {
  @Field(() => Int)
  @IsInt({ message: 'Année attendue.' })
  @Min(2020, { message: 'Année entre 2020 et 2100.' })
  @Max(2100, { message: 'Année entre 2020 et 2100.' })
  year!: number;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;

  @Field(() => PresenceSetting, { nullable: true })
  @IsOptional()
  @IsEnum(PresenceSetting, { message: 'Cadre inconnu : voie publique ou transports.' })
  setting?: PresenceSetting;
}

@InputType()
export class PresenceImportInput {
  @Field()
  @IsString()
  @MaxLength(200, { message: 'Nom de fichier trop long (200 caractères au plus).' })
  fileName!: string;

  @Field({ description: 'Le contenu du fichier en base 64 (64 Kio au plus)' })
  @IsString()
  @MaxLength(90_000, { message: 'Le fichier dépasse 64 Kio : découpez-le.' })
  contentBase64!: string;
}
