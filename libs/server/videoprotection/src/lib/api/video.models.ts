import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { VideoOpinion, VideoProjectStatus } from '@continuum/domain';
import { GraphQLJSON } from '@continuum/server/platform';

registerEnumType(VideoProjectStatus, {
  name: 'VideoProjectStatus',
  description: 'Étape d’un projet de vidéoprotection',
});
registerEnumType(VideoOpinion, { name: 'VideoOpinion', description: 'Avis du référent sûreté' });

@ObjectType('VideoSite', { description: 'Un site d’un projet, placé face aux lieux identifiés' })
export class VideoSiteModel {
  @Field(() => ID)
  id!: string;
  @Field()
  name!: string;
  @Field(() => Int)
  cameras!: number;
  @Field(() => GraphQLJSON, { description: 'Point ou Polygon GeoJSON (WGS 84)' })
  geometry!: unknown;
  @Field(() => [String], { description: 'Les zones prioritaires (QRR / QPV) que le site touche' })
  priorityZones!: string[];
  @Field({ description: 'Le site est dans un point chaud du diagnostic (dernière année complète)' })
  inHotspot!: boolean;
  @Field({ description: 'Dans une zone prioritaire ou un point chaud : « un lieu identifié »' })
  targeted!: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'La zone « site vidéoprotégé » créée à la mise en service',
  })
  zoneId!: string | null;
}

@ObjectType('VideoProjectEvent', { description: 'Une ligne de l’historique d’un projet' })
export class VideoProjectEventModel {
  @Field(() => VideoProjectStatus)
  status!: VideoProjectStatus;
  @Field()
  statusLabel!: string;
  @Field()
  at!: Date;
  @Field()
  actorLabel!: string;
  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('VideoProject', { description: 'Un projet de vidéoprotection d’une commune' })
export class VideoProjectModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'V-12' })
  reference!: string;
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field({ description: 'La mairie qui le porte' })
  organizationName!: string;
  @Field()
  title!: string;
  @Field()
  purpose!: string;
  @Field(() => VideoProjectStatus)
  status!: VideoProjectStatus;
  @Field()
  statusLabel!: string;
  @Field(() => Int, { description: 'Caméras prévues (tous sites)' })
  cameras!: number;
  @Field(() => VideoOpinion, { nullable: true })
  opinion!: VideoOpinion | null;
  @Field(() => String, { nullable: true })
  opinionLabel!: string | null;
  @Field(() => String, { nullable: true })
  opinionText!: string | null;
  @Field(() => Float, { nullable: true, description: 'FIPD demandé, en euros' })
  fundingRequestedAmount!: number | null;
  @Field(() => Boolean, { nullable: true })
  fundingGranted!: boolean | null;
  @Field(() => Float, { nullable: true, description: 'FIPD accordé, en euros' })
  fundingGrantedAmount!: number | null;
  @Field()
  createdAt!: Date;
  @Field()
  updatedAt!: Date;
  @Field({ description: 'Un de ses sites est dans une zone prioritaire ou un point chaud' })
  targeted!: boolean;
  @Field(() => Int, { description: 'L’année complète dont les points chauds sont tirés' })
  hotspotYear!: number;
  @Field(() => [VideoSiteModel])
  sites!: VideoSiteModel[];
  @Field(() => [VideoProjectEventModel], { description: 'Historique, du plus ancien au plus récent' })
  history!: VideoProjectEventModel[];
  @Field(() => VideoProjectStatus, {
    nullable: true,
    description: 'L’étape suivante, que ce lecteur peut franchir',
  })
  nextStep!: VideoProjectStatus | null;
  @Field(() => String, { nullable: true })
  nextStepLabel!: string | null;
  @Field({ description: 'Ce lecteur peut abandonner le projet' })
  canAbandon!: boolean;
}

@ObjectType('VideoHotspots', { description: 'Les points chauds autour d’un projet (cabinet seulement)' })
export class VideoHotspotsModel {
  @Field(() => Int)
  year!: number;
  @Field(() => Int)
  resolution!: number;
  @Field(() => GraphQLJSON, {
    description: 'FeatureCollection GeoJSON des cellules H3 chaudes (propriété h3)',
  })
  cells!: unknown;
}

@ObjectType('SafetyReferent', { description: 'Un référent sûreté désigné' })
export class SafetyReferentModel {
  @Field(() => ID)
  userId!: string;
  @Field()
  fullName!: string;
  @Field()
  organizationName!: string;
  @Field()
  designatedAt!: Date;
}

@ObjectType('VideoCommune', { description: 'Une commune pour laquelle la mairie peut porter un projet' })
export class VideoCommuneModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
}
