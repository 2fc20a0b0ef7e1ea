import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, Public } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { RetentionService } from '../retention/retention.service';
import { processingRegister } from './processing-register';

@ObjectType('ProcessingActivity', { description: 'Une activité du registre des traitements (RGPD, art. 30)' })
export class ProcessingActivityModel {
  @Field()
  key!: string;
  @Field()
  name!: string;
  @Field()
  purpose!: string;
  @Field()
  legalBasis!: string;
  @Field(() => [String])
  dataCategories!: string[];
  @Field(() => [String])
  recipients!: string[];
  @Field({ description: 'La durée de conservation en vigueur, en français' })
  retention!: string;
  @Field({ description: 'Ce qui est effacé ou anonymisé à son terme' })
  afterRetention!: string;
}

@ObjectType('PersonalDataNotice', { description: 'La notice « Données personnelles », publique' })
export class PersonalDataNoticeModel {
  @Field({ description: 'Le responsable du traitement' })
  controller!: string;
  @Field(() => String, { nullable: true, description: 'Le contact du délégué à la protection des données' })
  dpoContact!: string | null;
  @Field(() => [ProcessingActivityModel])
  activities!: ProcessingActivityModel[];
}

/**
 * The « Données personnelles » notice, readable without an account (the public's proposals lead to
 * it): the controller, the DPO's contact and the register generated from the code's declarations.
 */
@Resolver()
export class PersonalDataResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly retention: RetentionService,
  ) {}

  @Public()
  @Query(() => PersonalDataNoticeModel)
  async personalDataNotice(): Promise<PersonalDataNoticeModel> {
    const [departement]: { name: string }[] = await this.dataSource.query(
      'select name from departements where code = $1',
      [this.config.departementCode],
    );
    const name = departement?.name ?? this.config.departementCode;
    return {
      controller:
        this.config.privacy.controller ?? `Préfet du département ${name} (${this.config.departementCode})`,
      dpoContact: this.config.privacy.dpoContact,
      activities: processingRegister(this.retention.days).map((entry) => ({
        ...entry,
        dataCategories: [...entry.dataCategories],
        recipients: [...entry.recipients],
      })),
    };
  }
}
