import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, requestLoader } from '@continuum/server/platform';
import { CaseModel } from '../cases.models';
import { CaseEntity } from '../entities/case.entity';
import { CaseAttachmentModel } from './case-attachment.model';
import { CaseAttachmentService } from './case-attachment.service';

/**
 * `Case.attachments`, beside the other fields of a case. The parent case was read through the
 * policy, so its attachments need no check of their own; one DataLoader per request.
 */
@Resolver(() => CaseModel)
export class CaseAttachmentsFieldResolver {
  constructor(private readonly service: CaseAttachmentService) {}

  @Authenticated()
  @ResolveField(() => [CaseAttachmentModel], {
    description: 'Pièces jointes, de la plus ancienne à la plus récente',
  })
  attachments(@Parent() row: CaseEntity, @Context('req') req: object): Promise<CaseAttachmentModel[]> {
    return requestLoader(req, 'case.attachments', (ids: readonly string[]) =>
      this.service.attachmentsOf(ids),
    ).load(row.id);
  }
}
