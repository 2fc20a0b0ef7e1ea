import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AgendaSection, Attendance, MeetingKind, MeetingStatus } from '@continuum/domain';
import { CaseModel } from '@continuum/server/cases';
import { OmittableNotNull } from '@continuum/server/platform';
import {
  ArrayMaxSize,
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

registerEnumType(MeetingKind, { name: 'MeetingKind' });
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'En préparation → convoquée → tenue → compte rendu approuvé',
});
registerEnumType(AgendaSection, {
  name: 'AgendaSection',
  description: 'Pourquoi un point est proposé à l’ordre du jour',
});
registerEnumType(Attendance, { name: 'Attendance' });

@ObjectType('Meeting', { description: 'Une séance d’une instance de coordination' })
export class MeetingModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  bodyId!: string;
  @Field(() => ID, { nullable: true })
  workingGroupId!: string | null;
  @Field(() => MeetingKind)
  kind!: MeetingKind;
  @Field()
  startsAt!: Date;
  @Field()
  endsAt!: Date;
  @Field(() => String, { nullable: true })
  place!: string | null;
  @Field(() => String, { nullable: true })
  visioUrl!: string | null;
  @Field(() => MeetingStatus)
  status!: MeetingStatus;
  @Field(() => Date, { nullable: true })
  convenedAt!: Date | null;
  @Field(() => Date, { nullable: true })
  minutesApprovedAt!: Date | null;
  minutesApprovedByUserId!: string | null;
  summary!: string | null;
}

@ObjectType('MeetingInvitee', { description: 'Une personne convoquée et sa présence' })
export class MeetingInviteeModel {
  userId!: string;
  meetingId!: string;
  @Field(() => Attendance)
  attendance!: Attendance;
  @Field(() => String, { nullable: true })
  representedBy!: string | null;
  @Field(() => Attendance, {
    nullable: true,
    description: 'Sa réponse à la convocation : PRESENT, EXCUSED ou REPRESENTED (null : pas de réponse)',
  })
  answer!: Attendance | null;
  @Field(() => String, { nullable: true, description: 'Qui le ou la représentera, selon sa réponse' })
  answerRepresentedBy!: string | null;
  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType('AgendaDecision', {
  description: 'Une décision prise sur un point ; sur un dossier, elle devient une action',
})
export class AgendaDecisionModel {
  @Field(() => ID)
  id!: string;
  @Field()
  text!: string;
  @Field(() => String, { nullable: true, description: 'Échéance (AAAA-MM-JJ)' })
  dueOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'L’action créée sur le dossier' })
  caseActionId!: string | null;
  ownerOrganizationId!: string;
}

@ObjectType('AgendaItem', {
  description:
    'Un point de l’ordre du jour, tel que je peux le lire : un point dont je ne peux pas lire le dossier est un « point confidentiel » sans titre ni détail',
})
export class AgendaItemModel {
  @Field(() => ID)
  id!: string;
  @Field(() => Int)
  position!: number;
  @Field(() => AgendaSection)
  section!: AgendaSection;
  @Field(() => Int, { nullable: true })
  durationMinutes!: number | null;
  @Field({
    description: 'Vrai si je ne peux pas lire le dossier : titre, motif, notes et décisions sont masqués',
  })
  confidential!: boolean;
  @Field(() => String, { nullable: true })
  title!: string | null;
  @Field(() => String, { nullable: true })
  reason!: string | null;
  @Field(() => String, { nullable: true })
  notes!: string | null;
  @Field(() => Boolean)
  carryOver!: boolean;
  caseId!: string | null;
  meetingId!: string;
}

@ObjectType('AgendaProposal', { description: 'Un point proposé par la plateforme, avec la raison' })
export class AgendaProposalModel {
  @Field({ description: 'À renvoyer pour retenir le point : case:<id>, item:<id> ou backlog:<id>' })
  key!: string;
  @Field(() => AgendaSection)
  section!: AgendaSection;
  @Field()
  reason!: string;
  @Field(() => String, { nullable: true, description: 'Titre d’un point divers (reporté ou en attente)' })
  title!: string | null;
  @Field(() => CaseModel, { nullable: true })
  case!: CaseModel | null;
}

@ObjectType('AgendaSectionCount')
export class AgendaSectionCountModel {
  @Field(() => AgendaSection)
  section!: AgendaSection;
  @Field(() => Int)
  total!: number;
}

