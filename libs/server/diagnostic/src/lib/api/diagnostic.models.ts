import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CountingUnit,
  DiagnosticImportKind,
  DiagnosticImportStatus,
  ImportDecision,
  IncidentField,
  IncidentSource,
} from '@continuum/domain/diagnostic';

registerEnumType(DiagnosticImportKind, {
  name: 'DiagnosticImportKind',
  description: 'Ce qu’apporte un fichier',
});
registerEnumType(DiagnosticImportStatus, {
  name: 'DiagnosticImportStatus',
  description: 'Étape d’un import',
});
registerEnumType(ImportDecision, {
  name: 'ImportDecision',
  description: 'Le choix quand des lignes sont refusées',
});
registerEnumType(IncidentField, { name: 'IncidentField', description: 'Champ d’un fait enregistré' });
registerEnumType(IncidentSource, { name: 'IncidentSource', description: 'Service qui a enregistré le fait' });
registerEnumType(CountingUnit, { name: 'CountingUnit', description: 'Unité de compte (SSMSI)' });

@ObjectType('IncidentColumn', { description: 'La colonne du fichier (à partir de 0) d’où vient un champ' })
export class IncidentColumnModel {
  @Field(() => IncidentField)
  field!: IncidentField;
  @Field(() => Int)
  column!: number;
}

@ObjectType('IncidentMapping')
export class IncidentMappingModel {
  @Field(() => [IncidentColumnModel])
  columns!: IncidentColumnModel[];
  @Field(() => IncidentSource, { nullable: true, description: 'Le service, pour tout le fichier' })
  source!: IncidentSource | null;
  @Field(() => CountingUnit, { nullable: true, description: 'L’unité de compte, pour tout le fichier' })
  countingUnit!: CountingUnit | null;
}

@ObjectType('ImportLineCounts', { description: 'Les lignes du fichier, hors en-tête' })
export class ImportLineCountsModel {
  @Field(() => Int, { description: 'Lues jusqu’ici' })
  read!: number;
  @Field(() => Int)
  valid!: number;
  @Field(() => Int)
  rejected!: number;
  @Field(() => Int, { description: 'Laissées de côté : lignes du SSMSI d’autres départements' })
  ignored!: number;
  @Field(() => Int)
  imported!: number;
}

@ObjectType('RejectedLine')
export class RejectedLineModel {
  @Field(() => Int, { description: 'Numéro de la ligne dans le fichier (l’en-tête est la ligne 1)' })
  line!: number;
  @Field()
  reason!: string;
}

@ObjectType('RejectedLinePage')
export class RejectedLinePageModel {
  @Field(() => [RejectedLineModel])
  items!: RejectedLineModel[];
  @Field(() => Int, { nullable: true, description: 'À passer en « after » pour la suite' })
  nextAfter!: number | null;
  @Field(() => Int)
  totalCount!: number;
}

/** An import as the cabinet sees it; `rejections` is resolved apart. */
@ObjectType('DiagnosticImport')
export class DiagnosticImportModel {
  @Field(() => ID)
  id!: string;
  @Field(() => DiagnosticImportKind)
  kind!: DiagnosticImportKind;
  @Field()
  kindLabel!: string;
  @Field(() => DiagnosticImportStatus)
  status!: DiagnosticImportStatus;
  @Field()
  statusLabel!: string;
  @Field({ description: 'Vrai tant qu’un traitement est en cours ou attendu : la progression bouge' })
  running!: boolean;
  @Field()
  filename!: string;
  @Field(() => Int, { description: 'Octets' })
  size!: number;
  @Field({ description: 'Données fictives (démonstration)' })
  fictional!: boolean;
  @Field()
  uploadedByLabel!: string;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  finishedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Pour une base du SSMSI : sa génération et sa géographie',
  })
  formatLabel!: string | null;
  @Field(() => Int, { nullable: true, description: 'Année de la géographie des codes communes (SSMSI)' })
  geographyYear!: number | null;
  @Field({ description: 'Séparateur des colonnes' })
  delimiter!: string;
  @Field(() => [String], { description: 'Les noms des colonnes, dans l’ordre du fichier' })
  headers!: string[];
  @Field(() => [[String]], { description: 'Les premières lignes après l’en-tête' })
  preview!: string[][];
  @Field(() => [IncidentColumnModel], { description: 'Les colonnes reconnues à leur nom, à confirmer' })
  suggestedColumns!: IncidentColumnModel[];
  @Field(() => IncidentMappingModel, { nullable: true })
  mapping!: IncidentMappingModel | null;
  @Field(() => ImportLineCountsModel)
  lines!: ImportLineCountsModel;
  @Field(() => String, {
    nullable: true,
    description: 'Pourquoi le fichier entier est refusé ou l’import a échoué',
  })
  refusal!: string | null;
  @Field(() => ImportDecision, { nullable: true })
  decision!: ImportDecision | null;
  @Field(() => String, { nullable: true })
  decidedByLabel!: string | null;
}

@ObjectType('DiagnosticImportPage')
export class DiagnosticImportPageModel {
  @Field(() => [DiagnosticImportModel])
  items!: DiagnosticImportModel[];
  @Field(() => String, { nullable: true, description: 'À passer en « after » pour la suite' })
  nextCursor!: string | null;
  @Field(() => Int)
  totalCount!: number;
}
