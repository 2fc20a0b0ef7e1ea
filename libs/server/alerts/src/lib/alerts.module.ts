import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { CasesModule } from '@continuum/server/cases';
import { OrganizationsModule } from '@continuum/server/organizations';
import { OutboxEventEntity } from '@continuum/server/platform';
import { TerritoryModule } from '@continuum/server/territory';
import { ALERT_ENTITIES } from './alerts.entities';
import { ALERTS_OPTIONS, AlertsOptions, AlertsPipeline } from './alerts.jobs';
import { AlertSubscriptionsResolver, AlertsResolver, NotificationsResolver } from './alerts.resolver';
import { NotificationPageResolver } from './notification-page.resolver';
import { DigestService } from './digest.service';
import { DueActionsScanner } from './due-actions.scanner';
import { FanOutService } from './fanout.service';
import { LiveNotifications } from './live-notifications';
import { ManualAlertsService } from './manual-alerts.service';
import { NotificationsService } from './notifications.service';
import { SubscriptionsService } from './subscriptions.service';
import { WebhooksModule } from './webhooks/webhooks.module';

export const DEFAULT_ALERTS_OPTIONS: AlertsOptions = {
  backoffMs: 1000,
  pollMs: 2000,
  listenRetryMs: 250,
  // A fan-out job Redis lost is handed over again within 6 s (the query reads a partial index).
  sweepMs: 3000,
  requeueAfterMs: 3000,
  scanEveryMs: 60 * 60 * 1000,
  digestEveryMs: 60 * 60 * 1000,
};

/** Scoped alerts: outbox relay, fan-out under the sharing policy, in-app (live), e-mail and digests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...ALERT_ENTITIES, OutboxEventEntity]),
    AuditModule,
    OrganizationsModule,
    TerritoryModule,
    CasesModule,
    WebhooksModule,
  ],
  providers: [
    { provide: ALERTS_OPTIONS, useValue: DEFAULT_ALERTS_OPTIONS },
    LiveNotifications,
    FanOutService,
    DigestService,
    DueActionsScanner,
    AlertsPipeline,
    NotificationsService,
    SubscriptionsService,
    ManualAlertsService,
    NotificationsResolver,
    NotificationPageResolver,
    AlertsResolver,
    AlertSubscriptionsResolver,
  ],
  exports: [FanOutService, LiveNotifications],
})
export class AlertsModule {}
