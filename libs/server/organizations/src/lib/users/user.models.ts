import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Role } from '@continuum/domain';
import { GraphQLJSON, OmittableNotNull, TextLength } from '@continuum/server/platform';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;
  @Field()
  email!: string;
  @Field()
  fullName!: string;
  @Field(() => String, { nullable: true })
  title!: string | null;
  @Field(() => String, { nullable: true })
  phone!: string | null;
  @Field(() => [Role])
  roles!: Role[];
  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;
  organizationId!: string;
  disabledAt!: Date | null;
}

@ObjectType('Me', { description: 'L’utilisateur connecté, son organisation et ses droits' })
export class MeModel extends UserModel {
  @Field(() => GraphQLJSON, {
    description: 'Règles CASL compactées (packRules) : le client s’en sert pour montrer les actions permises',
  })
  rules!: unknown;
  @Field()
  sessionExpiresAt!: Date;
}

const PHONE_OR_BLANK = /^$|^[0-9 +().-]{6,25}$/;
const PASSWORD_RULE = 'Le mot de passe doit compter de 12 à 200 caractères.';

@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @OmittableNotNull()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom doit compter de 2 à 200 caractères.' })
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'La fonction est limitée à 200 caractères.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_OR_BLANK, { message: 'Numéro de téléphone invalide.' })
  phone?: string | null;

  @Field(() => [Role], { nullable: true })
  @OmittableNotNull()
  @ArrayNotEmpty({ message: 'Un utilisateur a au moins un rôle.' })
  @ArrayMaxSize(4)
  @IsEnum(Role, { each: true, message: 'Rôle inconnu.' })
  roles?: Role[];

  @Field({ nullable: true, description: 'Nouveau mot de passe (12 caractères au moins)' })
  @OmittableNotNull()
  @IsString()
  @Length(12, 200, { message: PASSWORD_RULE })
  password?: string;
}

@InputType()
export class CreateUserInput extends UpdateUserInput {
  @Field()
  @IsEmail({}, { message: 'Adresse e-mail invalide.' })
  @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email!: string;

  @Field()
  @IsString()
  @TextLength(2, 200, { message: 'Le nom doit compter de 2 à 200 caractères.' })
  override fullName!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organizationId!: string;

  @Field(() => [Role])
  @ArrayNotEmpty({ message: 'Un utilisateur a au moins un rôle.' })
  @IsEnum(Role, { each: true, message: 'Rôle inconnu.' })
  override roles!: Role[];

  @Field()
  @IsString()
  @Length(12, 200, { message: PASSWORD_RULE })
  override password!: string;
}

@InputType()
export class UserFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Organisation inconnue.' })
  organizationId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'La recherche est limitée à 100 caractères.' })
  search?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  includeDisabled?: boolean;
}
