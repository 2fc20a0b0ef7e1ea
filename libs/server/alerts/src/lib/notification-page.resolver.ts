import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated } from '@continuum/server/platform';
import { NotificationPageModel } from './alerts.models';
import type { NotificationEntity } from './alerts.entities';

/** A page of the centre whose total is counted only if the client asks for it. */
export interface LazyNotificationPage {
  items: NotificationEntity[];
  nextCursor: string | null;
  totalCount: () => Promise<number>;
}

@Authenticated()
@Resolver(() => NotificationPageModel)
export class NotificationPageResolver {
  @ResolveField(() => Int, {
    description: 'Toutes les alertes qui répondent aux filtres, pas seulement cette page',
  })
  totalCount(@Parent() page: LazyNotificationPage): Promise<number> {
    return page.totalCount();
  }
}
