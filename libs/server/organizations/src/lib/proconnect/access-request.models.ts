import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccessRequestStatus } from './access-request.entity';

registerEnumType(AccessRequestStatus, {
  name: 'AccessRequestStatus',
  description: 'Où en est une demande d’accès (en attente, approuvée, refusée)',
});

@ObjectType('AccessRequest', {
  description:
    'La demande d’accès d’un agent identifié par ProConnect que Continuum ne connaît pas : les responsables ' +
    'de l’organisation que désigne son SIRET l’approuvent (un compte est créé, rôle agent) ou la refusent.',
})
export class AccessRequestModel {
  @Field(() => ID)
  id!: string;
  @Field()
  email!: string;
  @Field()
  givenName!: string;
  @Field()
  usualName!: string;
  @Field(() => String, { nullable: true, description: 'SIRET transmis par ProConnect' })
  siret!: string | null;
  @Field()
  organizationName!: string;
  @Field(() => AccessRequestStatus)
  status!: AccessRequestStatus;
  @Field()
  requestedAt!: Date;
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}
