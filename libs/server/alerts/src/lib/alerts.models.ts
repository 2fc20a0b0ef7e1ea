import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  AlertSeverity,
  AlertTopic,
  CaseCategory,
  EmailMode,
  OrganizationType,
  SubscriptionScope,
} from '@continuum/domain';
import { GraphQLJSON, OmittableNotNull, TextLength } from '@continuum/server/platform';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches } from 'class-validator';

registerEnumType(AlertSeverity, { name: 'AlertSeverity', description: 'Information, vigilance, urgence' });
registerEnumType(AlertTopic, { name: 'AlertTopic', description: 'Ce qui a levé l’alerte' });
registerEnumType(EmailMode, { name: 'EmailMode' });
registerEnumType(SubscriptionScope, { name: 'SubscriptionScope' });

@ObjectType('Alert', { description: 'Une alerte, telle que je peux la lire' })
export class AlertModel {
  @Field(() => ID)
  id!: string;
  @Field(() => AlertTopic)
  topic!: AlertTopic;
  @Field(() => AlertSeverity)
  severity!: AlertSeverity;
  @Field(() => CaseCategory, { nullable: true })
  category!: CaseCategory | null;
  @Field()
  title!: string;
  @Field()
  body!: string;
  @Field(() => [String])
  communeCodes!: string[];
  @Field(() => [ID])
  zoneIds!: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'La zone dessinée (GeoJSON)' })
  area!: Record<string, unknown> | null;
  @Field(() => ID, { nullable: true })
  meetingId!: string | null;
  @Field(() => String, { nullable: true, description: 'Auteur d’une alerte manuelle' })
  authorLabel!: string | null;
  @Field(() => [OrganizationType], { description: 'Types d’organisation visés (alerte manuelle)' })
  audienceTypes!: OrganizationType[];
  /** Exposed by the resolver, to the sender only. */
  recipientCount!: number | null;
  @Field()
  createdAt!: Date;
  caseId!: string | null;
  authorUserId!: string | null;
}

@ObjectType('Notification', { description: 'Une alerte reçue' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;
  alertId!: string;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel])
  items!: NotificationModel[];
  @Field(() => String, { nullable: true, description: 'À passer en « after » pour la suite' })
  nextCursor!: string | null;
  @Field(() => Int, { description: 'Toutes les alertes qui répondent aux filtres, pas seulement cette page' })
  totalCount!: number;
}

@ObjectType('AlertSubscription', { description: 'Ce que je veux recevoir, et par quel canal' })
export class AlertSubscriptionModel {
  @Field(() => SubscriptionScope)
  scope!: SubscriptionScope;
  @Field(() => [String])
  communeCodes!: string[];
  @Field(() => [ID])
  zoneIds!: string[];
  @Field(() => GraphQLJSON, { nullable: true })
  area!: Record<string, unknown> | null;
  @Field(() => [CaseCategory], { description: 'Vide : toutes les catégories' })
  categories!: CaseCategory[];
  @Field(() => AlertSeverity)
  minSeverity!: AlertSeverity;
  @Field()
  inApp!: boolean;
  @Field(() => EmailMode)
  emailMode!: EmailMode;
  @Field({
    description:
      'Où ce réglage est défini : USER (le mien), ORGANIZATION (défaut de mon organisation) ou PLATFORM',
  })
  source!: string;
}

@InputType({ description: 'Filtres du centre des alertes (cumulés)' })
export class NotificationFilterInput {
  @Field({ nullable: true, description: 'Seulement les non lues' })
  @IsOptional()
  @IsBoolean()
  unread?: boolean;

  @Field({ nullable: true, description: 'Seulement celles dont je n’ai pas accusé réception' })
  @IsOptional()
  @IsBoolean()
  unacknowledged?: boolean;

