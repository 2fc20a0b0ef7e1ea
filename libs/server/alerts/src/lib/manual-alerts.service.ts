import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AlertTopic, ORGANIZATION_TYPES, OrganizationType, Role } from '@continuum/domain';
import { AuditService, RequestOrigin } from '@continuum/server/audit';
import { CaseQueryService, caseReadersCondition } from '@continuum/server/cases';
import { badInput, emitEvent, forbidden, notFound } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { TerritoryService } from '@continuum/server/territory';
import { DataSource, EntityManager } from 'typeorm';
import { EVENT_TOPICS } from './alert-content';
import { checkTerritory } from './alert-territory';
import { AlertEntity } from './alerts.entities';
import { AlertAcknowledgementModel, AlertAudiencePreviewModel, ManualAlertInput } from './alerts.models';
import { RECIPIENTS_SQL } from './recipients.sql';

/**
 * Alerts written by the prefect's cabinet or a body's secretary for an audience: organisation
 * types over a territory. The preview runs the very statement of the fan-out, in a transaction
 * that is rolled back, so what it announces is what will happen.
 */
@Injectable()
export class ManualAlertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditService,
  ) {}

  async send(
    input: ManualAlertInput,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<AlertEntity> {
    await this.assertMayWrite(principal);
    const values = await this.prepare(input, principal);
    return this.dataSource.transaction(async (manager) => {
      const alert = await manager.save(manager.create(AlertEntity, values));
      const recipients = await this.recipientCount(manager, alert.id);
      if (recipients === 0)
        throw badInput(
          'input.audienceTypes',
          'Personne ne recevrait cette alerte : élargissez le territoire ou les destinataires.',
        );
      await emitEvent(manager, EVENT_TOPICS.ALERT_WRITTEN, { alertId: alert.id });
      await this.audit.record(
        {
          action: 'alert.sent',
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'Alert',
          subjectId: alert.id,
          origin,
          details: { title: alert.title, audienceTypes: alert.audienceTypes, recipients },
        },
        manager,
      );
      return alert;
    });
  }

  /** Who would receive it, by organisation, and what each class of recipient would see. */
  async preview(input: ManualAlertInput, principal: RequestPrincipal): Promise<AlertAudiencePreviewModel> {
    await this.assertMayWrite(principal);
    const values = await this.prepare(input, principal);
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      const alert = await runner.manager.save(runner.manager.create(AlertEntity, values));
      const organizations: {
        organization_id: string;
        name: string;
        type: OrganizationType;
        people: number;
      }[] = await runner.query(
        `select r.organization_id, o.name, o.type, count(*)::int as people
           from (${RECIPIENTS_SQL}) r join organizations o on o.id = r.organization_id
          group by r.organization_id, o.name, o.type order by o.name collate "fr-FR-x-icu"`,
        [alert.id],
      );
      const total = organizations.reduce((sum, org) => sum + org.people, 0);
      const classes = [
        { label: 'Tous reçoivent le titre et le message, tels que vous les avez écrits', people: total },
      ];
      if (alert.caseId) {
        const [{ readers }]: { readers: number }[] = await runner.query(
          `select count(*)::int as readers from (${RECIPIENTS_SQL}) r
             join users u on u.id = r.user_id join organizations o on o.id = u.organization_id
             join cases c on c.id = (select case_id from alerts where id = $1)
            where ${caseReadersCondition('c', 'u', 'o')}`,
          [alert.id],
        );
        classes.push({ label: 'voient aussi le dossier lié, qu’ils peuvent lire', people: readers });
        classes.push({
          label: 'ne voient pas le dossier lié, qu’ils ne peuvent pas lire',
          people: total - readers,
        });
      }
      return {
        total,
        organizations: organizations.map((org) => ({
          organizationId: org.organization_id,
          name: org.name,
          type: org.type,
          people: org.people,
        })),
        classes,
      };
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }

  /** My sent alerts (all of them for the prefect's cabinet), newest first. */
  sent(principal: RequestPrincipal): Promise<AlertEntity[]> {
    const query = this.dataSource
      .getRepository(AlertEntity)
      .createQueryBuilder('a')
      .where(`a.topic = 'MANUAL'`)
      .orderBy('a.created_at', 'DESC')
      .limit(100);
    if (!principal.actor.roles.includes(Role.COORDINATOR))
      query.andWhere('a.author_user_id = :me', { me: principal.actor.userId });
    return query.getMany();
  }

  /** A sent alert, for its author or the prefect's cabinet. */
  async sentOne(id: string, principal: RequestPrincipal): Promise<AlertEntity> {
    const alert = await this.dataSource
      .getRepository(AlertEntity)
      .findOneBy({ id, topic: AlertTopic.MANUAL });
    if (
      !alert ||
      !(alert.authorUserId === principal.actor.userId || principal.actor.roles.includes(Role.COORDINATOR))
    )
      throw notFound('Alerte introuvable.');
    return alert;
  }

  /** Whether the actor sent the alert, or is the prefect's cabinet (which sees every manual alert). */
  isSender(alert: AlertEntity, principal: RequestPrincipal): boolean {
    return (
      alert.topic === AlertTopic.MANUAL &&
      (alert.authorUserId === principal.actor.userId || principal.actor.roles.includes(Role.COORDINATOR))
    );
  }

  /** Reads and acknowledgements of each alert, in the order of `ids`. */
  async readings(ids: readonly string[]): Promise<{ read: number; acknowledged: number }[]> {
    const rows: { alert_id: string; read: number; acknowledged: number }[] = await this.dataSource.query(
      `select alert_id, count(read_at)::int as read, count(acknowledged_at)::int as acknowledged
         from notifications where alert_id = any($1::uuid[]) group by alert_id`,
      [ids],
    );
    return ids.map((id) => rows.find((row) => row.alert_id === id) ?? { read: 0, acknowledged: 0 });
  }

  /** Who has read and acknowledged, per organisation (the sender's view: ask `isSender` first). */
  async acknowledgements(alert: AlertEntity): Promise<AlertAcknowledgementModel[]> {
    const rows: {
      organization_id: string;
      name: string;
      people: { userId: string; fullName: string; readAt: string | null; acknowledgedAt: string | null }[];
    }[] = await this.dataSource.query(
      `select n.organization_id, o.name,
                json_agg(json_build_object('userId', u.id, 'fullName', u.full_name, 'readAt', n.read_at, 'acknowledgedAt', n.acknowledged_at)
                         order by u.full_name collate "fr-FR-x-icu") as people
           from notifications n join users u on u.id = n.user_id join organizations o on o.id = n.organization_id
          where n.alert_id = $1 group by n.organization_id, o.name order by o.name collate "fr-FR-x-icu"`,
      [alert.id],
    );
    return rows.map((row) => ({
      organizationId: row.organization_id,
      organizationName: row.name,
      recipients: row.people.length,
      read: row.people.filter((p) => p.readAt).length,
      acknowledged: row.people.filter((p) => p.acknowledgedAt).length,
      people: row.people.map((p) => ({
        userId: p.userId,
        fullName: p.fullName,
        readAt: p.readAt ? new Date(p.readAt) : null,
        acknowledgedAt: p.acknowledgedAt ? new Date(p.acknowledgedAt) : null,
      })),
    }));
  }

  private async assertMayWrite(principal: RequestPrincipal): Promise<void> {
    if (principal.actor.roles.includes(Role.COORDINATOR)) return;
    const [secretary] = await this.dataSource.query(
      'select 1 from coordination_bodies where secretary_user_id = $1 limit 1',
      [principal.actor.userId],
    );
    if (!secretary)
      throw forbidden('Seuls le cabinet du préfet et les secrétariats d’instance émettent des alertes.');
  }

  /**
   * The alert as it will be written, checked. Outside any transaction: the territory and the case are
   * read through services with connections of their own, which a transaction already holding one of
   * the pool's must not wait for.
   */
  private async prepare(input: ManualAlertInput, principal: RequestPrincipal): Promise<Partial<AlertEntity>> {
    const audienceTypes = [...new Set(input.audienceTypes)];
    if (audienceTypes.length === 0)
      throw badInput('input.audienceTypes', 'Choisissez au moins un type d’organisation destinataire.');
    const territory = await checkTerritory(this.dataSource.manager, this.territory, input, 'input');
    if (territory.communeCodes.length === 0 && territory.zoneIds.length === 0 && !territory.area)
      throw badInput(
        'input.communeCodes',
        'Choisissez le territoire de l’alerte : des communes, des zones ou une zone dessinée.',
      );
    if (input.caseId) await this.cases.get(input.caseId, principal, null);
    return {
      topic: AlertTopic.MANUAL,
      severity: input.severity,
      category: input.category ?? null,
      title: input.title.trim(),
      body: input.body.trim(),
      caseId: input.caseId ?? null,
      meetingId: null,
      communeCodes: [
        ...new Set([...territory.communeCodes, ...territory.areaCommunes.map((c) => c.code)]),
      ].sort(),
      zoneIds: territory.zoneIds,
      area: territory.area,
      longitude: null,
      latitude: null,
      audienceTypes: audienceTypes.filter((type) => type in ORGANIZATION_TYPES),
      authorUserId: principal.actor.userId,
      authorOrganizationId: principal.actor.organizationId,
      authorLabel: principal.label,
      targeting: { territorial: true, excludeUserId: principal.actor.userId },
      dedupeKey: null,
      outboxEventId: null,
    };
  }

  private async recipientCount(manager: EntityManager, alertId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await manager.query(
      `select count(*)::int as n from (${RECIPIENTS_SQL}) r`,
      [alertId],
    );
    return n;
  }
}
