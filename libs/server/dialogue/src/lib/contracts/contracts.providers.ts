import { CommitmentCommandService } from './commitment-command.service';
import { ContractCommandService } from './contract-command.service';
import { ContractReadService } from './contract-read.service';
import { ContractsResolver } from './contracts.resolver';
import { ContractDocumentsController } from './documents/contract-documents.controller';

/** Contracts (CSI, PVD) and their commitments, as the dialogue module registers them. */
export const CONTRACTS_PROVIDERS = [
  ContractReadService,
  ContractCommandService,
  CommitmentCommandService,
  ContractsResolver,
];
export const CONTRACTS_CONTROLLERS = [ContractDocumentsController];
