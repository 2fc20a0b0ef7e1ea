import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { OrganizationsModule } from '@continuum/server/organizations';
import { QueuesModule } from '@continuum/server/platform';
import { DeadLettersService } from './dead-letters.service';
import { WebhookSweeper } from './webhook-sweeper';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WEBHOOK_ENTITIES } from './webhook.entities';
import { DEFAULT_WEBHOOK_OPTIONS, WEBHOOK_OPTIONS } from './webhook.jobs';
import { WebhookWorker } from './webhook.worker';
import { DeadLettersResolver, WebhooksResolver } from './webhooks.resolver';
import { WebhooksService } from './webhooks.service';

/**
 * The webhook channel of alerts (registration, signed deliveries, retries, disabling) and the
 * operations of every delivery channel (the dead letters, what is stuck). The `webhooks` queue and
 * its board are libs/server/platform's.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature(WEBHOOK_ENTITIES),
    QueuesModule.forFeature('webhooks'),
    AuditModule,
    OrganizationsModule,
  ],
  providers: [
    // A copy per application: a test may shorten its retries without touching another's.
    { provide: WEBHOOK_OPTIONS, useFactory: () => ({ ...DEFAULT_WEBHOOK_OPTIONS }) },
    WebhookDispatcher,
    WebhookWorker,
    WebhookSweeper,
    WebhooksService,
    DeadLettersService,
    WebhooksResolver,
    DeadLettersResolver,
  ],
  exports: [WebhookDispatcher],
})
export class WebhooksModule {}
