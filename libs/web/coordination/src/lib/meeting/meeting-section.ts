import type { MeetingDetailFragment, MeetingPreparationQuery } from '@continuum/web/data-access';

/** The meeting as its page reads it; every section gets it and tells the page when it changed it. */
export type Meeting = MeetingDetailFragment;
export type AgendaItem = Meeting['agenda'][number];
/** What only the secretary reads: proposals, convocation mails, the people who may be convened. */
export type Preparation = MeetingPreparationQuery['meeting'];
export type Proposal = Preparation['proposals'][number];
export type ProposalCount = Preparation['proposalCounts'][number];
export type ConvocationMail = Preparation['mails'][number];
