import { Module } from '@nestjs/common';

/** The PADRSQ and its results: plan versions and objectives, coordinated operations, presence. */
@Module({
  providers: [],
})
export class PlanModule {}
