import {
  CaseCategory,
  flagPersonalData,
  maskPersonalData,
  PROPOSAL_CATEGORY_LABELS,
  ProposalCategory,
  ProposalStatus,
} from '@continuum/domain';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

/**
 * The demo's proposals (issue #16): from the public and from the two demo mayors, in every state —
 * waiting for moderation, rejected, released and waiting for triage, answered, merged into one of
 * the demo's cases, turned into a new case. Fictional; dates relative to today, times fixed, so the
 * same seed gives the same rows. Each public proposal's private link is `/propositions/suivi/<token>`
 * with the token `demoLinkToken(n)`. Written once: a second seed finds proposals and adds none.
 */
export function demoLinkToken(index: number): string {
  return createHash('sha256').update(`continuum-demo-proposal-${index}`).digest('base64url');
}

interface DemoProposal {
  daysAgo: number;
  commune: string;
  point?: [number, number];
  category: ProposalCategory;
  text: string;
  email?: string;
  mayor?: string;
  status: ProposalStatus;
  moderator?: string;
  note?: string;
  triager?: string;
  triagedDaysLater?: number;
  answer?: string;
  /** Reference of the demo case it was merged into. */
  mergedInto?: string;
  /** The case opened from it. */
  opened?: { title: string; category: CaseCategory };
}

const CLAIRE = 'claire.martin@prefecture.demo';
const MARC = 'marc.petit@orleans.demo';
const SERGE = 'serge.aubert@orleans.demo';
const CLAUDE = 'claude.vidal@gien.demo';

const PROPOSALS: DemoProposal[] = [
  {
    daysAgo: 1,
    commune: '45234',
    point: [1.9052, 47.9025],
    category: ProposalCategory.TRANQUILLITE,
    text: 'Tous les soirs, des scooters tournent autour de la place jusqu’à deux heures. Mon voisin, M. Lemaire, a déjà appelé la police municipale ; vous pouvez me joindre au 06 41 22 37 90.',
    email: 'riverain.bourgogne@exemple.fr',
    status: ProposalStatus.PENDING,
  },
  {
    daysAgo: 3,
    commune: '45234',
    category: ProposalCategory.INCIVILITES,
    text: 'Des dépôts sauvages s’accumulent devant le 14 rue des Carmes depuis trois semaines ; un camion immatriculé FG-482-KL vient y vider des gravats le samedi.',
    status: ProposalStatus.PENDING,
  },
  {
    daysAgo: 6,
    commune: '45234',
    point: [1.9262, 47.8451],
    category: ProposalCategory.SECURITE_ROUTIERE,
    text: 'Les voitures roulent très vite devant l’école élémentaire à l’heure de la sortie. Un plateau surélevé ou un radar pédagogique rassurerait les parents.',
    email: 'parent.lasource@exemple.fr',
    status: ProposalStatus.RELEASED,
    moderator: CLAIRE,
  },
  {
    daysAgo: 24,
    commune: '45234',
    point: [1.9093, 47.9081],
    category: ProposalCategory.AMENAGEMENT_ECLAIRAGE,
    text: 'Le passage piéton entre le parking et la gare est plongé dans le noir depuis la panne de l’hiver dernier : on ne s’y sent pas en sécurité le soir.',
    email: 'usager.gare@exemple.fr',
    status: ProposalStatus.ANSWERED,
    moderator: CLAIRE,
    triager: MARC,
    triagedDaysLater: 9,
    answer:
      'Merci de votre signalement. Les services techniques de la ville ont remplacé les deux candélabres en panne ; la police municipale passera plus souvent à la fermeture de la gare.',
  },
  {
    daysAgo: 40,
    commune: '45234',
    category: ProposalCategory.SECURITE_ROUTIERE,
    text: 'Des motos font des rodéos le dimanche après-midi près du city-stade, c’est dangereux pour les enfants qui y jouent.',
    status: ProposalStatus.MERGED,
    moderator: CLAIRE,
    triager: CLAIRE,
    triagedDaysLater: 5,
    mergedInto: '45-2026-000128',
    answer:
      'Ce point est déjà suivi par la mairie et la police municipale dans un dossier ouvert ; votre témoignage y a été joint.',
  },
  {
    daysAgo: 15,
    commune: '45208',
    category: ProposalCategory.PREVENTION,
    text: 'Ce site est nul et personne ne fait rien, vous êtes tous des incapables, je ne propose rien du tout.',
    status: ProposalStatus.REJECTED,
    moderator: CLAIRE,
    note: 'Pas de proposition exploitable ; propos désobligeants.',
  },
  {
    daysAgo: 10,
    commune: '45234',
    point: [1.9036, 47.9012],
    category: ProposalCategory.VIDEOPROTECTION,
    text: 'La mairie propose d’étendre la vidéoprotection à la place du Martroi et à la rue de la République, où les vols à l’arraché se sont multipliés cet automne.',
    mayor: SERGE,
    status: ProposalStatus.RELEASED,
    moderator: CLAIRE,
  },
  {
    daysAgo: 45,
    commune: '45234',
    category: ProposalCategory.PRESENCE_POLICIERE,
    text: 'Nous demandons une présence renforcée de la police nationale dans le quartier de l’Argonne les soirs de match, en appui de la police municipale.',
    mayor: SERGE,
    status: ProposalStatus.ANSWERED,
    moderator: CLAIRE,
    triager: CLAIRE,
    triagedDaysLater: 12,
    answer:
      'La DDPN renforcera ses patrouilles les soirs de match à partir du mois prochain ; le point sera fait à la prochaine séance plénière du CLSPD.',
  },
  {
    daysAgo: 2,
    commune: '45155',
    point: [2.6306, 47.6883],
    category: ProposalCategory.SECURITE_ROUTIERE,
    text: 'La commune souhaite des contrôles de vitesse sur le pont de Gien, où plusieurs accidents ont eu lieu cette année.',
    mayor: CLAUDE,
    status: ProposalStatus.PENDING,
  },
  {
    daysAgo: 30,
    commune: '45155',
    point: [2.6342, 47.6899],
    category: ProposalCategory.INCIVILITES,
    text: 'Les abords du quai Lenoir sont régulièrement dégradés la nuit (bancs arrachés, tags, verre brisé) : la commune demande un travail commun avec la gendarmerie.',
    mayor: CLAUDE,
    status: ProposalStatus.CASE_OPENED,
    moderator: CLAIRE,
    triager: CLAIRE,
    triagedDaysLater: 4,
    opened: {
      title: 'Dégradations nocturnes quai Lenoir (Gien)',
      category: CaseCategory.DESTRUCTIONS_DEGRADATIONS,
    },
    answer: 'Un dossier commun mairie–gendarmerie est ouvert ; il sera suivi en CISPD.',
  },
  {
    daysAgo: 8,
    commune: '45155',
    category: ProposalCategory.TRANQUILLITE,
    text: 'Des chiens non tenus en laisse effraient les promeneurs sur les bords de Loire le matin ; un rappel des règles serait bienvenu.',
    email: 'promeneur.gien@exemple.fr',
    status: ProposalStatus.RELEASED,
    moderator: CLAIRE,
  },
];

