import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** JSON logs, one line per event; cookies and passwords never written. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          redact: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password'],
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
