import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditSealer } from './audit-sealer';
import { RetentionService } from './retention/retention.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';
import { AuditVisibility } from './audit-visibility';
import { JournalExportController } from './journal/journal-export.controller';
import { PersonalDataResolver } from './register/personal-data.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [
    AuditService,
    AuditVisibility,
    AuditResolver,
    AuditSealer,
    RetentionService,
    PersonalDataResolver,
  ],
  controllers: [JournalExportController],
  exports: [AuditService, AuditVisibility, AuditSealer, RetentionService],
})
export class AuditModule {}