export async function seedDemoProposals(manager: EntityManager, departementCode: string): Promise<number> {
  const [{ count }] = await manager.query('select count(*)::int as count from proposals');
  if (count > 0) return 0;
  const users = new Map<string, { id: string; label: string; organization_id: string }>(
    (
      await manager.query(
        `select u.email, u.id, u.organization_id, u.full_name || ' (' || o.name || ')' as label
           from users u join organizations o on o.id = u.organization_id where u.email = any($1)`,
        [[CLAIRE, MARC, SERGE, CLAUDE]],
      )
    ).map((row: { email: string; id: string; label: string; organization_id: string }) => [row.email, row]),
  );
  if (users.size < 4) return 0;
  const at = (daysAgo: number, hour: number) =>
    `(date_trunc('day', now() at time zone 'Europe/Paris') - interval '${daysAgo} days' + interval '${hour} hours') at time zone 'Europe/Paris'`;

  for (const [index, proposal] of PROPOSALS.entries()) {
    const flags = flagPersonalData(proposal.text);
    const mayor = proposal.mayor ? users.get(proposal.mayor)! : null;
    const moderator = proposal.moderator ? users.get(proposal.moderator)! : null;
    const triager = proposal.triager ? users.get(proposal.triager)! : null;
    const triagedAgo = proposal.daysAgo - (proposal.triagedDaysLater ?? 0);
    let caseId: string | null = null;
    if (proposal.mergedInto) {
      [{ id: caseId }] = await manager.query('select id from cases where reference = $1', [
        proposal.mergedInto,
      ]);
    }
    const [{ id, number }] = await manager.query(
      `insert into proposals (source, status, commune_code, longitude, latitude, category, body, masked_body, personal_data,
                              author_email, author_user_id, author_organization_id, token_hash,
                              moderated_at, moderated_by_user_id, moderated_by_label, moderation_note,
                              answer, triaged_at, triaged_by_user_id, triaged_by_label, case_id, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
               case when $14::uuid is null then null else ${at(proposal.daysAgo - 1, 9)} end, $14, $15, $16,
               $17, case when $18::uuid is null then null else ${at(triagedAgo, 16)} end, $18, $19, $20,
               ${at(proposal.daysAgo, 8)}, ${at(proposal.daysAgo, 8)})
       returning id, number`,
      [
        mayor ? 'MAIRIE' : 'PUBLIC',
        proposal.opened ? ProposalStatus.RELEASED : proposal.status,
        proposal.commune,
        proposal.point?.[0] ?? null,
        proposal.point?.[1] ?? null,
        proposal.category,
        proposal.text,
        maskPersonalData(proposal.text, flags),
        JSON.stringify(flags),
        proposal.email ?? null,
        mayor?.id ?? null,
        mayor?.organization_id ?? null,
        mayor ? null : createHash('sha256').update(demoLinkToken(index)).digest('hex'),
        moderator?.id ?? null,
        moderator?.label ?? null,
        proposal.note ?? null,
        proposal.opened ? null : (proposal.answer ?? null),
        proposal.opened ? null : (triager?.id ?? null),
        proposal.opened ? null : (triager?.label ?? null),
        caseId,
      ],
    );
    const linked = { reference: `P-${number}`, category: PROPOSAL_CATEGORY_LABELS[proposal.category] };
    if (proposal.mergedInto)
      await linkEvent(manager, caseId!, triager!, { ...linked, opened: false }, at(triagedAgo, 16));
    if (proposal.opened) {
      // The case a triager opened from it, as the API would have: numbered, owned by the triager's
      // organisation, its text masked, its timeline.
      const year = new Date().getFullYear();
      const [{ last }] = await manager.query(
        `insert into case_reference_counters (departement_code, year, last) values ($1, $2, 1)
         on conflict (departement_code, year) do update set last = case_reference_counters.last + 1 returning last`,
        [departementCode, year],
      );
      [{ id: caseId }] = await manager.query(
        `insert into cases (reference, title, description, category, commune_code, longitude, latitude, sensitivity,
                            owner_organization_id, created_by_user_id, opened_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, 'GREEN', $8, $9, ${at(triagedAgo, 16)}, ${at(triagedAgo, 16)}) returning id`,
        [
          `${departementCode}-${year}-${String(last).padStart(6, '0')}`,
          proposal.opened.title,
          `Ouvert à partir de la proposition P-${number} (${linked.category}) :\n\n${maskPersonalData(proposal.text, flags)}`,
          proposal.opened.category,
          proposal.commune,
          proposal.point?.[0] ?? null,
          proposal.point?.[1] ?? null,
          triager!.organization_id,
          triager!.id,
        ],
      );
      await manager.query(
        `insert into case_events (case_id, kind, actor_user_id, actor_label, data, occurred_at)
         values ($1, 'created', $2, $3, $4, ${at(triagedAgo, 16)})`,
        [
          caseId,
          triager!.id,
          triager!.label,
          JSON.stringify({ category: proposal.opened.category, sensitivity: 'GREEN' }),
        ],
      );
      await linkEvent(manager, caseId!, triager!, { ...linked, opened: true }, at(triagedAgo, 16));
      await manager.query(
        `update proposals set status = 'CASE_OPENED', case_id = $2, answer = $3, triaged_at = ${at(triagedAgo, 16)},
                triaged_by_user_id = $4, triaged_by_label = $5 where id = $1`,
        [id, caseId, proposal.answer ?? null, triager!.id, triager!.label],
      );
    }
  }
  return PROPOSALS.length;
}

async function linkEvent(
  manager: EntityManager,
  caseId: string,
  triager: { id: string; label: string },
  data: Record<string, unknown>,
  when: string,
): Promise<void> {
  await manager.query(
    `insert into case_events (case_id, kind, actor_user_id, actor_label, data, occurred_at)
     values ($1, 'proposal_linked', $2, $3, $4, ${when})`,
    [caseId, triager.id, triager.label, JSON.stringify(data)],
  );
}
