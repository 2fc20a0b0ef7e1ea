import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AlertTopic } from '@continuum/domain';
import { WebhookDeliveryStatus } from './webhook.entities';

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'En attente (ou en cours de nouvel essai), envoyé, en échec définitif',
});

/** What an administrator may replay. */
export enum DeliveryKind {
  MAIL = 'MAIL',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(DeliveryKind, { name: 'DeliveryKind', description: 'Courriel ou webhook' });

@ObjectType('Webhook', {
  description:
    'Le point de réception d’une organisation : Continuum y envoie, signées, les alertes qu’elle reçoit. Le secret n’est jamais relu.',
})
export class WebhookModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  organizationId!: string;
  @Field()
  url!: string;
  @Field()
  enabled!: boolean;
  @Field(() => Int, { description: 'Envois en échec définitif d’affilée (remis à zéro par un succès)' })
  consecutiveFailures!: number;
  @Field(() => Date, { nullable: true })
  disabledAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Pourquoi il est désactivé' })
  disabledReason!: string | null;
  @Field()
  createdAt!: Date;
  @Field()
  updatedAt!: Date;
}

@ObjectType('WebhookWithSecret', {
  description: 'Un webhook, et son secret quand il vient d’être créé ou renouvelé',
})
export class WebhookWithSecretModel {
  @Field(() => WebhookModel)
  webhook!: WebhookModel;
  @Field(() => String, {
    nullable: true,
    description:
      'Le secret de signature (HMAC-SHA256), montré cette seule fois : à la création ou au renouvellement. Nul sinon.',
  })
  secret!: string | null;
}

@ObjectType('WebhookDelivery', { description: 'L’envoi d’une alerte au webhook de l’organisation' })
export class WebhookDeliveryModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  alertId!: string;
  @Field(() => AlertTopic)
  topic!: AlertTopic;
  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;
  @Field(() => Int)
  attempts!: number;
  @Field(() => String, { nullable: true })
  lastError!: string | null;
  @Field(() => Int, { nullable: true, description: 'Statut HTTP de la dernière réponse' })
  responseStatus!: number | null;
  @Field(() => Date, { nullable: true, description: 'Prochain essai prévu' })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
  @Field()
  createdAt!: Date;
}

@ObjectType('FailedDelivery', {
  description:
    'Un envoi en échec définitif, pour l’administration technique : de quoi agir, rien du contenu des dossiers',
})
export class FailedDeliveryModel {
  @Field(() => DeliveryKind)
  kind!: DeliveryKind;
  @Field(() => ID)
  id!: string;
  @Field(() => WebhookDeliveryStatus, { description: 'FAILED, ou PENDING une fois relancé' })
  status!: WebhookDeliveryStatus;
  @Field(() => Int)
  attempts!: number;
  @Field(() => String, { nullable: true })
  lastError!: string | null;
  @Field()
  createdAt!: Date;
  @Field(() => String, {
    nullable: true,
    description: 'Courriel : son objet (masqué pour une alerte sur un dossier)',
  })
  subject!: string | null;
  @Field(() => String, { nullable: true, description: 'Courriel : l’adresse du destinataire' })
  toAddress!: string | null;
  @Field(() => ID, { nullable: true, description: 'Webhook : l’organisation destinataire' })
  organizationId!: string | null;
  @Field(() => String, { nullable: true })
  organizationName!: string | null;
  @Field(() => Int, { nullable: true, description: 'Webhook : statut HTTP de la dernière réponse' })
  responseStatus!: number | null;
  @Field(() => ID, { nullable: true, description: 'Webhook : l’alerte envoyée' })
  alertId!: string | null;
  @Field(() => Date, {
    nullable: true,
    description: 'En attente : quand il doit être essayé (ou examiné) de nouveau',
  })
  nextAttemptAt!: Date | null;
}
