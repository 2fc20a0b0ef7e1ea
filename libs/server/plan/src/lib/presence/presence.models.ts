import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../plan-enums';
import { OrganizationType } from '@continuum/domain';
import { PresenceSetting } from '@continuum/domain/plan';
import { PageInfo } from '@continuum/server/platform';

export enum PresenceImportStatus {
  PENDING = 'PENDING',
  IMPORTED = 'IMPORTED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(PresenceImportStatus, {
  name: 'PresenceImportStatus',
  description: 'En attente de décision, importé, ou abandonné',
});

export enum PresenceImportDecision {
  IMPORT_VALID = 'IMPORT_VALID',
  DISCARD = 'DISCARD',
}
registerEnumType(PresenceImportDecision, { name: 'PresenceImportDecision' });

@ObjectType('PresenceRecord', {
  description: 'Les heures de présence d’une organisation pour une semaine et un lieu',
})
export class PresenceRecordModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'Le lundi de la semaine (AAAA-MM-JJ)' })
  weekStart!: string;
  @Field(() => PresenceSetting)
  setting!: PresenceSetting;
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field(() => ID, { nullable: true })
  zoneId!: string | null;
  @Field(() => String, { nullable: true })
  zoneName!: string | null;
  @Field(() => Float)
  hours!: number;
  @Field(() => Int)
  agents!: number;
  @Field()
  organizationName!: string;
  @Field(() => OrganizationType)
  organizationType!: OrganizationType;
  @Field()
  enteredByLabel!: string;
  @Field()
  updatedAt!: Date;
}

@ObjectType('PresenceRecordConnection')
export class PresenceRecordConnectionModel {
  @Field(() => [PresenceRecordModel])
  nodes!: PresenceRecordModel[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int)
  totalCount!: number;
}

@ObjectType('PresenceSummaryRow', {
  description: 'Heures et agents d’une semaine, par cadre et type de force',
})
export class PresenceSummaryRowModel {
  @Field()
  weekStart!: string;
  @Field(() => PresenceSetting)
  setting!: PresenceSetting;
  @Field(() => OrganizationType)
  organizationType!: OrganizationType;
  @Field(() => Float)
  hours!: number;
  @Field(() => Int)
  agents!: number;
}

@ObjectType('PresenceImportRejection')
export class PresenceImportRejectionModel {
  @Field(() => Int, { description: 'Numéro de la ligne dans le fichier (l’en-tête est la ligne 1)' })
  line!: number;
  @Field()
  reason!: string;
}

@ObjectType('PresenceImport', { description: 'Un fichier d’heures de présence et son rapport' })
export class PresenceImportModel {
  @Field(() => ID)
  id!: string;
  @Field()
  fileName!: string;
  @Field(() => PresenceImportStatus)
  status!: PresenceImportStatus;
  @Field(() => Int, { description: 'Lignes de données (sans l’en-tête)' })
  lineCount!: number;
  @Field(() => Int)
  validCount!: number;
  @Field(() => [PresenceImportRejectionModel])
  rejections!: PresenceImportRejectionModel[];
  @Field(() => Int)
  importedCount!: number;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}
