import { Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, AuditVisibility } from '@continuum/server/audit';
import { OrganizationsModule } from '@continuum/server/organizations';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { TerritoryModule } from '@continuum/server/territory';
import { CaseAttachmentController } from './attachments/case-attachment.controller';
import { CaseAttachmentService } from './attachments/case-attachment.service';
import { CaseAttachmentsFieldResolver } from './attachments/case-attachments.resolver';
import { DiskFileStorage } from './attachments/disk-file-storage';
import { FILE_STORAGE } from './attachments/file-storage';
import { CaseCommandService } from './case-command.service';
import {
  CaseActionResolver,
  CaseAssignmentResolver,
  CaseConnectionResolver,
  CaseEventResolver,
  CaseFieldsResolver,
  CaseShareResolver,
  OrganizationCasesResolver,
  ZoneCasesResolver,
} from './case-fields.resolver';
import { CaseHistoryQueries } from './case-history.queries';
import { CaseHistoryResolver } from './case-history.resolver';
import { CaseQueryService } from './case-query.service';
import { CaseSharingService } from './case-sharing.service';
import { CaseWorkQueries } from './case-work.queries';
import { CaseWorkService } from './case-work.service';
import { CasesResolver } from './cases.resolver';
import { CASE_ENTITIES } from './entities';
import { CaseExportController } from './export/case-export.controller';
import { CaseExportService } from './export/case-export.service';
import { ReadMotivesResolver } from './motives/read-motives.resolver';
import { ReadMotivesService } from './motives/read-motives.service';
import { SubjectAccessController } from './subject-access/subject-access.controller';
import { SubjectAccessResolver } from './subject-access/subject-access.resolver';
import { SubjectAccessService } from './subject-access/subject-access.service';

@Module({
  imports: [TypeOrmModule.forFeature(CASE_ENTITIES), AuditModule, TerritoryModule, OrganizationsModule],
  providers: [
    CaseQueryService,
    CaseCommandService,
    CaseSharingService,
    CaseWorkService,
    CaseWorkQueries,
    CaseHistoryQueries,
    CaseHistoryResolver,
    CasesResolver,
    CaseFieldsResolver,
    CaseConnectionResolver,
    CaseAssignmentResolver,
    CaseActionResolver,
    CaseShareResolver,
    CaseEventResolver,
    ZoneCasesResolver,
    OrganizationCasesResolver,
    CaseExportService,
    CaseAttachmentService,
    CaseAttachmentsFieldResolver,
    ReadMotivesService,
    ReadMotivesResolver,
    SubjectAccessService,
    SubjectAccessResolver,
    {
      provide: FILE_STORAGE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new DiskFileStorage(config.storageDir),
    },
  ],
  controllers: [CaseExportController, CaseAttachmentController, SubjectAccessController],
  exports: [CaseQueryService, CaseCommandService],
})
export class CasesModule implements OnModuleInit {
  constructor(
    private readonly visibility: AuditVisibility,
    private readonly query: CaseQueryService,
  ) {}

  /** Journal entries about a case show their reason and details only to its readers. */
  onModuleInit(): void {
    this.visibility.register('Case', (ids, principal) => this.query.readableIds(ids, principal));
  }
}
