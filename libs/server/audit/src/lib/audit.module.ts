import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditSealer } from './audit-sealer';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditVisibility } from './audit-visibility';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, AuditVisibility, AuditResolver, AuditSealer],
  exports: [AuditService, AuditVisibility, AuditSealer],
})
export class AuditModule {}
