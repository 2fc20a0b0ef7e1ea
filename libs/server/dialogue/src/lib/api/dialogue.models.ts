import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PersonalDataKind, ProposalCategory, ProposalSource, ProposalStatus } from '@continuum/domain';
import { GeoPointModel } from '@continuum/server/cases';

registerEnumType(ProposalCategory, { name: 'ProposalCategory', description: 'Sujet d’une proposition' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus', description: 'Étape d’une proposition' });
registerEnumType(ProposalSource, {
  name: 'ProposalSource',
  description: 'Public (formulaire ouvert) ou mairie',
});
registerEnumType(PersonalDataKind, { name: 'PersonalDataKind', description: 'Donnée personnelle repérée' });

@ObjectType('PersonalDataFlag', {
  description: 'Une donnée personnelle repérée dans le texte (modérateurs seulement)',
})
export class PersonalDataFlagModel {
  @Field(() => PersonalDataKind)
  kind!: PersonalDataKind;
  @Field()
  label!: string;
  @Field()
  excerpt!: string;
  @Field(() => Int)
  start!: number;
  @Field(() => Int)
  end!: number;
}

/** A proposal as a signed-in reader sees it: contact data only for the moderators. */
@ObjectType('Proposal')
export class ProposalModel {
  @Field(() => ID)
  id!: string;
  @Field({ description: 'P-123' })
  reference!: string;
  @Field(() => ProposalSource)
  source!: ProposalSource;
  @Field(() => ProposalStatus)
  status!: ProposalStatus;
  @Field()
  statusLabel!: string;
  @Field(() => ProposalCategory)
  category!: ProposalCategory;
  @Field()
  categoryLabel!: string;
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field(() => GeoPointModel, { nullable: true })
  point!: GeoPointModel | null;
  @Field({ description: 'Le texte ; données personnelles masquées pour qui n’est pas modérateur' })
  text!: string;
  @Field({
    description:
      'Vrai quand des données personnelles ont été repérées (et masquées pour les autres lecteurs)',
  })
  hasPersonalData!: boolean;
  @Field(() => [PersonalDataFlagModel], { nullable: true, description: 'Modérateurs seulement' })
  personalData!: PersonalDataFlagModel[] | null;
  @Field(() => String, { nullable: true, description: 'Adresse de l’auteur : modérateurs seulement' })
  authorEmail!: string | null;
  @Field(() => String, { nullable: true, description: 'Auteur signé (mairie) ; null pour le public' })
  authorLabel!: string | null;
  @Field()
  createdAt!: Date;
  @Field(() => Date, { nullable: true })
  moderatedAt!: Date | null;
  @Field(() => String, { nullable: true })
  moderationNote!: string | null;
  @Field(() => String, { nullable: true })
  answer!: string | null;
  @Field(() => Date, { nullable: true })
  triagedAt!: Date | null;
  @Field(() => String, { nullable: true })
  triagedByLabel!: string | null;
  @Field(() => ID, { nullable: true, description: 'Le dossier lié, s’il est lisible par le lecteur' })
  caseId!: string | null;
  @Field(() => String, { nullable: true })
  caseReference!: string | null;
  @Field()
  mayModerate!: boolean;
  @Field()
  mayTriage!: boolean;
}

@ObjectType('ProposalList')
export class ProposalListModel {
  @Field(() => [ProposalModel])
  items!: ProposalModel[];
  @Field(() => Int)
  total!: number;
}

@ObjectType('ProposalForm', { description: 'Le jeton signé et daté du formulaire public' })
export class ProposalFormModel {
  @Field()
  token!: string;
  @Field(() => Int, { description: 'Secondes à attendre au moins avant l’envoi' })
  minimumSeconds!: number;
}

@ObjectType('ProposalReceipt', {
  description: 'L’accusé de réception : le lien privé n’est donné qu’ici, une fois',
})
export class ProposalReceiptModel {
  @Field()
  reference!: string;
  @Field({ description: 'Le jeton du lien privé (/propositions/suivi/<jeton>)' })
  token!: string;
  @Field()
  hasPersonalData!: boolean;
}

@ObjectType('PublicProposal', { description: 'Ce que l’auteur lit par son lien privé' })
export class PublicProposalModel {
  @Field()
  reference!: string;
  @Field(() => ProposalStatus)
  status!: ProposalStatus;
  @Field()
  statusLabel!: string;
  @Field()
  categoryLabel!: string;
  @Field()
  communeName!: string;
  @Field()
  text!: string;
  @Field()
  createdAt!: Date;
  @Field(() => String, { nullable: true })
  answer!: string | null;
  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;
}

@ObjectType('ProposalStatisticsRow', {
  description: 'Propositions par commune et sujet, et délais de réponse',
})
export class ProposalStatisticsRowModel {
  @Field()
  communeCode!: string;
  @Field()
  communeName!: string;
  @Field(() => ProposalCategory)
  category!: ProposalCategory;
  @Field(() => Int)
  submitted!: number;
  @Field(() => Int, { description: 'Traitées : réponse, rattachement ou dossier ouvert' })
  treated!: number;
  @Field(() => Int, { description: 'Publiées par la modération, pas encore traitées' })
  waiting!: number;
  @Field(() => Float, { nullable: true, description: 'Délai moyen de traitement, en jours' })
  averageDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Délai médian de traitement, en jours' })
  medianDays!: number | null;
}

@ObjectType('ProposalCommune', { description: 'Une commune du département, pour le formulaire public' })
export class ProposalCommuneModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
}
