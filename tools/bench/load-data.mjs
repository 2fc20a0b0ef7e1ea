// Data the load benchmark adds to a seeded database: alerts and their in-app notifications (the
// demo seed has none), so that the notification centre reads a realistic history.

/**
 * `alerts` alerts over the last 90 days — four in five about a case (on any case, readable or not:
 * the centre filters them under the policy), the others manual — each notified to every user who
 * can sign in (the demo personas; not the 5,000 generated people of the 100,000-case world).
 */
export async function addNotifications(pg, alerts) {
  await pg.query('begin');
  await pg.query(`
    create temporary table bench_cases as
    select row_number() over (order by id) as n, id, category from cases`);
  await pg.query(
    `
    insert into alerts (topic, severity, category, title, body, case_id, created_at, author_label)
    select case when g % 5 = 0 then 'MANUAL'::alert_topic
                else (array['CASE_OPENED','CASE_REFERRED','CASE_STATUS_CHANGED'])[1 + g % 3]::alert_topic end,
           (array['INFO','INFO','VIGILANCE','URGENT'])[1 + g % 4]::alert_severity,
           case when g % 5 = 0 then null else c.category end,
           'Alerte de charge ' || g, 'Texte de l’alerte ' || g,
           case when g % 5 = 0 then null else c.id end,
           now() - ((g * 777) % (90 * 24 * 3600) || ' seconds')::interval,
           'Banc d’essai'
      from generate_series(1, $1::int) g
      join bench_cases c on c.n = 1 + (g * 7919) % (select count(*) from bench_cases)`,
    [alerts],
  );
  await pg.query(`
    insert into notifications (alert_id, user_id, organization_id, created_at, read_at)
    select a.id, u.id, u.organization_id, a.created_at,
           case when a.created_at < now() - interval '7 days' then a.created_at + interval '1 hour' end
      from alerts a cross join users u
     where a.author_label = 'Banc d’essai' and u.password_hash is not null`);
  await pg.query('drop table bench_cases');
  await pg.query('commit');
  await pg.query('analyze alerts');
  await pg.query('analyze notifications');
}
