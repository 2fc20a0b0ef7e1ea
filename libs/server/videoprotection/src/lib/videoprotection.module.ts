import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { VideoProjectsResolver } from './api/video-projects.resolver';
import { SafetyReferentsService } from './safety-referents.service';
import { SiteTargeting } from './site-targeting';
import { VIDEO_ENTITIES } from './video-project.entity';
import { VideoProjectReadService } from './video-project-read.service';
import { VideoProjectWorkflowService } from './video-project-workflow.service';

/** Video-protection projects: request, référent sûreté opinion, FIPD funding, service as zones. */
@Module({
  imports: [TypeOrmModule.forFeature(VIDEO_ENTITIES), AuditModule],
  providers: [
    SiteTargeting,
    VideoProjectReadService,
    VideoProjectWorkflowService,
    SafetyReferentsService,
    VideoProjectsResolver,
  ],
})
export class VideoProtectionModule {}
