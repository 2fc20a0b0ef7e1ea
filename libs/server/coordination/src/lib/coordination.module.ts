import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  BodyOrganizationEntity,
  CoordinationBodyEntity,
  WorkingGroupEntity,
  WorkingGroupMemberEntity,
} from './coordination.entities';

/**
 * Coordination bodies and their restricted working groups. For now it holds what the sharing
 * policy reads (members, charters); meetings and agendas come with the coordination issue.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      CoordinationBodyEntity,
      BodyOrganizationEntity,
      WorkingGroupEntity,
      WorkingGroupMemberEntity,
    ]),
  ],
})
export class CoordinationModule {}
