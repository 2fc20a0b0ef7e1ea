import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/** Where a request came from, for the journal. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface AuditRecord {
  action: string;
  actor?: { userId: string; organizationId: string; label: string } | null;
  subjectType?: string;
  subjectId?: string;
  reason?: string | null;
  origin?: RequestOrigin;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends one entry. Pass the transaction's manager when the audited change is written in one,
   * so that the entry and the change commit or roll back together.
   */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await this.recordMany([entry], manager);
  }

  /** Appends several entries in one statement. */
  async recordMany(entries: AuditRecord[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (entries.length === 0) return;
    await manager.getRepository(AuditEntryEntity).insert(
      entries.map((entry) =>
        manager.create(AuditEntryEntity, {
          action: entry.action,
          actorUserId: entry.actor?.userId ?? null,
          actorOrganizationId: entry.actor?.organizationId ?? null,
          actorLabel: entry.actor?.label ?? null,
          subjectType: entry.subjectType ?? null,
          subjectId: entry.subjectId ?? null,
          reason: entry.reason ?? null,
          ip: entry.origin?.ip ?? null,
          userAgent: entry.origin?.userAgent?.slice(0, 500) ?? null,
          details: entry.details ?? null,
        }),
      ),
    );
  }
}

/** The origin of an HTTP request as the journal records it. */
export function originOf(request: {
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}): RequestOrigin {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: (Array.isArray(agent) ? agent[0] : agent) ?? null };
}