@ObjectType('MeetingMail', { description: 'La convocation envoyée à une personne, et son acheminement' })
export class MeetingMailModel {
  @Field(() => ID)
  id!: string;
  @Field()
  toAddress!: string;
  @Field(() => String, { nullable: true })
  toName!: string | null;
  @Field()
  subject!: string;
  @Field({ description: 'PENDING, SENT ou FAILED' })
  status!: string;
  @Field(() => Int)
  attempts!: number;
  @Field(() => String, { nullable: true })
  lastError!: string | null;
  @Field(() => Date, { nullable: true })
  nextAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
  @Field()
  createdAt!: Date;
}

@InputType()
export class MeetingInput {
  @IsEnum(MeetingKind, { message: 'Type de séance inconnu.' })
  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @IsOptional()
  @IsUUID('all', { message: 'Groupe de travail invalide.' })
  @Field(() => ID, { nullable: true, description: 'Pour une séance de groupe restreint' })
  workingGroupId?: string | null;

  @IsDateString({}, { message: 'Date de début invalide.' })
  @Field()
  startsAt!: string;

  @IsInt({ message: 'Durée invalide.' })
  @Min(15, { message: 'Une séance dure au moins 15 minutes.' })
  @Max(600, { message: 'Une séance dure au plus 10 heures.' })
  @Field(() => Int, { description: 'Durée prévue en minutes' })
  durationMinutes!: number;

  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Le lieu est limité à 300 caractères.' })
  @Field(() => String, { nullable: true })
  place?: string | null;

  @IsOptional()
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Le lien de visioconférence doit être une adresse https.' },
  )
  @Field(() => String, { nullable: true })
  visioUrl?: string | null;

  @IsOptional()
  @OmittableNotNull()
  @ArrayMaxSize(300, { message: 'Au plus 300 personnes convoquées.' })
  @IsUUID('all', { each: true, message: 'Personne invalide.' })
  @Field(() => [ID], {
    nullable: true,
    description: 'Personnes convoquées (par défaut : les membres nommés)',
  })
  inviteeUserIds?: string[];
}

@InputType()
export class AgendaItemUpdate {
  @IsOptional()
  @OmittableNotNull()
  @IsInt({ message: 'Durée invalide.' })
  @Min(1, { message: 'Une durée compte au moins une minute.' })
  @Max(240, { message: 'Un point dure au plus 4 heures.' })
  @Field(() => Int, { nullable: true })
  durationMinutes?: number;

  @IsOptional()
  @IsString()
  @MaxLength(20000, { message: 'Les notes sont limitées à 20 000 caractères.' })
  @Field(() => String, { nullable: true })
  notes?: string | null;

  @IsOptional()
  @OmittableNotNull()
  @Field(() => Boolean, { nullable: true, description: 'À reprendre à la prochaine séance' })
  carryOver?: boolean;

  @IsOptional()
  @OmittableNotNull()
  @IsString()
  @Length(3, 300, { message: 'Le titre d’un point divers compte entre 3 et 300 caractères.' })
  @Field(() => String, { nullable: true, description: 'Points divers seulement' })
  title?: string;
}

@InputType()
export class DecisionInput {
  @IsString()
  @Length(3, 2000, { message: 'La décision compte entre 3 et 2 000 caractères.' })
  @Field()
  text!: string;

  @IsUUID('all', { message: 'Une décision a une organisation pilote.' })
  @Field(() => ID, { description: 'L’organisation pilote de l’action' })
  ownerOrganizationId!: string;

  @IsOptional()
  @IsDateString({ strict: true }, { message: 'Échéance invalide (AAAA-MM-JJ).' })
  @Field(() => String, { nullable: true })
  dueOn?: string | null;
}

@InputType()
export class AttendanceInput {
  @IsUUID('all', { message: 'Personne invalide.' })
  @Field(() => ID)
  userId!: string;

  @IsEnum(Attendance, { message: 'Présence inconnue.' })
  @Field(() => Attendance)
  attendance!: Attendance;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '« Représenté par » est limité à 200 caractères.' })
  @Field(() => String, { nullable: true })
  representedBy?: string | null;
}

@InputType({ description: 'Ma réponse à une convocation' })
export class InvitationAnswerInput {
  @IsEnum(Attendance, { message: 'Réponse inconnue.' })
  @Field(() => Attendance, { description: 'PRESENT, EXCUSED ou REPRESENTED' })
  answer!: Attendance;

  @IsOptional()
  @IsString()
  @MaxLength(200, { message: '« Représenté·e par » est limité à 200 caractères.' })
  @Field(() => String, { nullable: true })
  representedBy?: string | null;
}
