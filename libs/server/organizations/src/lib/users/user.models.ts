import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
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
  Matches,
  MaxLength,
} from 'class-validator';

export enum SecondFactorStep {
  CODE = 'code',
  ENROLMENT = 'enrolment',
}
registerEnumType(SecondFactorStep, {
  name: 'SecondFactorStep',
  description:
    'CODE : un code TOTP ou de secours est attendu ; ENROLMENT : le rôle exige un second facteur à configurer',
});

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
  @Field(() => SecondFactorStep, {
    nullable: true,
    description:
      'Le second facteur encore attendu : tant qu’il l’est, la session ne donne accès qu’à lui (code ou enrôlement).',
  })
  pendingStep!: SecondFactorStep | null;
}

const PHONE_OR_BLANK = /^$|^[0-9 +().-]{6,25}$/;

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
}

/**
 * A new account: the person receives an invitation by e-mail and chooses their own password.
 * Coordinator and admin roles wait for another administrator's approval.
 */
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
