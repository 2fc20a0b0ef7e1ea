import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Authenticated, CurrentPrincipal, LIST_COMPLEXITY } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { DeadLettersService } from './dead-letters.service';
import {
  DeliveryKind,
  FailedDeliveryModel,
  WebhookDeliveryModel,
  WebhookModel,
  WebhookWithSecretModel,
} from './webhook.models';
import { WebhooksService } from './webhooks.service';

const organizationArg = () => Args('organizationId', { type: () => ID });

/** An organisation's webhook: its managers only (everyone else is FORBIDDEN). */
@Authenticated()
@Resolver(() => WebhookModel)
export class WebhooksResolver {
  constructor(private readonly webhooks: WebhooksService) {}

  @Query(() => WebhookModel, {
    nullable: true,
    description: 'Le webhook de l’organisation (ses responsables) ; nul s’il n’y en a pas',
  })
  organizationWebhook(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.webhooks.get(organizationId, principal);
  }

  @Mutation(() => WebhookWithSecretModel, {
    description:
      'Enregistre le point de réception de l’organisation (https://), ou change son adresse. Le secret n’est rendu qu’à la création.',
  })
  saveWebhook(
    @organizationArg() organizationId: string,
    @Args('url') url: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.webhooks.save(organizationId, url, principal, originOf(req));
  }

  @Mutation(() => WebhookWithSecretModel, {
    description: 'Remplace le secret de signature ; le nouveau n’est montré qu’ici, l’ancien cesse aussitôt',
  })
  rotateWebhookSecret(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.webhooks.rotateSecret(organizationId, principal, originOf(req));
  }

  @Mutation(() => WebhookModel, {
    description: 'Réactive le webhook (après une désactivation ou une correction)',
  })
  enableWebhook(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.webhooks.enable(organizationId, principal, originOf(req));
  }

  @Mutation(() => WebhookModel, { description: 'Suspend les envois au webhook' })
  disableWebhook(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.webhooks.disable(organizationId, principal, originOf(req));
  }

  @Mutation(() => Boolean, { description: 'Supprime le webhook et l’historique de ses envois' })
  deleteWebhook(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.webhooks.remove(organizationId, principal, originOf(req));
  }

  @Query(() => [WebhookDeliveryModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Les derniers envois au webhook de l’organisation, les plus récents d’abord',
  })
  webhookDeliveries(
    @organizationArg() organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return this.webhooks.deliveries(organizationId, first, principal);
  }
}

/** The dead letters: what failed for good, for the technical administration to replay. */
@Authenticated()
@Resolver(() => FailedDeliveryModel)
export class DeadLettersResolver {
  constructor(private readonly deadLetters: DeadLettersService) {}

  @Query(() => [FailedDeliveryModel], {
    complexity: LIST_COMPLEXITY,
    description:
      'Les courriels et envois de webhook en échec définitif, les plus récents d’abord (administration)',
  })
  failedDeliveries(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ) {
    return this.deadLetters.list(first, principal);
  }

  @Query(() => [FailedDeliveryModel], {
    complexity: LIST_COMPLEXITY,
    description:
      'Les courriels et envois de webhook encore en attente longtemps après leur écriture (15 minutes par défaut) : bloqués ou en nouveaux essais, les plus récents d’abord (administration)',
  })
  stuckDeliveries(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('olderThanMinutes', { type: () => Int, nullable: true }) olderThanMinutes?: number,
  ) {
    return this.deadLetters.stuck(first, olderThanMinutes, principal);
  }

  @Mutation(() => FailedDeliveryModel, {
    description: 'Relance un envoi en échec définitif, avec une nouvelle série d’essais (administration)',
  })
  replayDelivery(
    @Args('kind', { type: () => DeliveryKind }) kind: DeliveryKind,
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.deadLetters.replay(kind, id, principal, originOf(req));
  }
}
