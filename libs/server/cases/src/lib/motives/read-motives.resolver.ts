import { Args, Context, Field, ID, InputType, Mutation, registerEnumType, Resolver } from '@nestjs/graphql';
import { MAX_MOTIVE_DETAIL, ReadMotive } from '@continuum/domain';
import { originOf } from '@continuum/server/audit';
import { Authenticated, CurrentPrincipal, TextLength } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { IsEnum, IsOptional, IsString } from 'class-validator';
import { CaseQueryService } from '../case-query.service';
import { CaseModel } from '../cases.models';
import { ReadMotivesService } from './read-motives.service';

registerEnumType(ReadMotive, {
  name: 'ReadMotive',
  description: 'Motif de consultation des personnes d’un dossier',
  valuesMap: {
    CASE_FOLLOW_UP: { description: 'Suivi du dossier' },
    MEETING_PREPARATION: { description: 'Préparation d’une instance' },
    PARTNER_REQUEST: { description: 'Demande d’un partenaire' },
    OTHER: { description: 'Autre (précisé)' },
  },
});

@InputType()
export class ReadMotiveInput {
  @Field(() => ReadMotive)
  @IsEnum(ReadMotive)
  motive!: ReadMotive;

  @Field(() => String, {
    nullable: true,
    description: `Obligatoire pour « Autre » ; ${MAX_MOTIVE_DETAIL} caractères au plus`,
  })
  @IsOptional()
  @IsString()
  @TextLength(0, MAX_MOTIVE_DETAIL, {
    message: `Le motif est limité à ${MAX_MOTIVE_DETAIL} caractères.`,
  })
  detail?: string | null;
}

@Resolver()
export class ReadMotivesResolver {
  constructor(
    private readonly motives: ReadMotivesService,
    private readonly query: CaseQueryService,
  ) {}

  @Authenticated()
  @Mutation(() => CaseModel, {
    description:
      'Donne le motif de ma consultation des personnes d’un dossier, une fois par dossier et par session (inscrit au journal)',
  })
  async declareReadMotive(
    @Args('caseId', { type: () => ID }) caseId: string,
    @Args('input') input: ReadMotiveInput,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ) {
    await this.motives.declare(caseId, input.motive, input.detail, principal, originOf(req));
    return this.query.get(caseId, principal, originOf(req));
  }
}
