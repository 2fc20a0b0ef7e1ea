// The 100,000-case world of the benchmarks (bench:cases, bench:load): 500 organisations, 5,000
// users, 20 coordination bodies, and 100,000 cases of every level with referrals and shares, added
// to a seeded database in one transaction.

export async function generateCases(client) {
  await client.query('begin');
  await client.query(`
    insert into organizations (name, type, whole_departement, seat_commune_code)
    select 'Organisation bench ' || g,
           (array['MAIRIE','POLICE_MUNICIPALE','BAILLEUR','TRANSPORTEUR','SECURITE_PRIVEE','ENTREPRISE','ASSUREUR','FEDERATION_ASSOCIATION','GENDARMERIE','URSSAF'])[1 + g % 10]::organization_type,
           g % 17 = 0, (select code from communes order by code offset (g % 300) limit 1)
      from generate_series(1, 479) g`);
  await client.query(`
    insert into users (email, full_name, organization_id, roles, password_hash)
    select 'bench' || g || '@bench.demo', 'Personne ' || g, o.id, '{agent}', null
      from generate_series(1, 4983) g
      join lateral (select id from organizations order by name offset (g % 500) limit 1) o on true`);
  await client.query(`
    insert into coordination_bodies (name, kind, chair_organization_id)
    select 'Instance bench ' || g, 'CLSPD', (select id from organizations order by name offset g limit 1) from generate_series(1, 20) g`);
  await client.query(`
    insert into coordination_body_organizations (body_id, organization_id)
    select b.id, o.id from coordination_bodies b
      join lateral (select id from organizations order by md5(b.id::text || id::text) limit 8) o on true
     where b.name like 'Instance bench %'`);
  await client.query(`
    create temporary table bench_orgs as select row_number() over (order by id) as n, id from organizations`);
  await client.query(`
    create temporary table bench_bodies as select row_number() over (order by id) as n, id from coordination_bodies`);
  await client.query(`
    insert into cases (reference, title, description, category, commune_code, zone_id, sensitivity, priority,
                       owner_organization_id, status, body_id, opened_at, updated_at)
    select '45-2024-' || lpad(g::text, 6, '0'), 'Dossier de charge ' || g, 'Description ' || g,
           (enum_range(null::case_category))[1 + g % 24],
           (select code from communes order by code offset (g % 320) limit 1),
           case when g % 9 = 0 then (select id from zones order by name offset (g % 7) limit 1) end,
           (array['CLEAR','GREEN','GREEN','GREEN','AMBER','AMBER','AMBER','AMBER_STRICT','AMBER_STRICT','RED'])[1 + g % 10]::case_sensitivity,
           (enum_range(null::case_priority))[1 + g % 4],
           (select id from bench_orgs where n = 1 + (g * 7919) % (select count(*) from bench_orgs)),
           (enum_range(null::case_status))[1 + g % 8],
           case when g % 5 = 0 then (select id from bench_bodies where n = 1 + g % 20) end,
           now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
      from generate_series(1, 100000) g`);
  await client.query(`
    insert into case_assignments (case_id, organization_id, status)
    select c.id, o.id, (array['PENDING','ACCEPTED','DECLINED'])[1 + (abs(hashtext(c.id::text)) % 3)]::assignment_status
      from cases c join bench_orgs o on o.n = 1 + abs(hashtext(c.reference)) % (select count(*) from bench_orgs)
     where c.owner_organization_id <> o.id
    on conflict do nothing`);
  await client.query(`
    insert into case_shares (case_id, organization_id)
    select c.id, o.id from cases c join bench_orgs o on o.n = 1 + abs(hashtext(c.title)) % (select count(*) from bench_orgs)
     where abs(hashtext(c.id::text)) % 4 = 0 and c.owner_organization_id <> o.id
    on conflict do nothing`);
  await client.query('commit');
  await client.query('analyze');
}
