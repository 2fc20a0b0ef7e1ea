import { DynamicModule, Module } from '@nestjs/common';
import { type ProcessRole, servesApi } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { GraphqlSetupModule } from './graphql/graphql-setup.module';
import { HealthController } from './health/health.controller';
import { LoggingModule } from './logging/logging.module';
import { MetricsController } from './metrics/metrics';
import { QueuesModule } from './queues/queues.module';
import { RedisModule } from './redis/redis.module';

/**
 * What every bounded context stands on. The config module is imported once by the app. A worker
 * process (`role` worker) has no GraphQL: its HTTP port answers `/health` and `/metrics`.
 */
@Module({})
export class PlatformModule {
  static forRoot(role: ProcessRole): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        LoggingModule,
        DatabaseModule,
        RedisModule,
        QueuesModule.forRoot(),
        ...(servesApi({ role }) ? [GraphqlSetupModule] : []),
      ],
      controllers: [HealthController, MetricsController],
    };
  }
}
