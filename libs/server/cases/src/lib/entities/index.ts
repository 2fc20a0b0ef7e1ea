export * from './case.entity';
export * from './case-person.entity';
export * from './case-assignment.entity';
export * from './case-share.entity';
export * from './case-action.entity';
export * from './case-comment.entity';
export * from './case-attachment.entity';
export * from './case-event.entity';
export * from './case-link.entity';
export * from './case-reference-counter.entity';

import { CaseActionEntity } from './case-action.entity';
import { CaseAssignmentEntity } from './case-assignment.entity';
import { CaseAttachmentEntity } from './case-attachment.entity';
import { CaseCommentEntity } from './case-comment.entity';
import { CaseEventEntity } from './case-event.entity';
import { CaseLinkEntity } from './case-link.entity';
import { CasePersonEntity } from './case-person.entity';
import { CaseReferenceCounterEntity } from './case-reference-counter.entity';
import { CaseShareEntity } from './case-share.entity';
import { CaseEntity } from './case.entity';

export const CASE_ENTITIES = [
  CaseEntity,
  CasePersonEntity,
  CaseAssignmentEntity,
  CaseShareEntity,
  CaseActionEntity,
  CaseCommentEntity,
  CaseAttachmentEntity,
  CaseEventEntity,
  CaseLinkEntity,
  CaseReferenceCounterEntity,
];
