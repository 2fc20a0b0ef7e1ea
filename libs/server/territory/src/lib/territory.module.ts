import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { CommuneOutlinesController } from './commune-outlines.controller';
import { CommuneEntity } from './commune.entity';
import { DepartementEntity } from './departement.entity';
import { EpciEntity } from './epci.entity';
import { CommuneResolver, EpciResolver, ZoneResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';
import { ZoneEntity } from './zone.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([DepartementEntity, EpciEntity, CommuneEntity, ZoneEntity]),
    AuditModule,
  ],
  controllers: [CommuneOutlinesController],
  providers: [TerritoryService, CommuneResolver, EpciResolver, ZoneResolver],
  exports: [TerritoryService],
})
export class TerritoryModule {}
