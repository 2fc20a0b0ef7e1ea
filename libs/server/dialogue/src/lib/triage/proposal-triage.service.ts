import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addModeratorFlags,
  CaseCategory,
  maskPersonalData,
  type PersonalDataFlag,
  PROPOSAL_ANSWER_MAX,
  PROPOSAL_CATEGORY_LABELS,
  PROPOSAL_STATUS_LABELS,
  ProposalCategory,
  ProposalStatus,
  Sensitivity,
} from '@continuum/domain';
import { CaseCommandService, readableCases, recordEvent } from '@continuum/server/cases';
import { MailService } from '@continuum/server/mail';
import { badInput, conflict, forbidden, notFound, visibleText } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import type { ProposalModel } from '../api/dialogue.models';
import { ANSWER_MESSAGE } from '../api/dialogue.inputs';
import { moderatableProposals, readableProposals, triageableProposals } from '../policy/dialogue-policy.sql';
import { namedQuery, namedUpdate } from '../proposal-rows';
import { ProposalReadService } from '../proposal-read.service';
import { proposalOutcomeMail } from './proposal-mail';

export interface ClaimedProposal {
  id: string;
  number: string;
  category: ProposalCategory;
  commune_name: string;
  author_address: string | null;
}

interface Triage {
  status: ProposalStatus.ANSWERED | ProposalStatus.MERGED | ProposalStatus.CASE_OPENED;
  answer: string | null;
  caseId: string | null;
}

/**
 * Moderation and triage. Each change is one conditional UPDATE whose WHERE holds the policy's
 * condition for the action — state included (`moderate` a PENDING proposal, `triage` a RELEASED
 * one): of two triagers at once, the second finds no row and is told in French what happened.
 */
