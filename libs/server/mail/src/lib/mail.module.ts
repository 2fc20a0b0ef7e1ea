import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountMailOutbox } from '@continuum/server/organizations';
import { APP_CONFIG, type AppConfig, QueuesModule } from '@continuum/server/platform';
import { MailMessageEntity } from './mail-message.entity';
import { MailSender } from './mail-sender';
import { MailSweeper } from './mail-sweeper';
import { DEFAULT_MAIL_OPTIONS, MAIL_OPTIONS, type MailOptions } from './mail.jobs';
import { MailService } from './mail.service';
import { MailWorker } from './mail.worker';

/**
 * Imported once, by the application: the `mail` queue's handler and the sweeper must exist once
 * per process (they run where workers run — libs/server/platform's queues). Feature modules inject
 * `MailService` without importing anything (the module is global).
 */
@Global()
@Module({})
export class MailModule {
  /**
   * `options` may depend on the configuration, e.g. its retry delay:
   * `MailModule.forRoot((config) => ({ backoffMs: config.mail.retryBaseMs }))`.
   */
  static forRoot(
    options: Partial<MailOptions> | ((config: AppConfig) => Partial<MailOptions>) = {},
  ): DynamicModule {
    return {
      module: MailModule,
      imports: [TypeOrmModule.forFeature([MailMessageEntity]), QueuesModule.forFeature('mail')],
      providers: [
        {
          provide: MAIL_OPTIONS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): MailOptions => ({
            ...DEFAULT_MAIL_OPTIONS,
            ...(typeof options === 'function' ? options(config) : options),
          }),
        },
        MailSender,
        MailWorker,
        MailSweeper,
        MailService,
        // The accounts' mails (invitations, reset links) go through this outbox too.
        { provide: AccountMailOutbox, useExisting: MailService },
      ],
      exports: [MailService, MAIL_OPTIONS, AccountMailOutbox],
    };
  }
}
