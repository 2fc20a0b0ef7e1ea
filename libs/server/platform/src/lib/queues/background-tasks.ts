import { Injectable, Logger } from '@nestjs/common';

/** Something that runs alongside the workers: started with them, stopped before they close. */
export interface BackgroundTask {
  start(): void | Promise<void>;
  stop(): Promise<void>;
}

/**
 * A round of background work (a sweep, a relay) repeated every `everyMs`: at once when it starts,
 * then on a timer, never two rounds at once; a wake during a round runs another right after it.
 */
export class Repeated implements BackgroundTask {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    readonly what: string,
    private readonly everyMs: number,
    private readonly round: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Set once the process is stopping: a long sweep ends its rounds early. */
  get stopped(): boolean {
    return this.stopping;
  }

  start(): void {
    if (this.everyMs <= 0 || this.timer || this.stopping) return;
    this.timer = setInterval(() => void this.run(), this.everyMs);
    // At once too: after a crash or a restart of Redis, nothing waits for a period to pass.
    void this.run();
  }

  /** Runs a round now, or returns the one under way. A failed round is logged, never thrown. */
  run(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    this.running ??= this.rounds().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Something new came: a round now, or another one right after the one under way. */
  wake(): void {
    if (this.running) this.again = true;
    else void this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private async rounds(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.round();
      } catch (error) {
        this.logger.warn(`${this.what} : ${(error as Error).message}`);
      }
    } while (this.again && !this.stopping);
  }
}

/**
 * The background work of the contexts — sweeps, the outbox relay — registered where it is defined
 * and run only where workers run (`CONTINUUM_PROCESS` worker or all): an API process registers the
 * same tasks and never starts them. `QueueWorkers` starts them after the queues' workers and stops
 * them before.
 */
@Injectable()
export class BackgroundTasks {
  private readonly tasks: BackgroundTask[] = [];
  private started = false;

  /** A round repeated every `everyMs` (0: never on its own, only when run or woken). */
  every(what: string, everyMs: number, round: () => Promise<unknown>, logger: Logger): Repeated {
    return this.add(new Repeated(what, everyMs, round, logger));
  }

  add<T extends BackgroundTask>(task: T): T {
    this.tasks.push(task);
    if (this.started) void task.start();
    return task;
  }

  async startAll(): Promise<void> {
    this.started = true;
    for (const task of this.tasks) await task.start();
  }

  async stopAll(): Promise<void> {
    this.started = false;
    await Promise.all(this.tasks.map((task) => task.stop()));
  }
}
