import { Module } from '@nestjs/common';
import { OPERATIONS_PROVIDERS } from './operations/operations.providers';
import { PRESENCE_PROVIDERS } from './presence/presence.providers';

/** The PADRSQ and its results: plan versions and objectives, coordinated operations, presence. */
@Module({
  providers: [...OPERATIONS_PROVIDERS, ...PRESENCE_PROVIDERS],
})
export class PlanModule {}
