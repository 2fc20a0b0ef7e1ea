import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OperationKind, OperationStatus } from '@continuum/domain/plan';
import '../plan-enums';
import { PlanObjectiveModel } from '../plans/plan.models';

@ObjectType('CommuneFactRow', { description: 'Les faits d’une catégorie dans la commune sur douze mois' })
export class CommuneFactRowModel {
  @Field()
  category!: string;
  @Field()
  label!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Nul quand le chiffre est masqué (sous le seuil de diffusion)',
  })
  count!: number | null;
  @Field()
  masked!: boolean;
  @Field(() => Float, { nullable: true, description: 'Pour 1 000 habitants' })
  rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Le taux du département, pour comparer' })
  departementRate!: number | null;
}

@ObjectType('ResultOperation', { description: 'Une opération coordonnée dans la commune, que je peux lire' })
export class ResultOperationModel {
  @Field(() => ID)
  id!: string;
  @Field()
  reference!: string;
  @Field()
  title!: string;
  @Field(() => OperationKind)
  kind!: OperationKind;
  @Field()
  kindLabel!: string;
  @Field(() => OperationStatus)
  status!: OperationStatus;
  @Field()
  statusLabel!: string;
  @Field()
  startsAt!: Date;
}

@ObjectType('ResultCase', { description: 'Un dossier en cours dans la commune, que je peux lire' })
export class ResultCaseModel {
  @Field(() => ID)
  id!: string;
  @Field()
  reference!: string;
  @Field()
  title!: string;
  @Field()
  statusLabel!: string;
}

@ObjectType('CommuneResults', {
  description: 'Les résultats d’une commune : ses chiffres face au département, ce qui s’y fait',
})
export class CommuneResultsModel {
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field(() => Int)
  population!: number;
  @Field({ description: '« décembre 2025 – novembre 2026 »' })
  period!: string;
  @Field(() => [CommuneFactRowModel])
  facts!: CommuneFactRowModel[];
  @Field(() => Int, { description: 'La somme des seuls chiffres visibles' })
  visibleFacts!: number;
  @Field({ description: 'Des chiffres sont masqués : le total visible est un minimum' })
  partial!: boolean;
  @Field(() => Int, { nullable: true, description: 'Le seuil de diffusion appliqué (nul : aucun masquage)' })
  minCell!: number | null;
  @Field(() => Float)
  presenceHours!: number;
  @Field(() => Float, { nullable: true })
  presencePerThousand!: number | null;
  @Field(() => Float, { nullable: true })
  departementPresencePerThousand!: number | null;
  @Field(() => Int, { description: 'Opérations coordonnées menées dans la commune sur douze mois' })
  operationsDone!: number;
  @Field(() => [ResultOperationModel], {
    description: 'Les opérations de la commune que je peux lire (les 20 plus récentes)',
  })
  operations!: ResultOperationModel[];
  @Field(() => Int, { description: 'Dossiers en cours dans la commune que je peux lire' })
  openCases!: number;
  @Field(() => [ResultCaseModel], { description: 'Les 10 derniers mis à jour' })
  cases!: ResultCaseModel[];
  @Field(() => [PlanObjectiveModel], {
    description: 'Les objectifs du plan adopté qui concernent la commune',
  })
  objectives!: PlanObjectiveModel[];
  @Field({ description: 'La page publique de la commune est ouverte' })
  publicPageEnabled!: boolean;
}

@ObjectType('PublicResultPage')
export class PublicResultPageModel {
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field()
  enabledByLabel!: string;
  @Field()
  enabledAt!: Date;
}
