import { Api, codeOf, GraphqlResult } from './api-harness';

/** What a burst of parallel requests came to: who won, who lost and what the losers were told. */
export interface RaceOutcome<T> {
  results: GraphqlResult<T>[];
  winners: T[];
  losers: GraphqlResult<T>[];
  /** « CODE : message » of each loser, to compare with what a user may be told. */
  told: string[];
}

/** Sends `count` requests at once (`call(i)` for i in 0…count-1) and sorts winners from losers. */
export async function race<T>(
  count: number,
  call: (index: number) => Promise<GraphqlResult<T>>,
): Promise<RaceOutcome<T>> {
  const results = await Promise.all(Array.from({ length: count }, (_, index) => call(index)));
  const losers = results.filter((result) => result.errors?.length);
  return {
    results,
    winners: results.filter((result) => !result.errors?.length).map((result) => result.data as T),
    losers,
    told: losers.map((result) => `${codeOf(result as GraphqlResult)} : ${result.errors![0].message}`),
  };
}

/** Lines of a case's timeline of this kind, oldest first. */
export async function timeline(
  api: Api,
  caseId: string,
  kind: string,
): Promise<{ data: Record<string, unknown>; actor_label: string | null }[]> {
  return api.dataSource.query(
    'select data, actor_label from case_events where case_id = $1 and kind = $2 order by id',
    [caseId, kind],
  );
}

/** Events of this topic about this case written to the outbox (each one fans alerts and webhooks out). */
export async function outboxEvents(api: Api, topic: string, caseId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await api.dataSource.query(
    `select count(*)::int as n from outbox_events where topic = $1 and payload->>'caseId' = $2`,
    [topic, caseId],
  );
  return n;
}

/** Audit journal lines of this action about this case. */
export async function auditLines(api: Api, action: string, caseId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await api.dataSource.query(
    `select count(*)::int as n from audit_entries where action = $1 and subject_type = 'Case' and subject_id = $2`,
    [action, caseId],
  );
  return n;
}

/** The lines of `told` that match none of `allowed` (a loser is never answered « Erreur interne »). */
export function unexpected(told: string[], ...allowed: RegExp[]): string[] {
  return told.filter((line) => !allowed.some((pattern) => pattern.test(line)));
}
