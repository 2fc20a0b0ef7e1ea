import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { OrganizationsModule } from '@continuum/server/organizations';
import { TerritoryModule } from '@continuum/server/territory';
import { BodiesResolver, WorkingGroupMemberResolver, WorkingGroupsResolver } from './bodies/bodies.resolver';
import { BodiesService } from './bodies/bodies.service';
import { WorkingGroupsService } from './bodies/working-groups.service';
import {
  BodyMemberEntity,
  BodyOrganizationEntity,
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from './coordination.entities';

/**
 * Coordination bodies, their members and restricted working groups with each member's signed
 * charter: the facts the sharing policy reads for AMBER (member organisations) and RED
 * (working-group members with the current charter signed). Meetings live in server/meetings.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CoordinationBodyEntity,
      BodyOrganizationEntity,
      BodyMemberEntity,
      WorkingGroupEntity,
      WorkingGroupMemberEntity,
    ]),
    AuditModule,
    TerritoryModule,
    OrganizationsModule,
  ],
  providers: [
    BodiesService,
    WorkingGroupsService,
    BodiesResolver,
    WorkingGroupsResolver,
    WorkingGroupMemberResolver,
  ],
  exports: [BodiesService],
})
export class CoordinationModule {}
