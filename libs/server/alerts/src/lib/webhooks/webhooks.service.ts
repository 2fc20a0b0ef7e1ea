import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { APP_CONFIG, forbidden, notFound, pageSize } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { checkWebhookUrl } from './webhook-address';
import { newWebhookSecret } from './webhook-signature';
import { WebhookEntity } from './webhook.entities';
import { WebhookDeliveryModel, WebhookWithSecretModel } from './webhook.models';

/**
 * An organisation's webhook, managed by its managers only. The secret is written here and read by
 * the worker alone: it leaves the server once, in the answer that created or renewed it.
 */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async get(organizationId: string, principal: RequestPrincipal): Promise<WebhookEntity | null> {
    this.assertManages(organizationId, principal);
    return this.dataSource.getRepository(WebhookEntity).findOneBy({ organizationId });
  }

  /** Registers the webhook, or points it elsewhere; the secret comes back only when it is new. */
  async save(
    organizationId: string,
    rawUrl: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WebhookWithSecretModel> {
    this.assertManages(organizationId, principal);
    const url = await checkWebhookUrl(rawUrl, this.config.env);
    const secret = newWebhookSecret();
    return this.dataSource.transaction(async (manager) => {
      // One statement, so two managers saving at once cannot create two webhooks; `xmax = 0` is
      // PostgreSQL's way of saying the row was inserted rather than updated.
      const [row]: { id: string; created: boolean }[] = await manager.query(
        `insert into webhooks (organization_id, url, secret, created_by_user_id) values ($1, $2, $3, $4)
         on conflict (organization_id) do update set url = excluded.url, consecutive_failures = 0, updated_at = now()
         returning id, (xmax = 0) as created`,
        [organizationId, url, secret, principal.actor.userId],
      );
      await this.record(
        manager,
        row.created ? 'webhook.created' : 'webhook.url_changed',
        row.id,
        principal,
        origin,
        {
          host: new URL(url).host,
        },
      );
      return { webhook: await this.reload(manager, organizationId), secret: row.created ? secret : null };
    });
  }

  async rotateSecret(
    organizationId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WebhookWithSecretModel> {
    this.assertManages(organizationId, principal);
    const secret = newWebhookSecret();
    return this.change(organizationId, 'webhook.secret_rotated', principal, origin, async (manager) => {
      await manager.query(`update webhooks set secret = $2, updated_at = now() where organization_id = $1`, [
        organizationId,
        secret,
      ]);
      return { webhook: await this.reload(manager, organizationId), secret };
    });
  }

  /** Enabled again after a fix: its URL is checked anew and its count of failures starts over. */
  async enable(
    organizationId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WebhookEntity> {
    this.assertManages(organizationId, principal);
    const existing = await this.dataSource.getRepository(WebhookEntity).findOneBy({ organizationId });
    if (!existing) throw notFound('Aucun webhook enregistré pour cette organisation.');
    await checkWebhookUrl(existing.url, this.config.env);
    return this.change(
      organizationId,
      'webhook.enabled',
      principal,
      origin,
      async (manager) => {
        await manager.query(
          `update webhooks set enabled = true, disabled_at = null, disabled_reason = null, consecutive_failures = 0,
                  updated_at = now()
            where organization_id = $1`,
          [organizationId],
        );
        return this.reload(manager, organizationId);
      },
      // Already enabled (a parallel request won, or a second click): said as it is, not journaled again.
      (row) => row.enabled,
    );
  }

  async disable(
    organizationId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<WebhookEntity> {
    this.assertManages(organizationId, principal);
    return this.change(
      organizationId,
      'webhook.disabled',
      principal,
      origin,
      async (manager) => {
        await manager.query(
          `update webhooks set enabled = false, disabled_at = now(), disabled_reason = $2, updated_at = now()
            where organization_id = $1 and enabled`,
          [organizationId, `Désactivé par ${principal.label}.`],
        );
        return this.reload(manager, organizationId);
      },
      // Already disabled (a parallel request won): said as it is, not journaled again.
      (row) => !row.enabled,
    );
  }

  /** Deletes the webhook and the history of its deliveries. */
  async remove(organizationId: string, principal: RequestPrincipal, origin: RequestOrigin): Promise<boolean> {
    this.assertManages(organizationId, principal);
    return this.change(organizationId, 'webhook.deleted', principal, origin, async (manager) => {
      await manager.query('delete from webhooks where organization_id = $1', [organizationId]);
      return true;
    });
  }

  /** The organisation's recent deliveries, newest first. */
  async deliveries(
    organizationId: string,
    first: number | undefined,
    principal: RequestPrincipal,
  ): Promise<WebhookDeliveryModel[]> {
    this.assertManages(organizationId, principal);
    const rows: {
      id: string;
      alert_id: string;
      topic: WebhookDeliveryModel['topic'];
      status: WebhookDeliveryModel['status'];
      attempts: number;
      last_error: string | null;
      response_status: number | null;
      next_attempt_at: Date | null;
      delivered_at: Date | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `select d.id, d.alert_id, a.topic, d.status, d.attempts, d.last_error, d.response_status, d.next_attempt_at,
              d.delivered_at, d.created_at
         from webhook_deliveries d join webhooks w on w.id = d.webhook_id join alerts a on a.id = d.alert_id
        where w.organization_id = $1
        order by d.created_at desc, d.id desc
        limit $2`,
      [organizationId, pageSize(first, 20)],
    );
    return rows.map((row) => ({
      id: row.id,
      alertId: row.alert_id,
      topic: row.topic,
      status: row.status,
      attempts: row.attempts,
      lastError: row.last_error,
      responseStatus: row.response_status,
      nextAttemptAt: row.next_attempt_at,
      deliveredAt: row.delivered_at,
      createdAt: row.created_at,
    }));
  }

  private assertManages(organizationId: string, principal: RequestPrincipal): void {
    const manages =
      principal.actor.roles.includes(Role.MANAGER) && principal.actor.organizationId === organizationId;
    if (!manages) throw forbidden('Seul un responsable de l’organisation gère son webhook.');
  }

  /**
   * A change to an existing webhook, journaled in its transaction, under the webhook's row lock;
   * `done` tells, from the locked row, that there is nothing left to change (the webhook is returned).
   */
  private change<T>(
    organizationId: string,
    action: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    work: (manager: EntityManager) => Promise<T>,
    done?: (row: { enabled: boolean }) => boolean,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: { id: string; enabled: boolean }[] = await manager.query(
        'select id, enabled from webhooks where organization_id = $1 for update',
        [organizationId],
      );
      if (!row) throw notFound('Aucun webhook enregistré pour cette organisation.');
      if (done?.(row)) return (await this.reload(manager, organizationId)) as T;
      const result = await work(manager);
      await this.record(manager, action, row.id, principal, origin);
      return result;
    });
  }

  private reload(manager: EntityManager, organizationId: string): Promise<WebhookEntity> {
    return manager.getRepository(WebhookEntity).findOneByOrFail({ organizationId });
  }

  private record(
    manager: EntityManager,
    action: string,
    webhookId: string,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    details?: Record<string, unknown>,
  ): Promise<void> {
    return this.audit.record(
      {
        action,
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'Webhook',
        subjectId: webhookId,
        origin,
        details,
      },
      manager,
    );
  }
}
