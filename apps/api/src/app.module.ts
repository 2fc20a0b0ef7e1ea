import { DynamicModule, Module } from '@nestjs/common';
import { AlertsModule } from '@continuum/server/alerts';
import { AuditModule } from '@continuum/server/audit';
import { CasesModule } from '@continuum/server/cases';
import { CoordinationModule } from '@continuum/server/coordination';
import { DiagnosticModule } from '@continuum/server/diagnostic';
import { DialogueModule } from '@continuum/server/dialogue';
import { MailModule } from '@continuum/server/mail';
import { MeetingsModule } from '@continuum/server/meetings';
import { OrganizationsModule } from '@continuum/server/organizations';
import { PlanModule } from '@continuum/server/plan';
import { AppConfig, ConfigModule, PlatformModule, processRole } from '@continuum/server/platform';
import { TerritoryModule } from '@continuum/server/territory';
import { VideoProtectionModule } from '@continuum/server/videoprotection';

/**
 * The same modules in every process; the role (`CONTINUUM_PROCESS`) decides what runs: GraphQL
 * where the API is served, the queues' workers, schedulers and sweeps where workers run
 * (libs/server/platform's queues).
 */
@Module({})
export class AppModule {
  static forRoot(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(overrides),
        PlatformModule.forRoot(overrides.role ?? processRole()),
        AuditModule,
        TerritoryModule,
        OrganizationsModule,
        CoordinationModule,
        CasesModule,
        MailModule.forRoot((config) => ({
          backoffMs: config.mail.retryBaseMs,
          batchSize: config.mail.batchSize,
        })),
        MeetingsModule,
        AlertsModule,
        DiagnosticModule,
        PlanModule,
        DialogueModule,
        VideoProtectionModule,
      ],
    };
  }
}
