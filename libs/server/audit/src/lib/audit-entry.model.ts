import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON, PageInfo } from '@continuum/server/platform';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  occurredAt!: Date;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  subjectType!: string | null;

  @Field(() => String, { nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  details!: object | null;

  @Field({ description: 'Motif et détails retirés : l’entrée porte sur un dossier que je ne peux pas lire' })
  redacted!: boolean;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => AuditEntryModel)
  node!: AuditEntryModel;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
