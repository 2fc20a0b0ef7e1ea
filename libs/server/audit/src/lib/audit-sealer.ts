import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BackgroundTasks } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { sealJournal } from './audit-chain';

/** Seals the journal's new entries every few seconds, where workers run (audit-chain.ts). */
@Injectable()
export class AuditSealer {
  private readonly logger = new Logger(AuditSealer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    tasks: BackgroundTasks,
  ) {
    tasks.every('Scellement du journal interrompu', 5_000, () => this.seal(), this.logger);
  }

  seal(): Promise<number> {
    return sealJournal(this.dataSource);
  }
}
