import { DynamicModule, Module, type Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { BackgroundTasks } from './background-tasks';
import { JobQueues } from './job-queues';
import { queueToken } from './queue-handler';
import { QueueWorkers } from './queue-workers';
import { QueuesBoard } from './queues-board';
import type { QueueName } from './queues.registry';

/**
 * The queue platform. `forRoot()` once per application (the platform module does it): producers,
 * workers, background tasks, the board. `forFeature(...names)` in a context's module: declares the
 * queues it uses (each must have its `@QueueHandler`) and provides their producers
 * (`@InjectQueue(name) queue: JobQueue`).
 */
@Module({})
export class QueuesModule {
  static forRoot(): DynamicModule {
    return {
      module: QueuesModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [JobQueues, BackgroundTasks, QueueWorkers, QueuesBoard],
      exports: [JobQueues, BackgroundTasks, QueueWorkers, QueuesBoard],
    };
  }

  static forFeature(...names: QueueName[]): DynamicModule {
    const providers: Provider[] = names.map((name) => ({
      provide: queueToken(name),
      inject: [JobQueues],
      useFactory: (queues: JobQueues) => queues.declare(name),
    }));
    return { module: QueuesFeatureModule, providers, exports: providers };
  }
}

/** The host of `forFeature`'s providers (a module class of its own: `forRoot`'s is global). */
@Module({})
class QueuesFeatureModule {}
