import { Injectable, Logger, Module, type ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { type ProcessRole } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { BackgroundTasks } from './background-tasks';
import { InjectQueue, type JobHandler, QueueHandler } from './queue-handler';
import type { JobQueue } from './job-queue';
import { QueuesModule } from './queues.module';
import type { QueueName } from './queues.registry';

/*
 * The queue platform checks its wiring when the application starts, in every process: a declared
 * queue whose jobs nobody would run, or that two handlers would run, stops the start with the
 * queue and the providers named. No Redis here: the check comes before any connection, and an API
 * process opens none.
 */

@Injectable()
@QueueHandler('mail')
class SendsMail implements JobHandler {
  async process(job: Job): Promise<unknown> {
    return job.id;
  }
}

@Injectable()
@QueueHandler('mail')
class AlsoSendsMail implements JobHandler {
  async process(job: Job): Promise<unknown> {
    return job.id;
  }
}

@Injectable()
@QueueHandler('facturation' as QueueName)
class BillsPeople implements JobHandler {
  async process(job: Job): Promise<unknown> {
    return job.id;
  }
}

/** A context that adds mail jobs (it declares the queue) and sweeps on a period. */
@Injectable()
class Producer {
  swept = 0;
  constructor(
    @InjectQueue('mail') readonly queue: JobQueue,
    tasks: BackgroundTasks,
  ) {
    tasks.every('Balayage d’essai', 10, async () => (this.swept += 1), new Logger('essai'));
  }
}

@Module({ imports: [QueuesModule.forFeature('mail')], providers: [Producer] })
class MailContext {}

const SILENT = { log: () => undefined, warn: () => undefined, error: () => undefined };

async function start(role: ProcessRole, metadata: ModuleMetadata) {
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot({ role, redisUrl: 'redis://127.0.0.1:1', redisPrefix: 'essai-files:' }),
      QueuesModule.forRoot(),
      ...(metadata.imports ?? []),
    ],
    providers: metadata.providers ?? [],
  })
    .setLogger(SILENT)
    .compile();
  await module.init();
  return module;
}

describe('The queue platform, at start', () => {
  it('refuses to start when a declared queue has no handler, and says which and what to do', async () => {
    await expect(start('api', { imports: [MailContext] })).rejects.toThrow(
      'Files de tâches mal déclarées — la file « mail » n’a pas de gestionnaire : marquez de ' +
        "@QueueHandler('mail') le fournisseur qui en traite les tâches.",
    );
    // Not only as an API process: a worker process would run nothing either.
    await expect(start('worker', { imports: [MailContext] })).rejects.toThrow(/n’a pas de gestionnaire/);
  });

  it('refuses to start when a queue has two handlers, naming both', async () => {
    await expect(
      start('api', { imports: [MailContext], providers: [SendsMail, AlsoSendsMail] }),
    ).rejects.toThrow(
      /la file « mail » a 2 gestionnaires \(SendsMail \(module .*\), AlsoSendsMail \(module .*\)\) : une file en a un seul\./,
    );
  });

  it('refuses to start when the same handler is provided by two modules (two instances)', async () => {
    @Module({ providers: [SendsMail] })
    class First {}
    @Module({ providers: [SendsMail] })
    class Second {}
    await expect(start('api', { imports: [MailContext, First, Second] })).rejects.toThrow(
      /la file « mail » a 2 gestionnaires \(SendsMail \(module First\), SendsMail \(module Second\)\)/,
    );
  });

  it('refuses a handler of a queue the registry does not know', async () => {
    await expect(start('api', { providers: [BillsPeople] })).rejects.toThrow(
      'BillsPeople (module RootTestModule) gère la file « facturation », absente du registre des files (queues.registry.ts).',
    );
  });

  it('starts with one handler per declared queue; an API process then runs no worker and no background task', async () => {
    const module = await start('api', { imports: [MailContext], providers: [SendsMail] });
    try {
      await new Promise((resolve) => setTimeout(resolve, 60));
      expect(module.get(Producer, { strict: false }).swept).toBe(0);
      expect(module.get(Producer, { strict: false }).queue.name).toBe('mail');
    } finally {
      await module.close();
    }
  });
});
