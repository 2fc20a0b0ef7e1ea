import { DiagnosticImportEntity } from './diagnostic-import.entity';
import { IncidentEntity, IncidentMonthlyCountEntity, IncidentYearlyBreakdownEntity } from './incident.entity';
import { PriorityZoneCellEntity } from './priority-zone-cell.entity';
import { SsmsiStatisticEntity } from './ssmsi-statistic.entity';

export * from './diagnostic-import.entity';
export * from './incident.entity';
export * from './priority-zone-cell.entity';
export * from './ssmsi-statistic.entity';

export const DIAGNOSTIC_ENTITIES = [
  DiagnosticImportEntity,
  IncidentEntity,
  IncidentMonthlyCountEntity,
  IncidentYearlyBreakdownEntity,
  SsmsiStatisticEntity,
  PriorityZoneCellEntity,
];
