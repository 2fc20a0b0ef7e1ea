import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { OrganizationsModule } from '@continuum/server/organizations';
import { TerritoryModule } from '@continuum/server/territory';
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
import { CaseQueryService } from './case-query.service';
import { CaseWorkQueries } from './case-work.queries';
import { CaseWorkService } from './case-work.service';
import { CasesResolver } from './cases.resolver';
import { CASE_ENTITIES } from './entities';

@Module({
  imports: [TypeOrmModule.forFeature(CASE_ENTITIES), AuditModule, TerritoryModule, OrganizationsModule],
  providers: [
    CaseQueryService,
    CaseCommandService,
    CaseWorkService,
    CaseWorkQueries,
    CasesResolver,
    CaseFieldsResolver,
    CaseConnectionResolver,
    CaseAssignmentResolver,
    CaseActionResolver,
    CaseShareResolver,
    CaseEventResolver,
    ZoneCasesResolver,
    OrganizationCasesResolver,
  ],
  exports: [CaseQueryService, CaseCommandService],
})
export class CasesModule {}
