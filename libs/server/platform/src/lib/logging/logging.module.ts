import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** JSON logs, one line per event; cookies, headers and passwords never written. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: ['*.password'],
          // One short line per request: what was asked, how it ended, by whom, how long. Not the
          // headers (the cookie, the client's fingerprint): serialising them cost more CPU per
          // request than some of the requests themselves.
          serializers: {
            req: (req: { id?: unknown; method?: string; url?: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req) => req.url === '/health' || req.url === '/metrics' },
          customProps: (req) => {
            const principal = (req as { principal?: { actor: { userId: string } } }).principal;
            return principal ? { userId: principal.actor.userId } : {};
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