  @Field(() => [AlertSeverity], { nullable: true, description: 'Gravités retenues (toutes si vide)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(AlertSeverity, { each: true })
  severities?: AlertSeverity[];

  @Field(() => [AlertTopic], { nullable: true, description: 'Origines retenues (toutes si vide)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(AlertTopic, { each: true })
  topics?: AlertTopic[];
}

@InputType()
export class AlertSubscriptionInput {
  @IsEnum(SubscriptionScope, { message: 'Territoire inconnu.' })
  @Field(() => SubscriptionScope)
  scope!: SubscriptionScope;

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(400, { message: 'Au plus 400 communes.' })
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { each: true, message: 'Code commune invalide.' })
  @Field(() => [String], { nullable: true })
  communeCodes?: string[];

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(100, { message: 'Au plus 100 zones.' })
  @IsUUID('all', { each: true, message: 'Zone invalide.' })
  @Field(() => [ID], { nullable: true })
  zoneIds?: string[];

  @IsOptional()
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'Polygone GeoJSON dessiné sur la carte (territoire AREA)',
  })
  area?: Record<string, unknown> | null;

  @IsOptional()
  @OmittableNotNull()
  @IsEnum(CaseCategory, { each: true, message: 'Catégorie inconnue.' })
  @Field(() => [CaseCategory], { nullable: true })
  categories?: CaseCategory[];

  @IsEnum(AlertSeverity, { message: 'Gravité inconnue.' })
  @Field(() => AlertSeverity)
  minSeverity!: AlertSeverity;

  @IsBoolean({ message: 'Choix « dans Continuum » invalide.' })
  @Field()
  inApp!: boolean;

  @IsEnum(EmailMode, { message: 'Mode de courriel inconnu.' })
  @Field(() => EmailMode)
  emailMode!: EmailMode;
}

@InputType()
export class ManualAlertInput {
  @IsString()
  @TextLength(5, 200, { message: 'Le titre compte entre 5 et 200 caractères.' })
  @Field()
  title!: string;

  @IsString()
  @TextLength(5, 5000, { message: 'Le message compte entre 5 et 5 000 caractères.' })
  @Field()
  body!: string;

  @IsEnum(AlertSeverity, { message: 'Gravité inconnue.' })
  @Field(() => AlertSeverity)
  severity!: AlertSeverity;

  @IsOptional()
  @IsEnum(CaseCategory, { message: 'Catégorie inconnue.' })
  @Field(() => CaseCategory, { nullable: true })
  category?: CaseCategory | null;

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(400, { message: 'Au plus 400 communes.' })
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { each: true, message: 'Code commune invalide.' })
  @Field(() => [String], { nullable: true })
  communeCodes?: string[];

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(100, { message: 'Au plus 100 zones.' })
  @IsUUID('all', { each: true, message: 'Zone invalide.' })
  @Field(() => [ID], { nullable: true })
  zoneIds?: string[];

  @IsOptional()
  @Field(() => GraphQLJSON, { nullable: true, description: 'Polygone GeoJSON dessiné sur la carte' })
  area?: Record<string, unknown> | null;

  @ArrayMaxSize(30)
  @IsEnum(OrganizationType, { each: true, message: 'Type d’organisation inconnu.' })
  @Field(() => [OrganizationType], { description: 'Les types d’organisation destinataires (au moins un)' })
  audienceTypes!: OrganizationType[];

  @IsOptional()
  @IsUUID('all', { message: 'Dossier invalide.' })
  @Field(() => ID, {
    nullable: true,
    description: 'Dossier lié : visible des seuls destinataires qui peuvent le lire',
  })
  caseId?: string | null;
}

@ObjectType('AudienceOrganization')
export class AudienceOrganizationModel {
  @Field(() => ID)
  organizationId!: string;
  @Field()
  name!: string;
  @Field(() => OrganizationType)
  type!: OrganizationType;
  @Field(() => Int)
  people!: number;
}

@ObjectType('AudienceClass', { description: 'Ce que voit une classe de destinataires' })
export class AudienceClassModel {
  @Field()
  label!: string;
  @Field(() => Int)
  people!: number;
}

@ObjectType('AlertAudiencePreview')
export class AlertAudiencePreviewModel {
  @Field(() => Int)
  total!: number;
  @Field(() => [AudienceOrganizationModel])
  organizations!: AudienceOrganizationModel[];
  @Field(() => [AudienceClassModel])
  classes!: AudienceClassModel[];
}

@ObjectType('AlertAcknowledgement', { description: 'Qui a lu et accusé réception, par organisation' })
export class AlertAcknowledgementModel {
  @Field(() => ID)
  organizationId!: string;
  @Field()
  organizationName!: string;
  @Field(() => Int)
  recipients!: number;
  @Field(() => Int)
  read!: number;
  @Field(() => Int)
  acknowledged!: number;
  @Field(() => [AlertRecipientModel])
  people!: AlertRecipientModel[];
}

@ObjectType('AlertRecipient')
export class AlertRecipientModel {
  @Field(() => ID)
  userId!: string;
  @Field()
  fullName!: string;
  @Field(() => Date, { nullable: true })
  readAt!: Date | null;
  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;
}
