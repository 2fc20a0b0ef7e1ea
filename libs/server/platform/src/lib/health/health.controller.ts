import { Controller, Get, Inject, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../access/access.decorators';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { REDIS } from '../redis/redis.module';
import { withTimeout } from '../redis/timeout';

type Probe = 'up' | 'down';

/**
 * Liveness of what the process depends on; a load balancer takes the instance out on 503. Says the
 * process's role (`api`, `worker`, `all`): a worker process answers here too, on its own port.
 */
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('select 1')),
      probe(() => this.redis.ping()),
    ]);
    const ok = postgres === 'up' && redis === 'up';
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'degraded', role: this.config.role, postgres, redis });
  }
}

async function probe(check: () => Promise<unknown>): Promise<Probe> {
  try {
    await withTimeout(check(), 1500);
    return 'up';
  } catch {
    return 'down';
  }
}
