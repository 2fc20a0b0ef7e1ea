import { Args, Context, Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, PageInfo, pageSize, requestLoader } from '@continuum/server/platform';
import { CaseHistoryQueries } from './case-history.queries';
import type { CommentRow, HistoryPage } from './case-history.queries';
import { CaseCommentModel, CaseEventModel, CaseModel } from './cases.models';
import type { CaseEventEntity } from './entities/case-event.entity';

const DEFAULT_PAGE = 10;

@ObjectType('CaseCommentConnection', { description: 'Une page des commentaires, les plus récents d’abord' })
export class CaseCommentConnectionModel {
  @Field(() => [CaseCommentModel])
  nodes!: CaseCommentModel[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
  @Field(() => Int, { description: 'Tous les commentaires du dossier, pas seulement cette page' })
  totalCount!: number;
}

@ObjectType('CaseEventConnection', { description: 'Une page de l’historique, le plus récent d’abord' })
export class CaseEventConnectionModel {
  @Field(() => [CaseEventModel])
  nodes!: CaseEventModel[];
  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

type PageOf<T> = Omit<HistoryPage<T>, 'hasNextPage' | 'endCursor'> & { pageInfo: PageInfo };

function connection<T>(page: HistoryPage<T>): PageOf<T> {
  return {
    caseId: page.caseId,
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

/**
 * A case's comments and history by pages, newest first, « voir plus » with `after`. The parent case
 * was read through the policy; the pages stay inside it. One loader per page shape and request, so
 * a list of cases asking for the same page costs one statement.
 */
@Authenticated()
@Resolver(() => CaseModel)
export class CaseHistoryResolver {
  constructor(private readonly history: CaseHistoryQueries) {}

  @ResolveField(() => CaseCommentConnectionModel, {
    description: 'Les commentaires par pages, les plus récents d’abord (remplace `comments`)',
  })
  async commentPage(
    @Parent() row: CaseModel,
    @Context('req') req: object,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PageOf<CommentRow> & { totalCount: number }> {
    const size = pageSize(first, DEFAULT_PAGE);
    const page = await requestLoader(
      req,
      `case.commentPage:${size}:${after ?? ''}`,
      (ids: readonly string[]) => this.history.commentPages(ids, size, after ?? undefined),
    ).load(row.id);
    return { ...connection(page), totalCount: page.totalCount };
  }

  @ResolveField(() => CaseEventConnectionModel, {
    description: 'L’historique par pages, le plus récent d’abord (remplace `timeline`)',
  })
  async timelinePage(
    @Parent() row: CaseModel,
    @Context('req') req: object,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<PageOf<CaseEventEntity>> {
    const size = pageSize(first, DEFAULT_PAGE);
    const page = await requestLoader(
      req,
      `case.timelinePage:${size}:${after ?? ''}`,
      (ids: readonly string[]) => this.history.eventPages(ids, size, after ?? undefined),
    ).load(row.id);
    return connection(page);
  }
}
