import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { CasesModule } from '@continuum/server/cases';
import { OrganizationsModule } from '@continuum/server/organizations';
import { OutboxEventEntity, QueuesModule } from '@continuum/server/platform';
import { TerritoryModule } from '@continuum/server/territory';
import { ALERT_ENTITIES } from './alerts.entities';
import { ALERTS_OPTIONS, AlertsJobs, DEFAULT_ALERTS_OPTIONS } from './alerts.jobs';
import { AlertSubscriptionsResolver, AlertsResolver, NotificationsResolver } from './alerts.resolver';
import { NotificationPageResolver } from './notification-page.resolver';
import { DigestService } from './digest.service';
import { DueActionsScanner } from './due-actions.scanner';
import { FanOutService } from './fanout.service';
import { LiveNotifications } from './live-notifications';
import { ManualAlertsService } from './manual-alerts.service';
import { NotificationsService } from './notifications.service';
import { OutboxRelay } from './outbox-relay';
import { SpikeDetector } from './spikes/spike-detector.service';
import { SubscriptionsService } from './subscriptions.service';
import { WebhooksModule } from './webhooks/webhooks.module';

/** Scoped alerts: outbox relay, fan-out under the sharing policy, in-app (live), e-mail and digests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...ALERT_ENTITIES, OutboxEventEntity]),
    QueuesModule.forFeature('alerts'),
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
    SpikeDetector,
    AlertsJobs,
    OutboxRelay,
    NotificationsService,
    SubscriptionsService,
    ManualAlertsService,
    NotificationsResolver,
    NotificationPageResolver,
    AlertsResolver,
    AlertSubscriptionsResolver,
  ],
  exports: [FanOutService, LiveNotifications, SpikeDetector],
})
export class AlertsModule {}
