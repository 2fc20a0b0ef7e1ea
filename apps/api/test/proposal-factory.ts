import { signFormToken } from '@continuum/server/dialogue';
import { Api, GraphqlResult, ok, Session } from './api-harness';

export const ORLEANS = { code: '45234', point: { longitude: 1.9175, latitude: 47.8733 } };
export const GIEN = { code: '45155', point: { longitude: 2.6612, latitude: 47.7174 } };
/** Paris, Notre-Dame: outside the Loiret. */
export const PARIS_POINT = { longitude: 2.3499, latitude: 48.853 };

export const SUBMIT = `mutation($input: PublicProposalInput!) { submitProposal(input: $input) { reference token hasPersonalData } }`;
export const SUBMIT_MAIRIE = `mutation($input: MairieProposalInput!) { submitMairieProposal(input: $input) { id reference status } }`;
export const PROPOSAL_FIELDS = `id reference status source communeCode text hasPersonalData authorEmail authorLabel
  personalData { kind label excerpt } answer caseId caseReference mayModerate mayTriage moderationNote`;
export const LIST = `query($filter: ProposalFilter) { proposals(filter: $filter) { total items { ${PROPOSAL_FIELDS} } } }`;
export const ONE = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
export const BY_LINK = `query($token: String!) { proposalByLink(token: $token) { reference status statusLabel text answer communeName } }`;
export const MODERATE = `mutation($id: ID!, $release: Boolean!, $note: String) { moderateProposal(id: $id, release: $release, note: $note) { id status } }`;
export const ANSWER = `mutation($id: ID!, $answer: String!) { answerProposal(id: $id, answer: $answer) { id status answer } }`;
export const MERGE = `mutation($id: ID!, $caseId: ID!, $message: String) { mergeProposal(id: $id, caseId: $caseId, message: $message) { id status caseId caseReference } }`;
export const OPEN_CASE = `mutation($id: ID!, $input: ProposalCaseInput!, $message: String) { openCaseFromProposal(id: $id, input: $input, message: $message) { id status caseId caseReference } }`;

export interface Submitted {
  id: string;
  reference: string;
  token: string;
}

/**
 * Proposals from the public as a test needs them: a form token signed with the platform's key
 * and backdated (a person takes some seconds to write), from a visitor's own address.
 */
export class Proposals {
  private secret: string | null = null;

  constructor(private readonly api: Api) {}

  async formToken(ageMs = 10_000): Promise<string> {
    this.secret ??= (
      await this.api.dataSource.query(`select form_secret from dialogue_settings`)
    )[0].form_secret;
    return signFormToken(this.secret!, Date.now() - ageMs);
  }

  async input(overrides: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return {
      formToken: await this.formToken(),
      communeCode: ORLEANS.code,
      point: ORLEANS.point,
      category: 'TRANQUILLITE',
      text: 'Des jeunes font du bruit tous les soirs près du square, jusqu’à deux heures du matin.',
      website: '',
      ...overrides,
    };
  }

  send(
    visitor: Session,
    input: Record<string, unknown>,
  ): Promise<
    GraphqlResult<{ submitProposal: { reference: string; token: string; hasPersonalData: boolean } }>
  > {
    return visitor.gql(SUBMIT, { input });
  }

  /** A proposal from the public, written; `released` by the cabinet when asked. */
  async submitted(overrides: Record<string, unknown> = {}, moderator?: Session): Promise<Submitted> {
    const { submitProposal } = ok(await this.send(this.api.visitor(), await this.input(overrides)));
    const [{ id }] = await this.api.dataSource.query(`select id from proposals where number = $1`, [
      submitProposal.reference.slice(2),
    ]);
    if (moderator) ok(await moderator.gql(MODERATE, { id, release: true }));
    return { id, reference: submitProposal.reference, token: submitProposal.token };
  }

  count(): Promise<number> {
    return this.api.dataSource.query(`select count(*)::int as n from proposals`).then((rows) => rows[0].n);
  }
}
