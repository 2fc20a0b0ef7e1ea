import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OperationStatus } from '@continuum/domain/plan';
import { badInput, conflict, forbidden } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { run } from '../plans/plan-sql';
import { reportableOperations } from '../policy/plan-policy.sql';
import { OperationOutcomeInput } from './operation.inputs';
import { OperationOutcomeModel } from './operation.models';
import { OperationQueriesService } from './operation-queries.service';

const COUNTS: [keyof OperationOutcomeInput, string][] = [
  ['interpellations', 'Le nombre d’interpellations'],
  ['verbalisations', 'Le nombre de verbalisations'],
  ['fermeturesAdministratives', 'Le nombre de fermetures administratives'],
  ['montantsRecouvres', 'Le montant recouvré'],
];

/** The figures of an outcome, refused with the field named when one cannot be (pure: tested alone). */
export function checkOutcome(input: OperationOutcomeInput): void {
  for (const [field, label] of COUNTS) {
    const value = input[field] as number;
    if (value < 0) throw badInput(`input.${field}`, `${label} ne peut pas être négatif.`);
    if (value > 1_000_000_000) throw badInput(`input.${field}`, `${label} est trop grand.`);
  }
  (input.seizures ?? []).forEach((seizure, index) => {
    if (!(seizure.quantity > 0)) {
      throw badInput(`input.seizures.${index}.quantity`, 'La quantité saisie doit être positive.');
    }
    if (seizure.quantity > 1_000_000_000) {
      throw badInput(`input.seizures.${index}.quantity`, 'La quantité saisie est trop grande.');
    }
  });
}

/**
 * Each participating organisation enters its own outcome of a done operation. An edit carries the
 * version it read (the row's `xmin`): the write is conditional on it, so of two edits of the same
 * version only one is kept and the other is told to reload.
 */
@Injectable()
export class OperationOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: OperationQueriesService,
  ) {}

  async enter(
    operationId: string,
    input: OperationOutcomeInput,
    principal: RequestPrincipal,
  ): Promise<OperationOutcomeModel> {
    checkOutcome(input);
    const operation = await this.queries.get(operationId, principal);
    if (operation.status !== OperationStatus.DONE) {
      throw conflict(
        'status',
        operation.status === OperationStatus.CANCELLED
          ? 'Cette opération a été annulée : elle n’a pas de bilan.'
          : 'Le bilan se saisit une fois l’opération marquée menée.',
      );
    }
    if (!operation.canReport) {
      throw forbidden('Seules les organisations participantes saisissent leur bilan, chacune le sien.');
    }
    const policy = reportableOperations(principal.ability, 'o');
    const values = {
      ...policy.params,
      op: operationId,
      org: principal.actor.organizationId,
      interpellations: input.interpellations,
      verbalisations: input.verbalisations,
      fermetures: input.fermeturesAdministratives,
      montants: input.montantsRecouvres,
      seizures: JSON.stringify(
        (input.seizures ?? []).map((s) => ({
          nature: s.nature.trim(),
          quantity: s.quantity,
          unit: s.unit.trim(),
        })),
      ),
      comment: input.comment?.trim() || null,
      label: principal.label,
      version: input.version ?? null,
    };
    const written = input.version
      ? await run<{ version: string }>(
          this.dataSource,
          `update operation_outcomes u set interpellations = :interpellations, verbalisations = :verbalisations,
                  fermetures_administratives = :fermetures, montants_recouvres = :montants,
                  seizures = cast(:seizures as jsonb), comment = :comment, entered_by_label = :label, updated_at = now()
             from operations o
            where u.operation_id = cast(:op as uuid) and u.organization_id = cast(:org as uuid)
              and u.xmin::text = :version and o.id = u.operation_id and (${policy.sql})
            returning u.xmin::text as version`,
          values,
        )
      : await run<{ version: string }>(
          this.dataSource,
          `insert into operation_outcomes (operation_id, organization_id, interpellations, verbalisations,
                  fermetures_administratives, montants_recouvres, seizures, comment, entered_by_label)
           select o.id, cast(:org as uuid), :interpellations, :verbalisations, :fermetures, :montants,
                  cast(:seizures as jsonb), :comment, :label
             from operations o where o.id = cast(:op as uuid) and (${policy.sql})
           on conflict (operation_id, organization_id) do nothing
           returning xmin::text as version`,
          values,
        );
    if (written.length === 0) {
      throw conflict(
        'version',
        input.version
          ? 'Le bilan de votre organisation a été modifié entre-temps : rechargez-le avant de le modifier.'
          : 'Le bilan de votre organisation a déjà été saisi entre-temps : rechargez-le avant de le modifier.',
      );
    }
    const outcomes = await this.queries.outcomes([operationId], principal);
    const mine = outcomes.find((o) => o.organization.id === principal.actor.organizationId);
    if (!mine)
      throw conflict('version', 'Le bilan de votre organisation a été modifié entre-temps : rechargez-le.');
    return mine;
  }
}
