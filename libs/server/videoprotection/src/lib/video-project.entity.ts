import { VideoOpinion, VideoProjectStatus } from '@continuum/domain';
import type { ZoneGeometry } from '@continuum/domain';
import { GeneratedShapeColumn } from '@continuum/server/territory';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A commune's video-protection project (migration 1796960000000; written and read in SQL). */
@Entity('video_projects')
export class VideoProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
  @Column({ type: 'bigint', default: () => "nextval('video_project_numbers')" })
  number!: string;
  @Index()
  @Column({ type: 'varchar', length: 5 })
  communeCode!: string;
  @Index()
  @Column({ type: 'uuid' })
  organizationId!: string;
  @Column({ type: 'text' })
  title!: string;
  @Column({ type: 'text' })
  purpose!: string;
  @Column({ type: 'enum', enum: VideoProjectStatus, enumName: 'video_project_status', default: 'REQUESTED' })
  status!: VideoProjectStatus;
  @Column({ type: 'enum', enum: VideoOpinion, enumName: 'video_opinion', nullable: true })
  opinion!: VideoOpinion | null;
  @Column({ type: 'text', nullable: true })
  opinionText!: string | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  fundingRequestedAmount!: string | null;
  @Column({ type: 'boolean', nullable: true })
  fundingGranted!: boolean | null;
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true })
  fundingGrantedAmount!: string | null;
  @Column({ type: 'uuid', nullable: true })
  createdByUserId!: string | null;
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}

/** A site of a project: a point or a polygon, a name, its cameras; the zone it became in service. */
@Entity('video_sites')
export class VideoSiteEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;
  @Column({ type: 'uuid' })
  projectId!: string;
  @Column({ type: 'integer' })
  position!: number;
  @Column({ type: 'text' })
  name!: string;
  @Column({ type: 'integer' })
  cameras!: number;
  @Column({ type: 'jsonb' })
  geometry!: ZoneGeometry;
  @Index({ spatial: true })
  @GeneratedShapeColumn('geometry', { nullable: false })
  shape?: object;
  @Column({ type: 'uuid', nullable: true })
  zoneId!: string | null;
}

/** A line of a project's history: the step reached, who, when, their note. */
@Entity('video_project_events')
export class VideoProjectEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;
  @Column({ type: 'uuid' })
  projectId!: string;
  @Column({ type: 'enum', enum: VideoProjectStatus, enumName: 'video_project_status' })
  status!: VideoProjectStatus;
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;
  @Column({ type: 'text' })
  actorLabel!: string;
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}

/** A user designated safety referent (référent sûreté) by the technical administration. */
@Entity('safety_referents')
export class SafetyReferentEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;
  @Column({ type: 'uuid', nullable: true })
  designatedByUserId!: string | null;
  @Column({ type: 'timestamptz', default: () => 'now()' })
  designatedAt!: Date;
}

export const VIDEO_ENTITIES = [
  VideoProjectEntity,
  VideoSiteEntity,
  VideoProjectEventEntity,
  SafetyReferentEntity,
];
