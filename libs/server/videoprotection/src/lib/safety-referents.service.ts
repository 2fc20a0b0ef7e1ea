import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService, type RequestOrigin } from '@continuum/server/audit';
import { badInput } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import type { SafetyReferentModel } from './api/video.models';

/**
 * The safety referents (référents sûreté): designated and withdrawn by the technical
 * administration, journaled — a designation opens a territory's projects to its holder.
 */
@Injectable()
export class SafetyReferentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<SafetyReferentModel[]> {
    return this.dataSource.query(
      `select sr.user_id as "userId", u.full_name as "fullName", o.name as "organizationName", sr.designated_at as "designatedAt"
         from safety_referents sr join users u on u.id = sr.user_id join organizations o on o.id = u.organization_id
        order by u.full_name collate "fr-FR-x-icu"`,
    );
  }

  async set(
    userId: string,
    referent: boolean,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Police or gendarmerie: the circular's référents sûreté.
      const [user]: { id: string }[] = await manager.query(
        `select u.id from users u join organizations o on o.id = u.organization_id
          where u.id::text = $1 and u.disabled_at is null and o.type in ('POLICE_NATIONALE', 'GENDARMERIE')`,
        [userId],
      );
      if (!user)
        throw badInput('userId', 'Un référent sûreté est un agent actif de la police ou de la gendarmerie.');
      const changed = referent
        ? await manager.query(
            `insert into safety_referents (user_id, designated_by_user_id) values ($1, $2) on conflict do nothing returning user_id`,
            [userId, principal.actor.userId],
          )
        : await manager.query(`delete from safety_referents where user_id = $1 returning user_id`, [userId]);
      if (changed.length === 0) return;
      await this.audit.record(
        {
          action: referent ? 'safety-referent.designated' : 'safety-referent.withdrawn',
          actor: {
            userId: principal.actor.userId,
            organizationId: principal.actor.organizationId,
            label: principal.label,
          },
          subjectType: 'User',
          subjectId: userId,
          origin,
        },
        manager,
      );
    });
  }
}
