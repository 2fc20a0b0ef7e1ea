import { caseReadersCondition } from '@continuum/server/cases';
import { areaReachesCommunesSql } from '@continuum/server/territory';
import type { AlertEntity } from './alerts.entities';
import { spikeReadersCondition } from './spikes/spike-readers.sql';

/** One recipient of an alert, with the channels their subscription chose. */
export interface RecipientRow {
  user_id: string;
  organization_id: string;
  email: string;
  full_name: string;
  in_app: boolean;
  email_mode: 'IMMEDIATE' | 'DIGEST' | 'NONE';
}

const SEVERITIES = `array['INFO', 'VIGILANCE', 'URGENT']::alert_severity[]`;

/**
 * The recipients of an alert, resolved in one statement (parameter $1 = the alert id): active
 * people of active organisations, who may read the alert's case if it has one (the readers of the
 * case, as the policy decides), and who are either named by the alert (a referral's organisation,
 * the people convened…) or subscribed to it — territory, categories, minimum severity and, for a
 * manual alert, the audience's organisation types. A person's own subscription wins over their
 * organisation's default; without either: in-app only, over the organisation's competence. A spike
 * (figures of the diagnostic) reaches only those who may read the figures of its territory.
 */
export const RECIPIENTS_SQL = `
  with alert as (
    select a.*,
           array(select distinct x from unnest(a.commune_codes || coalesce((select array_agg(zc.commune_code::varchar) from zone_communes zc where zc.zone_id = any(a.zone_ids)), '{}')) x) as territory_communes
      from alerts a where a.id = $1
  ),
  people as (
    select u.id as user_id, u.organization_id, u.email, u.full_name,
           coalesce((a.targeting->'organizationIds') ? u.organization_id::text, false)
             or coalesce((a.targeting->'userIds') ? u.id::text, false) as named,
           case when us.id is not null then us.scope else coalesce(os.scope, 'COMPETENCE') end as scope,
           case when us.id is not null then us.commune_codes else coalesce(os.commune_codes, '{}') end as communes,
           case when us.id is not null then us.zone_ids else coalesce(os.zone_ids, '{}') end as zones,
           case when us.id is not null then us.area_shape else os.area_shape end as area_shape,
           case when us.id is not null then us.categories else coalesce(os.categories, '{}') end as categories,
           case when us.id is not null then us.min_severity else coalesce(os.min_severity, 'INFO') end as min_severity,
           case when us.id is not null then us.in_app else coalesce(os.in_app, true) end as in_app,
           case when us.id is not null then us.email_mode else coalesce(os.email_mode, 'NONE') end as email_mode,
           o.whole_departement, o.type as organization_type, a.id as alert_id
      from alert a
      cross join users u
      join organizations o on o.id = u.organization_id
      left join cases c on c.id = a.case_id
      left join alert_subscriptions us on us.user_id = u.id
      left join alert_subscriptions os on os.organization_id = u.organization_id and os.user_id is null
     where u.disabled_at is null and o.disabled_at is null
       and u.id is distinct from nullif(a.targeting->>'excludeUserId', '')::uuid
       and (a.case_id is null or a.topic = 'MANUAL' or ${caseReadersCondition('c', 'u', 'o')})
       and (a.topic <> 'INCIDENT_SPIKE' or ${spikeReadersCondition('u', 'o', 'a.territory_communes')})
  )
  select p.user_id, p.organization_id, p.email, p.full_name,
         p.named or p.in_app as in_app, p.email_mode
    from people p, alert a
   where p.named
      or (coalesce((a.targeting->>'territorial')::boolean, false)
          and (cardinality(a.audience_types) = 0 or p.organization_type = any(a.audience_types))
          and array_position(${SEVERITIES}, a.severity) >= array_position(${SEVERITIES}, p.min_severity)
          and (a.category is null or cardinality(p.categories) = 0 or a.category = any(p.categories))
          and case p.scope
                when 'COMPETENCE' then p.whole_departement
                  or exists (select 1 from organization_competence_communes occ
                              where occ.organization_id = p.organization_id and occ.commune_code = any(a.territory_communes))
                when 'COMMUNES' then p.communes && a.territory_communes
                when 'ZONES' then p.zones && a.zone_ids
                  or exists (select 1 from zone_communes zc where zc.zone_id = any(p.zones) and zc.commune_code = any(a.territory_communes))
                when 'AREA' then p.area_shape is not null and (
                  -- a point or a drawn area is matched as drawn; otherwise the alert's zones by their
                  -- shapes and its communes by their outlines (an area inside Orléans hears of Orléans)
                  case when a.location is not null then ST_Intersects(p.area_shape, a.location)
                       when a.area_shape is not null then ST_Intersects(p.area_shape, a.area_shape)
                       else exists (select 1 from zones tz where tz.id = any(a.zone_ids) and ST_Intersects(tz.shape, p.area_shape))
                         or ${areaReachesCommunesSql('p.area_shape', 'a.commune_codes')}
                  end)
                else false
              end)`;

/** Whether an alert carries a case its recipients must be able to read (manual alerts carry what their author wrote). */
export function guardsCase(alert: Pick<AlertEntity, 'caseId' | 'topic'>): boolean {
  return alert.caseId !== null && alert.topic !== 'MANUAL';
}
