import { OperationCommandsService } from './operation-commands.service';
import { OperationOutcomesService } from './operation-outcomes.service';
import { OperationQueriesService } from './operation-queries.service';
import { CaseOperationsResolver, OperationsResolver } from './operations.resolver';

/** Coordinated operations: their services and resolvers, registered by PlanModule. */
export const OPERATIONS_PROVIDERS = [
  OperationQueriesService,
  OperationCommandsService,
  OperationOutcomesService,
  OperationsResolver,
  CaseOperationsResolver,
];
