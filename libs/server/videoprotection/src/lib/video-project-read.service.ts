import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppAbility } from '@continuum/domain';
import { AppError } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { VideoProjectFilter, VideoProjectSort } from './api/video.inputs';
import type { VideoHotspotsModel, VideoProjectModel } from './api/video.models';
import { historyOf, projectRows, siteModels, toProjectModel } from './video-project-rows';
import { lastCompleteYear, SiteTargeting, TARGETING_RESOLUTION } from './site-targeting';

/** NOT_FOUND for a project one may not read, exactly as for one that never existed. */
export const projectNotFound = () =>
  new AppError('NOT_FOUND', 'Projet de vidéoprotection introuvable.', { field: 'input.projectId' });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every read of video-protection projects: the list, one, the cabinet's hot cells around one. */
@Injectable()
export class VideoProjectReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targeting: SiteTargeting,
  ) {}

  async list(filter: VideoProjectFilter, ability: AppAbility): Promise<VideoProjectModel[]> {
    const params: Record<string, unknown> = {};
    let where = 'true';
    if (filter.status?.length) {
      where = 'vp.status::text = any(:status)';
      params['status'] = filter.status;
    }
    const projects = await this.models(this.dataSource, ability, where, params);
    if (filter.sort === VideoProjectSort.TARGETED_FIRST) {
      // Stable: the most recent first within each group.
      return [...projects.filter((p) => p.targeted), ...projects.filter((p) => !p.targeted)];
    }
    return projects;
  }

  async one(
    id: string,
    ability: AppAbility,
    db: DataSource | EntityManager = this.dataSource,
  ): Promise<VideoProjectModel> {
    if (!UUID.test(id)) throw projectNotFound();
    const [project] = await this.models(db, ability, 'vp.id = :id', { id });
    if (!project) throw projectNotFound();
    return project;
  }

  /** The communes of an organisation's competence, by name: where a mairie may place a project. */
  communesOf(organizationId: string): Promise<{ code: string; name: string }[]> {
    return this.dataSource.query(
      `select c.code, c.name from organization_competence_communes oc join communes c on c.code = oc.commune_code
        where oc.organization_id = $1 order by c.name collate "fr-FR-x-icu"`,
      [organizationId],
    );
  }

  /** The hot cells around a project's sites: the cabinet's only (`VideoHotspots`), NOT_FOUND for anyone else. */
  async hotspots(id: string, ability: AppAbility): Promise<VideoHotspotsModel> {
    if (!ability.can('read', 'VideoHotspots')) throw projectNotFound();
    if (!UUID.test(id)) throw projectNotFound();
    const [row] = await projectRows(this.dataSource, ability, 'vp.id = :id', { id });
    if (!row) throw projectNotFound();
    const sites = (await siteModels(this.dataSource, [id], new Set())).get(id) ?? [];
    return {
      year: lastCompleteYear(),
      resolution: TARGETING_RESOLUTION,
      cells: await this.targeting.hotCellsNear(sites.flatMap((site) => site.cells)),
    };
  }

  private async models(
    db: DataSource | EntityManager,
    ability: AppAbility,
    where: string,
    params: Record<string, unknown>,
  ): Promise<VideoProjectModel[]> {
    const rows = await projectRows(db, ability, where, params);
    const ids = rows.map((row) => row.id);
    const [hot, history] = await Promise.all([this.targeting.hotCells(), historyOf(db, ids)]);
    const placed = await siteModels(db, ids, hot);
    const year = lastCompleteYear();
    return rows.map((row) => toProjectModel(row, placed.get(row.id) ?? [], history.get(row.id) ?? [], year));
  }
}
