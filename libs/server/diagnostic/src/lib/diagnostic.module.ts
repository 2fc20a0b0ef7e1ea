import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@continuum/server/audit';
import { APP_CONFIG, type AppConfig, QueuesModule } from '@continuum/server/platform';
import { DiagnosticAnalysisResolver } from './analysis/diagnostic-analysis.resolver';
import { DiagnosticAnalysisService } from './analysis/diagnostic-analysis.service';
import { PriorityZonesResolver } from './analysis/priority-zones.resolver';
import { PriorityZonesService } from './analysis/priority-zones.service';
import { DiagnosticImportsController } from './api/diagnostic-imports.controller';
import { DiagnosticImportsResolver } from './api/diagnostic-imports.resolver';
import { DiagnosticImportsService } from './api/diagnostic-imports.service';
import { ImportReceptionService } from './api/import-reception.service';
import { DiagnosticDocumentsController } from './documents/diagnostic-documents.controller';
import { DIAGNOSTIC_ENTITIES } from './entities';
import { DiagnosticImportProcessor } from './imports/diagnostic-import.processor';
import { DiagnosticImportJobs, DiagnosticQueue } from './imports/diagnostic-queue';
import { IMPORT_FILE_STORE, importFileEngine, ImportFileStore } from './imports/import-files';

/** The territorial diagnostic: recorded incidents and SSMSI statistics in (imports), their analysis (breakdowns, masking, hotspots, priority zones) and its documents (DOCX, PDF). */
@Module({
  imports: [
    AuditModule,
    TypeOrmModule.forFeature(DIAGNOSTIC_ENTITIES),
    QueuesModule.forFeature('diagnostic-imports'),
    // Uploads go straight to the import store, streamed: never into memory.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        storage: importFileEngine(new ImportFileStore(config.storageDir)),
      }),
    }),
  ],
  controllers: [DiagnosticImportsController, DiagnosticDocumentsController],
  providers: [
    {
      provide: IMPORT_FILE_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ImportFileStore(config.storageDir),
    },
    DiagnosticImportProcessor,
    DiagnosticQueue,
    DiagnosticImportJobs,
    ImportReceptionService,
    DiagnosticImportsService,
    DiagnosticImportsResolver,
    DiagnosticAnalysisService,
    DiagnosticAnalysisResolver,
    PriorityZonesService,
    PriorityZonesResolver,
  ],
  exports: [DiagnosticImportProcessor],
})
export class DiagnosticModule {}