@Injectable()
export class ProposalTriageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly read: ProposalReadService,
    private readonly cases: CaseCommandService,
    private readonly mail: MailService,
  ) {}

  /**
   * Releases or sets aside a pending proposal. Releasing, the moderator may mask more passages than
   * the patterns found (`masks`: each must be in the text): the masked text everyone else reads is
   * written again, under the row's lock, in the same transaction as the release.
   */
  async moderate(
    id: string,
    release: boolean,
    note: string | null | undefined,
    masks: readonly string[] | null | undefined,
    principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    const cleanNote = note ? visibleText(note) : '';
    if (cleanNote.length > 1000)
      throw badInput('note', 'La note de modération est limitée à 1 000 caractères.');
    if (!release && cleanNote.length < 5)
      throw badInput(
        'note',
        'Dites en quelques mots pourquoi la proposition n’est pas retenue (5 caractères au moins).',
      );
    const passages = [...new Set((masks ?? []).map((mask) => mask.trim()).filter((mask) => mask !== ''))];
    if (passages.length > 50 || passages.some((mask) => mask.length > 300))
      throw badInput('masks', 'Au plus 50 passages à masquer, de 300 caractères chacun au plus.');
    await this.dataSource.transaction(async (manager) => {
      const moderate = moderatableProposals(principal.ability, 'p');
      const [row] = await namedQuery<{ body: string; personal_data: PersonalDataFlag[] }>(
        manager,
        `select p.body, p.personal_data from proposals p where p.id = :id and ${moderate.sql} for update`,
        { ...moderate.params, id },
      );
      if (!row) throw await this.whyNot(manager, id, principal, 'moderate');
      const { flags, missing } = addModeratorFlags(row.body, row.personal_data, release ? passages : []);
      if (missing.length > 0)
        throw badInput(
          'masks',
          `Passage à masquer absent du texte : « ${missing[0]} » (recopiez-le tel qu’il est écrit).`,
        );
      await manager.query(
        `update proposals set status = $2, moderated_at = now(), moderated_by_user_id = $3, moderated_by_label = $4,
                moderation_note = $5, personal_data = $6::jsonb, masked_body = $7, updated_at = now()
          where id = $1`,
        [
          id,
          release ? ProposalStatus.RELEASED : ProposalStatus.REJECTED,
          principal.actor.userId,
          principal.label,
          cleanNote || null,
          JSON.stringify(flags),
          maskPersonalData(row.body, flags),
        ],
      );
    });
    return this.read.one(id, principal.ability);
  }

  async answer(id: string, answer: string, principal: RequestPrincipal): Promise<ProposalModel> {
    const text = requiredMessage(answer, 'answer');
    const mailIds = await this.dataSource.transaction(async (manager) => {
      const claimed = await this.claim(manager, id, principal, {
        status: ProposalStatus.ANSWERED,
        answer: text,
        caseId: null,
      });
      return this.queueMail(manager, claimed, ProposalStatus.ANSWERED, text);
    });
    await this.mail.dispatch(mailIds);
    return this.read.one(id, principal.ability);
  }

  /** Into an existing case the triager may read (the cases lib's own condition decides). */
  async merge(
    id: string,
    caseId: string,
    message: string | null | undefined,
    principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    const text = optionalMessage(message, 'message');
    const mailIds = await this.dataSource.transaction(async (manager) => {
      const readable = readableCases(principal.ability, 'c');
      const [target] = await namedQuery<{ id: string }>(
        manager,
        `select c.id from cases c where c.id = :caseId and ${readable.sql}`,
        { ...readable.params, caseId },
      );
      if (!target)
        throw badInput(
          'caseId',
          'Dossier introuvable : rattachez la proposition à un dossier que vous pouvez lire.',
        );
      const claimed = await this.claim(manager, id, principal, {
        status: ProposalStatus.MERGED,
        answer: text,
        caseId,
      });
      await recordEvent(manager, caseId, 'proposal_linked', principal, {
        reference: `P-${claimed.number}`,
        category: PROPOSAL_CATEGORY_LABELS[claimed.category],
        opened: false,
      });
      return this.queueMail(manager, claimed, ProposalStatus.MERGED, text);
    });
    await this.mail.dispatch(mailIds);
    return this.read.one(id, principal.ability);
  }

  /** A new case, created by the cases lib (its rules, timeline and events), the proposal linked to it. */
  async openCase(
    id: string,
    input: { title: string; category: CaseCategory; sensitivity: Sensitivity },
    message: string | null | undefined,
    principal: RequestPrincipal,
  ): Promise<ProposalModel> {
    const text = optionalMessage(message, 'message');
    const current = await this.read.one(id, principal.ability);
    if (!current.mayTriage) throw await this.whyNot(this.dataSource.manager, id, principal, 'triage');
    let mailIds: string[] = [];
    await this.cases.create(
      {
        title: input.title,
        category: input.category,
        sensitivity: input.sensitivity,
        communeCode: current.communeCode,
        point: current.point,
        // Personal data never goes into the case: the moderator's text is masked as everyone else's.
        description: `Ouvert à partir de la proposition ${current.reference} (${current.categoryLabel}) :\n\n${current.personalData ? maskPersonalData(current.text, current.personalData) : current.text}`,
      },
      principal,
      {
        within: async (manager, created) => {
          const claimed = await this.claim(manager, id, principal, {
            status: ProposalStatus.CASE_OPENED,
            answer: text,
            caseId: created.id,
          });
          await recordEvent(manager, created.id, 'proposal_linked', principal, {
            reference: `P-${claimed.number}`,
            category: PROPOSAL_CATEGORY_LABELS[claimed.category],
            opened: true,
          });
          mailIds = await this.queueMail(manager, claimed, ProposalStatus.CASE_OPENED, text);
        },
      },
    );
    await this.mail.dispatch(mailIds);
    return this.read.one(id, principal.ability);
  }

  /** The conditional UPDATE of a triage: the row only if it may be triaged now by this reader. */
  private async claim(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
    triage: Triage,
  ): Promise<ClaimedProposal> {
    const condition = triageableProposals(principal.ability, 'p');
    const [row] = await namedUpdate<ClaimedProposal>(
      manager,
      `update proposals p set status = :status, answer = :answer, case_id = :caseId, triaged_at = now(),
              triaged_by_user_id = :userId, triaged_by_label = :label, updated_at = now()
        where p.id = :id and ${condition.sql}
        returning p.id, p.number::text as number, p.category,
                  (select cm.name from communes cm where cm.code = p.commune_code) as commune_name,
                  coalesce(p.author_email, (select u.email from users u where u.id = p.author_user_id and u.disabled_at is null)) as author_address`,
      {
        ...condition.params,
        id,
        status: triage.status,
        answer: triage.answer,
        caseId: triage.caseId,
        userId: principal.actor.userId,
        label: principal.label,
      },
    );
    if (!row) throw await this.whyNot(manager, id, principal, 'triage');
    return row;
  }

  /** Why a change found no row: NOT_FOUND if the reader may not read it, else what happened first. */
  private async whyNot(
    manager: EntityManager,
    id: string,
    principal: RequestPrincipal,
    action: 'moderate' | 'triage',
  ): Promise<Error> {
    const readable = readableProposals(principal.ability, 'p');
    const [row] = await namedQuery<{ status: ProposalStatus; by: string | null }>(
      manager,
      `select p.status, coalesce(p.triaged_by_label, p.moderated_by_label) as by from proposals p where p.id = :id and ${readable.sql}`,
      { ...readable.params, id },
    );
    if (!row) return notFound('Proposition introuvable.');
    const by = row.by ? ` par ${row.by}` : '';
    if (action === 'moderate' && row.status !== ProposalStatus.PENDING)
      return conflict(
        'id',
        `Cette proposition vient d’être modérée${by} : « ${PROPOSAL_STATUS_LABELS[row.status]} ». Rechargez la page.`,
      );
    if (action === 'triage' && row.status === ProposalStatus.PENDING)
      return conflict('id', 'Cette proposition attend encore la modération : elle ne peut pas être traitée.');
    if (action === 'triage' && row.status === ProposalStatus.REJECTED)
      return conflict(
        'id',
        'Cette proposition n’a pas été retenue à la modération : elle ne peut pas être traitée.',
      );
    if (action === 'triage' && row.status !== ProposalStatus.RELEASED)
      return conflict(
        'id',
        `Cette proposition vient d’être traitée${by} : « ${PROPOSAL_STATUS_LABELS[row.status]} ». Rechargez la page.`,
      );
    return forbidden();
  }

  private async queueMail(
    manager: EntityManager,
    claimed: ClaimedProposal,
    status: ProposalStatus,
    text: string | null,
  ): Promise<string[]> {
    if (!claimed.author_address) return [];
    const mails = await this.mail.queue(manager, [proposalOutcomeMail(claimed, status, text)]);
    return mails.map((mail) => mail.id);
  }
}

function requiredMessage(value: string, field: string): string {
  const text = visibleText(value ?? '');
  if ([...text].length < 5 || [...text].length > PROPOSAL_ANSWER_MAX) throw badInput(field, ANSWER_MESSAGE);
  return text;
}

function optionalMessage(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || visibleText(value) === '') return null;
  return requiredMessage(value, field);
}
