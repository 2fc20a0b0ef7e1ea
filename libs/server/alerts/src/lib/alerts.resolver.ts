import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { CaseEntity, CaseModel, CaseQueryService } from '@continuum/server/cases';
import {
  Authenticated,
  CurrentPrincipal,
  inKeyOrder,
  LIST_COMPLEXITY,
  requestLoader,
} from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { AlertEntity, NotificationEntity } from './alerts.entities';
import {
  AlertAcknowledgementModel,
  AlertAudiencePreviewModel,
  AlertModel,
  AlertSubscriptionInput,
  NotificationFilterInput,
  AlertSubscriptionModel,
  ManualAlertInput,
  NotificationModel,
  NotificationPageModel,
} from './alerts.models';
import { LiveMessage, LiveNotifications } from './live-notifications';
import { ManualAlertsService } from './manual-alerts.service';
import { NotificationsService } from './notifications.service';
import { SubscriptionsService } from './subscriptions.service';

@Authenticated()
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly live: LiveNotifications,
  ) {}

  @Query(() => NotificationPageModel, {
    complexity: LIST_COMPLEXITY,
    description: 'Mes alertes, les plus récentes d’abord',
  })
  notifications(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('unreadOnly', { nullable: true, description: 'Ancien nom de filter.unread' }) unreadOnly?: boolean,
    @Args('filter', { nullable: true }) filter?: NotificationFilterInput,
  ) {
    return this.service.page(principal, first, after, {
      ...filter,
      unread: Boolean(filter?.unread || unreadOnly),
    });
  }

  @Query(() => Int, { description: 'Le nombre de mes alertes non lues (la cloche)' })
  unreadNotificationCount(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.service.unreadCount(principal);
  }

  @Mutation(() => Int, { description: 'Marque ces alertes lues ; renvoie combien l’ont été' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.service.markRead(ids, principal);
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.service.markAllRead(principal);
  }

  @Mutation(() => NotificationModel, { description: 'J’accuse réception : l’auteur le voit' })
  acknowledgeNotification(
    @Args('id', { type: () => ID }) id: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.service.acknowledge(id, principal);
  }

  @Subscription(() => NotificationModel, {
    description: 'Mes nouvelles alertes, en direct',
    resolve: function (
      this: NotificationsResolver,
      message: LiveMessage,
      _args: unknown,
      context: { req: HttpRequestLike },
    ) {
      return this.service
        .one(message.notificationId, context.req.principal as RequestPrincipal)
        .catch(() => null);
    },
  })
  notificationReceived(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.live.pubSub.asyncIterableIterator<LiveMessage>(this.live.channel(principal.actor.userId));
  }

  @ResolveField(() => AlertModel)
  alert(@Parent() notification: NotificationEntity, @Context('req') req: object) {
    return requestLoader<string, AlertEntity>(
      req,
      'notification.alert',
      async (ids) =>
        inKeyOrder(
          ids,
          await this.service.alertsByIds(ids),
          (row) => row.id,
          new Error('alerte manquante'),
        ) as AlertEntity[],
    ).load(notification.alertId);
  }
}

@Authenticated()
@Resolver(() => AlertModel)
export class AlertsResolver {
  constructor(
    private readonly manual: ManualAlertsService,
    private readonly cases: CaseQueryService,
  ) {}

  @Mutation(() => AlertModel, { description: 'Émet une alerte (cabinet du préfet, secrétariats d’instance)' })
  sendAlert(
    @Args('input') input: ManualAlertInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.manual.send(input, principal, originOf(req));
  }

  @Query(() => AlertAudiencePreviewModel, {
    description: 'Qui recevrait cette alerte, et ce que chacun verrait',
  })
  alertAudiencePreview(
    @Args('input') input: ManualAlertInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.manual.preview(input, principal);
  }

  @Query(() => [AlertModel], {
    complexity: LIST_COMPLEXITY,
    description: 'Les alertes que j’ai émises (pour le cabinet du préfet : toutes les alertes manuelles)',
  })
  sentAlerts(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.manual.sent(principal);
  }

