import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { originOf } from '@continuum/server/audit';
import { Can, CurrentPrincipal } from '@continuum/server/platform';
import type { HttpRequestLike, RequestPrincipal } from '@continuum/server/platform';
import { SubjectAccessResult, SubjectAccessTerms } from './subject-access.models';
import { SubjectAccessService } from './subject-access.service';

@Resolver()
export class SubjectAccessResolver {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Can('answer', 'SubjectAccess')
  @Query(() => SubjectAccessResult, {
    description:
      'Droit d’accès (RGPD, art. 15) : les personnes inscrites dans tous les dossiers, pour le DPD seul ; journalisé',
  })
  subjectAccessSearch(
    @Args('terms', { type: () => SubjectAccessTerms }) terms: SubjectAccessTerms,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Context('req') req: HttpRequestLike,
  ): Promise<SubjectAccessResult> {
    return this.subjectAccess.search(terms, principal, originOf(req));
  }
}
