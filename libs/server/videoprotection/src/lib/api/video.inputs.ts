import { Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import {
  VIDEO_CAMERAS_MAX,
  VIDEO_SITES_MAX,
  VIDEO_TEXT_MAX,
  VIDEO_TITLE_MAX,
  VideoOpinion,
  VideoProjectStatus,
} from '@continuum/domain';
import { GraphQLJSON, TextLength } from '@continuum/server/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsBoolean,
  IsEnum,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export enum VideoProjectSort {
  RECENT = 'RECENT',
  TARGETED_FIRST = 'TARGETED_FIRST',
}
registerEnumType(VideoProjectSort, {
  name: 'VideoProjectSort',
  description:
    'Ordre de la liste : les plus récents, ou ceux dont un site est dans une zone identifiée d’abord',
});

@InputType()
export class VideoSiteInput {
  @Field()
  @IsString({ message: 'Nommez le site.' })
  @TextLength(2, 200, { message: 'Le nom du site compte de 2 à 200 caractères.' })
  name!: string;

  @Field(() => Int)
  @IsInt({ message: 'Le nombre de caméras est un nombre entier.' })
  @Min(1, { message: `Un site compte de 1 à ${VIDEO_CAMERAS_MAX} caméras.` })
  @Max(VIDEO_CAMERAS_MAX, { message: `Un site compte de 1 à ${VIDEO_CAMERAS_MAX} caméras.` })
  cameras!: number;

  @Field(() => GraphQLJSON, { description: 'Le site tracé : un Point ou un Polygon GeoJSON (WGS 84)' })
  @IsObject({ message: 'La géométrie doit être un objet GeoJSON.' })
  geometry!: unknown;
}

@InputType()
export class SubmitVideoProjectInput {
  @Field()
  @Matches(/^[0-9][0-9AB][0-9]{3}$/, { message: 'Un code INSEE de commune compte 5 caractères.' })
  communeCode!: string;

  @Field()
  @IsString({ message: 'Donnez un titre au projet.' })
  @TextLength(3, VIDEO_TITLE_MAX, { message: `Le titre compte de 3 à ${VIDEO_TITLE_MAX} caractères.` })
  title!: string;

  @Field({ description: 'Ce que le projet doit permettre (finalité)' })
  @IsString({ message: 'Décrivez la finalité du projet.' })
  @TextLength(10, VIDEO_TEXT_MAX, {
    message: `La finalité compte de 10 à ${VIDEO_TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  purpose!: string;

  @Field(() => [VideoSiteInput])
  @ArrayNotEmpty({ message: 'Tracez au moins un site sur la carte.' })
  @ArrayMaxSize(VIDEO_SITES_MAX, { message: `Un projet compte au plus ${VIDEO_SITES_MAX} sites.` })
  @ValidateNested({ each: true })
  @Type(() => VideoSiteInput)
  sites!: VideoSiteInput[];
}

@InputType()
export class AdvanceVideoProjectInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(100)
  projectId!: string;

  @Field(() => VideoProjectStatus, { description: 'L’étape à franchir (la suivante, ou l’abandon)' })
  @IsEnum(VideoProjectStatus, { message: 'Étape inconnue.' })
  step!: VideoProjectStatus;

  @Field(() => String, { nullable: true, description: 'Une note pour l’historique' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La note est limitée à 2 000 caractères.' })
  note?: string | null;

  @Field(() => VideoOpinion, { nullable: true, description: 'L’avis (étape « avis du référent sûreté »)' })
  @IsOptional()
  @IsEnum(VideoOpinion, { message: 'Avis inconnu.' })
  opinion?: VideoOpinion | null;

  @Field(() => String, { nullable: true, description: 'Le texte de l’avis' })
  @IsOptional()
  @IsString()
  @MaxLength(VIDEO_TEXT_MAX, {
    message: `Le texte de l’avis est limité à ${VIDEO_TEXT_MAX.toLocaleString('fr-FR')} caractères.`,
  })
  opinionText?: string | null;

  @Field(() => Float, { nullable: true, description: 'Montant en euros (FIPD demandé, ou accordé)' })
  @IsOptional()
  amount?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Financement accordé (vrai) ou refusé (faux)' })
  @IsOptional()
  @IsBoolean({ message: 'Dites si le financement est accordé ou refusé.' })
  granted?: boolean | null;
}

@InputType()
export class VideoProjectFilter {
  @Field(() => VideoProjectSort, { nullable: true })
  @IsOptional()
  @IsEnum(VideoProjectSort, { message: 'Ordre inconnu.' })
  sort?: VideoProjectSort | null;

  @Field(() => [VideoProjectStatus], { nullable: true })
  @IsOptional()
  @IsEnum(VideoProjectStatus, { each: true, message: 'Étape inconnue.' })
  status?: VideoProjectStatus[] | null;
}
