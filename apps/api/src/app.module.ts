import { DynamicModule, Module } from '@nestjs/common';
import { AlertsModule } from '@continuum/server/alerts';
import { AuditModule } from '@continuum/server/audit';
import { CasesModule } from '@continuum/server/cases';
import { CoordinationModule } from '@continuum/server/coordination';
import { DiagnosticModule } from '@continuum/server/diagnostic';
import { DEFAULT_MAIL_OPTIONS, MailModule } from '@continuum/server/mail';
import { MeetingsModule } from '@continuum/server/meetings';
import { OrganizationsModule } from '@continuum/server/organizations';
import { AppConfig, ConfigModule, PlatformModule } from '@continuum/server/platform';
import { TerritoryModule } from '@continuum/server/territory';

@Module({})
export class AppModule {
  static forRoot(overrides: Partial<AppConfig> = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(overrides),
        PlatformModule,
        AuditModule,
        TerritoryModule,
        OrganizationsModule,
        CoordinationModule,
        CasesModule,
        // The outbox's worker and sweeper run where workers run; an API-only process only queues.
        MailModule.forRoot((config) => ({
          worker: config.workers,
          sweepMs: config.workers ? DEFAULT_MAIL_OPTIONS.sweepMs : 0,
          backoffMs: config.mail.retryBaseMs,
          batchSize: config.mail.batchSize,
        })),
        MeetingsModule,
        AlertsModule,
        DiagnosticModule,
      ],
    };
  }
}
