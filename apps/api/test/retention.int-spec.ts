import { RetentionService } from '@continuum/server/audit';
import { Api, unique } from './api-harness';
import { aCase } from './case-factory';

const DAY = 86_400_000;

describe('Retention: what has outlived its declared duration is purged, and nothing else', () => {
  let api: Api;
  let retention: RetentionService;

  beforeAll(async () => {
    api = await Api.start();
    retention = api.app.get(RetentionService);
  });
  afterAll(() => api.stop());

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    api.dataSource.query(sql, params) as Promise<T[]>;

  it('anonymises persons of long-closed cases and authors of old proposals, empties old mails, drops old notifications and old disabled accounts — each journaled', async () => {
    const tag = unique();
    const days = retention.days;
    // Just past and just short of each duration: the clock as the purge will read it.
    const past = (d: number) => new Date(Date.now() - (d + 1) * DAY);
    const short = (d: number) => new Date(Date.now() - (d - 1) * DAY);

    const oldCase = await aCase(api).status('CLOSED').withPerson(`Jean Ancien ${tag}`).build();
    const recentCase = await aCase(api).status('CLOSED').withPerson(`Jeanne Récente ${tag}`).build();
    const openCase = await aCase(api).status('ANALYSIS').withPerson(`Paul Ouvert ${tag}`).build();
    await query(`update cases set resolved_at = $2, updated_at = $2 where id = $1`, [
      oldCase.id,
      past(days.CASE_PERSONS),
    ]);
    await query(`update cases set resolved_at = $2, updated_at = $2 where id = $1`, [
      recentCase.id,
      short(days.CASE_PERSONS),
    ]);

    const mail = (sentAt: Date) =>
      query<{ id: string }>(
        `insert into mail_messages (topic, to_address, subject, text, html, status, sent_at)
         values ('test', $1, 'Convocation', 'Corps du courriel', '<p>Corps</p>', 'SENT', $2) returning id`,
        [`${tag}@test.demo`, sentAt],
      ).then((rows) => rows[0].id);
    const oldMail = await mail(past(days.MAIL_BODIES));
    const recentMail = await mail(short(days.MAIL_BODIES));

    // One notification per alert and person: an alert each.
    const alert = () =>
      query<{ id: string }>(
        `insert into alerts (topic, severity, title) values ('MANUAL', 'INFO', $1) returning id`,
        [`Alerte ${tag}`],
      ).then((rows) => rows[0].id);
    const [user] = await query<{ id: string; organization_id: string }>(
      `select id, organization_id from users where email = 'laurent.moreau@police.demo'`,
    );
    const notification = async (createdAt: Date) =>
      (
        await query<{ id: string }>(
          `insert into notifications (alert_id, user_id, organization_id, created_at) values ($1, $2, $3, $4) returning id`,
          [await alert(), user.id, user.organization_id, createdAt],
        )
      )[0].id;
    const oldNotification = await notification(past(days.NOTIFICATIONS));
    const recentNotification = await notification(short(days.NOTIFICATIONS));

    const account = (disabledAt: Date, who: string) =>
      query<{ id: string }>(
        `insert into users (email, full_name, organization_id, roles, disabled_at) values ($1, $2, $3, '{agent}', $4) returning id`,
        [`${who}-${tag}@test.demo`, `${who} ${tag}`, user.organization_id, disabledAt],
      ).then((rows) => rows[0].id);
    const oldAccount = await account(past(days.DISABLED_ACCOUNTS), 'parti');
    const recentAccount = await account(short(days.DISABLED_ACCOUNTS), 'partie');

    const proposal = async (answeredAt: Date) =>
      (
        await query<{ id: string }>(
          `insert into proposals (source, status, commune_code, category, body, masked_body, personal_data, author_email,
                                  answer, moderated_at, triaged_at, created_at)
           values ('PUBLIC', 'ANSWERED', '45234', 'TRANQUILLITE', $1, 'Bruit la nuit, appelez [masqué].',
                   '[{"kind":"PHONE","start":26,"end":36}]', $2, 'Réponse', $3, $3, $3) returning id`,
          [`Bruit la nuit, appelez 0612345678 (${tag}).`, `auteur-${tag}@test.demo`, answeredAt],
        )
      )[0].id;
    const oldProposal = await proposal(past(days.PROPOSAL_CONTACTS));
    const recentProposal = await proposal(short(days.PROPOSAL_CONTACTS));

    const report = await retention.purge(new Date());
    expect(report.CASE_PERSONS).toBeGreaterThanOrEqual(1);

    const persons = await query<{ case_id: string; full_name: string; address: string | null }>(
      `select case_id, full_name, address from case_persons where case_id = any($1)`,
      [[oldCase.id, recentCase.id, openCase.id]],
    );
    const nameOf = (id: string) => persons.find((row) => row.case_id === id)?.full_name;
    expect([nameOf(oldCase.id), nameOf(recentCase.id), nameOf(openCase.id)]).toEqual([
      'Personne anonymisée',
      `Jeanne Récente ${tag}`,
      `Paul Ouvert ${tag}`,
    ]);
    const mails = await query<{ id: string; text: string; html: string | null; subject: string }>(
      `select id, text, html, subject from mail_messages where id = any($1)`,
      [[oldMail, recentMail]],
    );
    expect(mails.find((row) => row.id === oldMail)).toMatchObject({
      text: '',
      html: null,
      subject: 'Convocation',
    });
    expect(mails.find((row) => row.id === recentMail)).toMatchObject({ text: 'Corps du courriel' });
    const notifications = await query<{ id: string }>(`select id from notifications where id = any($1)`, [
      [oldNotification, recentNotification],
    ]);
    expect(notifications.map((row) => row.id)).toEqual([recentNotification]);
    const accounts = await query<{ id: string; full_name: string; email: string }>(
      `select id, full_name, email from users where id = any($1)`,
      [[oldAccount, recentAccount]],
    );
    expect(accounts.find((row) => row.id === oldAccount)).toMatchObject({
      full_name: 'Compte supprimé',
      email: `supprime-${oldAccount}@invalid`,
    });
    expect(accounts.find((row) => row.id === recentAccount)?.full_name).toBe(`partie ${tag}`);

    const proposals = await query<{ id: string; author_email: string | null; body: string }>(
      `select id, author_email, body from proposals where id = any($1)`,
      [[oldProposal, recentProposal]],
    );
    expect(proposals.find((row) => row.id === oldProposal)).toMatchObject({
      author_email: null,
      body: 'Bruit la nuit, appelez [masqué].',
    });
    expect(proposals.find((row) => row.id === recentProposal)?.author_email).toBe(`auteur-${tag}@test.demo`);

    const journal = await query<{ subject_id: string }>(
      `select subject_id from audit_entries where action = 'retention.purged' and occurred_at > now() - interval '1 minute'`,
    );
    expect(new Set(journal.map((row) => row.subject_id))).toEqual(
      new Set(['CASE_PERSONS', 'MAIL_BODIES', 'NOTIFICATIONS', 'PROPOSAL_CONTACTS', 'DISABLED_ACCOUNTS']),
    );
  });
});
