import { Inject } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { InstanceWrapper } from '@nestjs/core/injector/instance-wrapper';
import type { Job } from 'bullmq';
import type { Schedule } from './job-queue';
import { isQueueName, type JobData, type QueueName } from './queues.registry';

/**
 * Marks the provider that runs a queue's jobs: `@QueueHandler('mail') class MailWorker implements
 * JobHandler`. A queue has exactly one: the application refuses to start otherwise.
 */
export const QueueHandler = DiscoveryService.createDecorator<QueueName>();

export interface JobHandler<Data extends JobData = JobData> {
  /** Runs one job (the switch on `job.name` is the handler's); a throw makes BullMQ retry it. */
  process(job: Job<Data>): Promise<unknown>;
  /** After a failed attempt, for a log line of the handler's own. */
  failed?(job: Job<Data> | undefined, error: Error): void;
  /** Jobs added on a period where workers run: kept by the platform, restored if Redis lost them. */
  schedules?(): Schedule[];
}

/** The token of a queue's producer (`QueuesModule.forFeature`), injected with `@InjectQueue`. */
export function queueToken(name: QueueName): string {
  return `continuum:queue:${name}`;
}

export const InjectQueue = (name: QueueName) => Inject(queueToken(name));

/**
 * The handler of each declared queue (declared by `QueuesModule.forFeature`, or by its handler).
 * Throws, naming every fault, when a queue has no handler or two, or a handler names a queue the
 * registry does not know: better a process that does not start than jobs nobody runs, or run twice.
 */
export function discoverHandlers(
  discovery: DiscoveryService,
  declared: Iterable<QueueName>,
): Map<QueueName, JobHandler> {
  const found = new Map<string, { name: string; instance: JobHandler }[]>();
  for (const wrapper of discovery.getProviders({ metadataKey: QueueHandler.KEY })) {
    const queue = discovery.getMetadataByDecorator(QueueHandler, wrapper);
    if (!queue) continue;
    found.set(queue, [...(found.get(queue) ?? []), { name: nameOf(wrapper), instance: wrapper.instance }]);
  }
  const faults: string[] = [];
  for (const [queue, handlers] of found) {
    if (!isQueueName(queue))
      faults.push(
        `${handlers.map((h) => h.name).join(', ')} gère la file « ${queue} », absente du registre des files (queues.registry.ts).`,
      );
    for (const handler of handlers)
      if (typeof handler.instance?.process !== 'function')
        faults.push(`${handler.name} gère la file « ${queue} » sans méthode process(job).`);
  }
  const queues = new Set<QueueName>([...declared, ...[...found.keys()].filter(isQueueName)]);
  const handlers = new Map<QueueName, JobHandler>();
  for (const queue of queues) {
    const candidates = found.get(queue) ?? [];
    if (candidates.length === 0)
      faults.push(
        `la file « ${queue} » n’a pas de gestionnaire : marquez de @QueueHandler('${queue}') le fournisseur qui en traite les tâches.`,
      );
    else if (candidates.length > 1)
      faults.push(
        `la file « ${queue} » a ${candidates.length} gestionnaires (${candidates.map((h) => h.name).join(', ')}) : une file en a un seul.`,
      );
    else handlers.set(queue, candidates[0].instance);
  }
  if (faults.length) throw new Error(`Files de tâches mal déclarées — ${faults.join(' ; ')}`);
  return handlers;
}

function nameOf(wrapper: InstanceWrapper): string {
  return `${wrapper.name}${wrapper.host ? ` (module ${wrapper.host.name})` : ''}`;
}