  @Query(() => AlertModel, {
    description: 'Une alerte que j’ai émise (pour le cabinet du préfet : toute alerte manuelle)',
  })
  sentAlert(@Args('id', { type: () => ID }) id: string, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.manual.sentOne(id, principal);
  }

  @ResolveField(() => [AlertAcknowledgementModel], {
    nullable: true,
    description:
      'Lectures et accusés de réception par organisation et par personne (auteur et cabinet seulement ; sinon nul)',
  })
  acknowledgements(@Parent() alert: AlertEntity, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.manual.isSender(alert, principal) ? this.manual.acknowledgements(alert) : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Nombre de destinataires (auteur et cabinet seulement ; sinon nul)',
  })
  recipientCount(@Parent() alert: AlertEntity, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.manual.isSender(alert, principal) ? alert.recipientCount : null;
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description:
      'Distribution terminée : tous les destinataires ont leur notification (auteur et cabinet seulement ; sinon nul)',
  })
  distributed(@Parent() alert: AlertEntity, @CurrentPrincipal() principal: RequestPrincipal) {
    return this.manual.isSender(alert, principal) ? alert.fannedOutAt !== null : null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Destinataires qui l’ont lue (auteur et cabinet seulement ; sinon nul)',
  })
  readCount(
    @Parent() alert: AlertEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.readingOf(alert, principal, req).then((reading) => reading?.read ?? null);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Destinataires qui en ont accusé réception (auteur et cabinet seulement ; sinon nul)',
  })
  acknowledgedCount(
    @Parent() alert: AlertEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    return this.readingOf(alert, principal, req).then((reading) => reading?.acknowledged ?? null);
  }

  /** Reads and acknowledgements of the alerts of a page, in one statement per request. */
  private async readingOf(alert: AlertEntity, principal: RequestPrincipal, req: HttpRequestLike) {
    if (!this.manual.isSender(alert, principal)) return null;
    return requestLoader<string, { read: number; acknowledged: number }>(req, 'alert.reading', (ids) =>
      this.manual.readings(ids),
    ).load(alert.id);
  }

  @ResolveField(() => CaseModel, { nullable: true, description: 'Le dossier, si je peux le lire' })
  async case(
    @Parent() alert: AlertEntity,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    if (!alert.caseId) return null;
    return requestLoader<string, CaseEntity | null>(req, 'alert.case', async (ids) => {
      const rows = await this.cases.readableAmong(ids, principal, originOf(req));
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }).load(alert.caseId);
  }
}

@Authenticated()
@Resolver(() => AlertSubscriptionModel)
export class AlertSubscriptionsResolver {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Query(() => AlertSubscriptionModel, {
    description: 'Mes réglages d’alerte (les miens, ou ceux de mon organisation)',
  })
  myAlertSubscription(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.subscriptions.effective(principal);
  }

  @Mutation(() => AlertSubscriptionModel)
  saveMyAlertSubscription(
    @Args('input') input: AlertSubscriptionInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.subscriptions.saveMine(input, principal);
  }

  @Mutation(() => AlertSubscriptionModel, { description: 'Revenir aux réglages de mon organisation' })
  resetMyAlertSubscription(@CurrentPrincipal() principal: RequestPrincipal) {
    return this.subscriptions.resetMine(principal);
  }

  @Query(() => AlertSubscriptionModel, {
    description: 'Les réglages par défaut d’une organisation (ses responsables)',
  })
  organizationAlertSubscription(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.subscriptions.organizationDefault(organizationId, principal);
  }

  @Mutation(() => AlertSubscriptionModel)
  saveOrganizationAlertSubscription(
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('input') input: AlertSubscriptionInput,
    @CurrentPrincipal() principal: RequestPrincipal,
  ) {
    return this.subscriptions.saveOrganizationDefault(organizationId, input, principal);
  }
}
