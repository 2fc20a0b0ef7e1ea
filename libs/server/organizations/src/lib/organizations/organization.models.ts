import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganizationType, Role } from '@continuum/domain';
import { OmittableNotNull, TextLength } from '@continuum/server/platform';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

registerEnumType(OrganizationType, { name: 'OrganizationType', description: 'Type d’acteur du continuum' });
registerEnumType(Role, { name: 'Role', description: 'Rôle d’un utilisateur dans son organisation' });

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => OrganizationType)
  type!: OrganizationType;
  @Field({ description: 'Compétente sur tout le département' })
  wholeDepartement!: boolean;
  @Field(() => String, { nullable: true })
  email!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  seatCommuneCode!: string | null;
  disabledAt!: Date | null;
}

const INSEE = /^[0-9][0-9AB][0-9]{3}$/;
const PHONE_OR_BLANK = /^$|^[0-9 +().-]{6,25}$/;

@InputType()
export class OrganizationFilter {
  @Field({ nullable: true, description: 'Nom de l’organisation ou de l’un de ses membres ; accents ignorés' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'La recherche est limitée à 100 caractères.' })
  search?: string;

  @Field(() => OrganizationType, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationType, { message: 'Type d’organisation inconnu.' })
  type?: OrganizationType;

  @Field({ nullable: true, description: 'Organisations compétentes sur cette commune' })
  @IsOptional()
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeDisabled?: boolean;
}

@InputType()
export class UpdateOrganizationInput {
  @Field({ nullable: true })
  @OmittableNotNull()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom doit compter de 2 à 200 caractères.' })
  name?: string;

  @Field({ nullable: true })
  @OmittableNotNull()
  @IsBoolean()
  wholeDepartement?: boolean;

  @Field(() => [String], { nullable: true, description: 'Codes INSEE des communes de compétence' })
  @OmittableNotNull()
  @ArrayMaxSize(1000, { message: 'Au plus 1 000 communes.' })
  @Matches(INSEE, { each: true, message: 'Un code INSEE de commune compte 5 caractères.' })
  competenceCommuneCodes?: string[];

  @Field(() => String, { nullable: true })
  @ValidateIf((_object, value) => !!value)
  @Matches(INSEE, { message: 'Un code INSEE de commune compte 5 caractères.' })
  seatCommuneCode?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((_object, value) => !!value)
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_OR_BLANK, { message: 'Numéro de téléphone invalide.' })
  phone?: string | null;
}

@InputType()
export class CreateOrganizationInput extends UpdateOrganizationInput {
  @Field()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom doit compter de 2 à 200 caractères.' })
  override name!: string;

  @Field(() => OrganizationType)
  @IsEnum(OrganizationType, { message: 'Type d’organisation inconnu.' })
  type!: OrganizationType;

  @Field()
  @IsBoolean()
  override wholeDepartement!: boolean;
}
