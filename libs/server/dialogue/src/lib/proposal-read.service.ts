import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AppAbility,
  PROPOSAL_CATEGORY_LABELS,
  PROPOSAL_STATUS_LABELS,
  type ProposalCategory,
  ProposalStatus,
} from '@continuum/domain';
import { APP_CONFIG, notFound } from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type {
  ProposalListModel,
  ProposalModel,
  ProposalStatisticsRowModel,
  PublicProposalModel,
} from './api/dialogue.models';
import type { ProposalFilter } from './api/dialogue.inputs';
import { readableProposals } from './policy/dialogue-policy.sql';
import { namedQuery, proposalSelect, type ProposalRow, toProposalModel } from './proposal-rows';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Every read of proposals: lists, one, the private link, the counts the plan's indicators read. */
@Injectable()
export class ProposalReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The département's communes by name: public information, for the form without an account. */
  communes(): Promise<{ code: string; name: string }[]> {
    return this.dataSource.query(
      `select code, name from communes where departement_code = $1 order by name collate "fr-FR-x-icu", code`,
      [this.config.departementCode],
    );
  }

  async list(filter: ProposalFilter, principal: RequestPrincipal): Promise<ProposalListModel> {
    const conditions = ['true'];
    const params: Record<string, unknown> = { first: filter.first ?? 100 };
    if (filter.status?.length) {
      conditions.push('p.status::text = any(:status)');
      params['status'] = filter.status;
    }
    if (filter.communeCode) {
      conditions.push('p.commune_code = :commune');
      params['commune'] = filter.communeCode;
    }
    if (filter.mine) {
      conditions.push('p.author_organization_id = :org');
      params['org'] = principal.actor.organizationId;
    }
    const select = proposalSelect(principal.ability, conditions.join(' and '));
    const rows = await namedQuery<ProposalRow>(
      this.dataSource,
      // The oldest first while waiting (a queue), the newest first once dealt with.
      `${select.sql} order by (p.status in ('PENDING', 'RELEASED')) desc,
         case when p.status in ('PENDING', 'RELEASED') then p.created_at end asc, p.created_at desc limit :first`,
      { ...select.params, ...params },
    );
    return { items: rows.map(toProposalModel), total: rows[0]?.total ?? 0 };
  }

  /** One proposal, or NOT_FOUND exactly as for one that never existed. */
  async one(id: string, ability: AppAbility): Promise<ProposalModel> {
    const select = proposalSelect(ability, 'p.id = :id');
    const [row] = await namedQuery<ProposalRow>(this.dataSource, select.sql, { ...select.params, id });
    if (!row) throw notFound('Proposition introuvable.');
    return toProposalModel(row);
  }

  /** What the author reads through the private link: their own proposal only, text masked. */
  async byLink(token: string): Promise<PublicProposalModel> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 100)
      throw notFound('Lien inconnu ou expiré.');
    const [row] = await this.dataSource.query(
      `select p.number::text as number, p.status, p.category, cm.name as commune_name, p.masked_body, p.created_at,
              p.answer, p.triaged_at
         from proposals p join communes cm on cm.code = p.commune_code
        where p.token_hash = $1`,
      [hashToken(token)],
    );
    if (!row) throw notFound('Lien inconnu ou expiré.');
    const status = row.status as ProposalStatus;
    return {
      reference: `P-${row.number}`,
      status,
      statusLabel: PROPOSAL_STATUS_LABELS[status],
      categoryLabel: PROPOSAL_CATEGORY_LABELS[row.category as ProposalCategory],
      communeName: row.commune_name,
      text: row.masked_body,
      createdAt: row.created_at,
      answer: row.answer,
      answeredAt: row.triaged_at,
    };
  }

  /**
   * Proposals by commune and category over a period (submitted in it), with how many were dealt
   * with and how long it took (days from submission to triage): what the plan's indicators read.
   * The reader's policy is in the WHERE: the cabinet counts all, a mairie what it may read.
   */
  async statistics(ability: AppAbility, from: Date, to: Date): Promise<ProposalStatisticsRowModel[]> {
    const read = readableProposals(ability, 'p');
    const rows = await namedQuery<{
      commune_code: string;
      commune_name: string;
      category: ProposalCategory;
      submitted: number;
      treated: number;
      waiting: number;
      average_days: number | null;
      median_days: number | null;
    }>(
      this.dataSource,
      `select p.commune_code, cm.name as commune_name, p.category,
              count(*)::int as submitted,
              count(*) filter (where p.triaged_at is not null)::int as treated,
              count(*) filter (where p.status = 'RELEASED')::int as waiting,
              round((avg(extract(epoch from p.triaged_at - p.created_at)) / 86400)::numeric, 1)::float8 as average_days,
              round((percentile_cont(0.5) within group (order by extract(epoch from p.triaged_at - p.created_at)) / 86400)::numeric, 1)::float8 as median_days
         from proposals p join communes cm on cm.code = p.commune_code
        where ${read.sql} and p.created_at >= :from and p.created_at < :to
        group by 1, 2, 3 order by 2, 3`,
      { ...read.params, from, to },
    );
    return rows.map((row) => ({
      communeCode: row.commune_code,
      communeName: row.commune_name,
      category: row.category,
      submitted: row.submitted,
      treated: row.treated,
      waiting: row.waiting,
      averageDays: row.average_days,
      medianDays: row.median_days,
    }));
  }
}
