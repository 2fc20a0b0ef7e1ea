import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Role } from '@continuum/domain';

@ObjectType('SecondFactorStatus', { description: 'La double authentification du compte connecté' })
export class SecondFactorStatusModel {
  @Field({ description: 'Un code TOTP est demandé à chaque connexion' })
  enabled!: boolean;
  @Field({ description: 'Le rôle du compte l’exige (administration, coordination)' })
  required!: boolean;
  @Field(() => Int, { description: 'Codes de secours encore utilisables' })
  recoveryCodesLeft!: number;
}

@ObjectType('SecondFactorEnrolment', {
  description: 'La clé à saisir dans une application d’authentification ; montrée une seule fois',
})
export class SecondFactorEnrolmentModel {
  @Field({ description: 'Clé secrète en base 32' })
  secret!: string;
  @Field({ description: 'Adresse otpauth:// (ce que contiendrait un QR code)' })
  otpauthUri!: string;
}

@ObjectType('RecoveryCodes', { description: 'Codes de secours à usage unique ; montrés une seule fois' })
export class RecoveryCodesModel {
  @Field(() => [String])
  codes!: string[];
}

@ObjectType('RoleGrant', {
  description:
    'Une attribution de rôle élevé (coordination, administration) en attente d’un second administrateur',
})
export class RoleGrantModel {
  @Field(() => ID)
  id!: string;
  @Field(() => Role)
  role!: Role;
  @Field(() => ID)
  userId!: string;
  @Field()
  userFullName!: string;
  @Field()
  userEmail!: string;
  @Field()
  requestedByFullName!: string;
  @Field()
  requestedAt!: Date;
  @Field({ description: 'Le lecteur peut approuver ou refuser (ni demandeur, ni bénéficiaire)' })
  canDecide!: boolean;
}
