import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BodyKind } from '@continuum/domain';
import { OmittableNotNull, TextLength } from '@continuum/server/platform';
import { ArrayMaxSize, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'CLSPD, CISPD, GPO, état-major, revue du PADRSQ, autre',
});

@ObjectType('CoordinationBody', { description: 'Une instance de coordination et ses membres' })
export class BodyModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => BodyKind)
  kind!: BodyKind;
  @Field(() => String, { nullable: true })
  theme!: string | null;
  @Field(() => [String], { description: 'Codes INSEE des communes de son territoire' })
  communeCodes!: string[];
  @Field(() => [ID])
  zoneIds!: string[];
  @Field(() => ID)
  chairOrganizationId!: string;
  @Field(() => ID, { nullable: true })
  secretaryUserId!: string | null;
}

@ObjectType('WorkingGroup', { description: 'Groupe de travail restreint (article L132-5 CSI)' })
export class WorkingGroupModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  bodyId!: string;
  @Field()
  name!: string;
  @Field({ description: 'Version de la charte que chaque membre doit avoir signée' })
  charterVersion!: string;
}

@ObjectType('WorkingGroupMember')
export class WorkingGroupMemberModel {
  workingGroupId!: string;
  userId!: string;
  @Field(() => Date, { nullable: true })
  charterSignedAt!: Date | null;
  @Field(() => String, { nullable: true })
  charterSignedVersion!: string | null;
  @Field({
    description: 'A signé la version en vigueur de la charte : voit les dossiers confidentiels du groupe',
  })
  charterCurrent!: boolean;
}

@InputType()
export class BodyInput {
  @IsString()
  @TextLength(3, 200, { message: 'Le nom doit compter entre 3 et 200 caractères.' })
  @Field()
  name!: string;

  @IsEnum(BodyKind, { message: 'Type d’instance inconnu.' })
  @Field(() => BodyKind)
  kind!: BodyKind;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'Le thème est limité à 200 caractères.' })
  @Field(() => String, { nullable: true })
  theme?: string | null;

  @IsUUID('all', { message: 'Organisation présidente invalide.' })
  @Field(() => ID)
  chairOrganizationId!: string;

  @IsOptional()
  @IsUUID('all', { message: 'Secrétaire invalide.' })
  @Field(() => ID, { nullable: true })
  secretaryUserId?: string | null;

  @ArrayMaxSize(200, { message: 'Au plus 200 organisations membres.' })
  @IsUUID('all', { each: true, message: 'Organisation membre invalide.' })
  @Field(() => [ID])
  memberOrganizationIds!: string[];

  @ArrayMaxSize(400, { message: 'Au plus 400 communes.' })
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { each: true, message: 'Code commune invalide.' })
  @Field(() => [String])
  communeCodes!: string[];

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(200, { message: 'Au plus 200 zones.' })
  @IsUUID('all', { each: true, message: 'Zone invalide.' })
  @Field(() => [ID], { nullable: true })
  zoneIds?: string[];
}
