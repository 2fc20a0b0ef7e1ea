import { Module } from '@nestjs/common';
import { DatabaseModule } from './database/database.module';
import { GraphqlSetupModule } from './graphql/graphql-setup.module';
import { HealthController } from './health/health.controller';
import { LoggingModule } from './logging/logging.module';
import { MetricsController } from './metrics/metrics';
import { RedisModule } from './redis/redis.module';

/** What every bounded context stands on. The config module is imported once by the app. */
@Module({
  imports: [LoggingModule, DatabaseModule, RedisModule, GraphqlSetupModule],
  controllers: [HealthController, MetricsController],
})
export class PlatformModule {}
