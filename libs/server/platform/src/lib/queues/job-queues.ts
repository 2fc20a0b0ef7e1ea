import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { JobQueue } from './job-queue';
import type { JobData, QueueName } from './queues.registry';

/** The producers of the process, one per queue, and the queues its modules declared. */
@Injectable()
export class JobQueues implements OnApplicationShutdown {
  private readonly queues = new Map<QueueName, JobQueue>();
  private readonly declaredNames = new Set<QueueName>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The queue's producer (it connects on first use). */
  get<Data extends JobData = JobData>(name: QueueName): JobQueue<Data> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new JobQueue(name, this.config);
      this.queues.set(name, queue);
    }
    return queue as unknown as JobQueue<Data>;
  }

  /** A module uses the queue: it must have its handler (see `discoverHandlers`). */
  declare(name: QueueName): JobQueue {
    this.declaredNames.add(name);
    return this.get(name);
  }

  declared(): QueueName[] {
    return [...this.declaredNames];
  }

  /** Last: the workers, which may add jobs while they finish theirs, closed before. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }
}
