import type { EntityManager } from 'typeorm';

/**
 * The demo's contracts (issue #16): a contrat de sécurité intégrée for Orléans and the « sécurité »
 * section of Gien's « Petites villes de demain » convention, each with commitments kept, running,
 * not kept and overdue. Fictional; dates relative to `today`, so the same seed on the same day
 * gives the same rows. Written once: a second seed finds contracts and adds none.
 */
interface DemoCommitment {
  owner: string;
  text: string;
  /** Days from today (negative: past). */
  due: number;
  status: 'TODO' | 'IN_PROGRESS' | 'KEPT' | 'NOT_KEPT';
  note?: string;
  /** Link the first coordinated operation of the contract's commune. */
  operation?: boolean;
  /** Link an open action of a case of the contract's commune owned by this organisation. */
  actionOf?: string;
}

interface DemoContract {
  kind: 'CSI' | 'PVD';
  title: string;
  communes: string[];
  parties: [string, 'STATE' | 'TERRITORY' | 'PARTNER'][];
  signed: number;
  starts: number;
  ends: number;
  reference: string;
  text: string;
  commitments: DemoCommitment[];
}

const CABINET = 'Préfecture du Loiret — cabinet';
const CLAIRE = 'Claire Martin (Préfecture du Loiret — cabinet)';

const CONTRACTS: DemoContract[] = [
  {
    kind: 'CSI',
    title: 'Contrat de sécurité intégrée d’Orléans 2026-2028',
    communes: ['45234'],
    parties: [
      [CABINET, 'STATE'],
      ['Mairie d’Orléans', 'TERRITORY'],
      ['DDPN du Loiret', 'PARTNER'],
      ['Police municipale d’Orléans', 'PARTNER'],
      ['Parquet d’Orléans', 'PARTNER'],
      ['Val de Loire Habitat Démo', 'PARTNER'],
    ],
    signed: -300,
    starts: -300,
    ends: 795,
    reference: 'Délibération du conseil municipal n° 2026-041 (fictive)',
    text:
      'Le présent contrat engage l’État et la ville d’Orléans, avec leurs partenaires, sur des objectifs partagés de sécurité du quotidien.\n\n' +
      'Article 1 — L’État renforce les effectifs de la police nationale ; la ville développe sa police municipale et la vidéoprotection.\n\n' +
      'Article 2 — Les parties se réunissent chaque semestre en CLSPD pour suivre les engagements ci-dessous.',
    commitments: [
      {
        owner: CABINET,
        text: 'Affecter dix policiers supplémentaires à la circonscription d’Orléans',
        due: -120,
        status: 'KEPT',
      },
      {
        owner: 'Mairie d’Orléans',
        text: 'Étendre la vidéoprotection à douze nouveaux sites, dont la place de la Bourgogne',
        due: -30,
        status: 'IN_PROGRESS',
        note: 'Huit sites installés ; marché des quatre derniers en cours.',
      },
      {
        owner: 'Police municipale d’Orléans',
        text: 'Porter les patrouilles de soirée jusqu’à 2 h du jeudi au samedi',
        due: -60,
        status: 'KEPT',
        actionOf: 'Police municipale d’Orléans',
      },
      {
        owner: 'DDPN du Loiret',
        text: 'Mener une opération de sécurisation chaque mois dans le QRR La Source',
        due: 90,
        status: 'IN_PROGRESS',
        operation: true,
      },
      {
        owner: 'Parquet d’Orléans',
        text: 'Désigner un magistrat référent pour les incivilités du quotidien',
        due: -200,
        status: 'KEPT',
      },
      {
        owner: 'Val de Loire Habitat Démo',
        text: 'Résidentialiser deux halls d’immeuble de l’Argonne',
        due: -10,
        status: 'TODO',
      },
      {
        owner: 'Mairie d’Orléans',
        text: 'Renforcer l’éclairage public des abords de la gare',
        due: 180,
        status: 'TODO',
      },
    ],
  },
  {
    kind: 'PVD',
    title: 'Convention Petites villes de demain de Gien — volet sécurité',
    communes: ['45155'],
    parties: [
      [CABINET, 'STATE'],
      ['Mairie de Gien', 'TERRITORY'],
      ['Groupement de gendarmerie du Loiret', 'PARTNER'],
    ],
    signed: -250,
    starts: -240,
    ends: 850,
    reference: 'Avenant n° 2 à la convention PVD de Gien (fictif)',
    text:
      'Le volet « sécurité » de la convention Petites villes de demain de Gien porte sur la tranquillité du centre-ville revitalisé.\n\n' +
      'Les parties en suivent les engagements en comité de projet.',
    commitments: [
      {
        owner: 'Mairie de Gien',
        text: 'Adopter un plan de tranquillité publique du centre-ville',
        due: -150,
        status: 'KEPT',
      },
      {
        owner: 'Groupement de gendarmerie du Loiret',
        text: 'Assurer une présence visible les jours de marché, place du Château',
        due: -15,
        status: 'TODO',
      },
      {
        owner: CABINET,
        text: 'Accompagner la demande FIPD de vidéoprotection du centre-ville',
        due: -90,
        status: 'NOT_KEPT',
        note: 'Dossier incomplet à la date limite : à redéposer à la prochaine campagne.',
      },
      { owner: 'Mairie de Gien', text: 'Recruter un second garde champêtre', due: 120, status: 'TODO' },
    ],
  },
];

export async function seedDemoContracts(manager: EntityManager, today: string): Promise<number> {
  const [existing] = await manager.query('select count(*)::int as n from contracts');
  if (existing.n > 0) return 0;
  const day = (offset: number) => `(cast($1 as date) + ${Math.trunc(offset)})`;
  for (const contract of CONTRACTS) {
    const [row] = await manager.query(
      `insert into contracts (kind, title, status, signed_on, starts_on, ends_on, document_reference, document_text,
                              created_by_label, status_changed_at, status_changed_by_label, created_at, updated_at)
       values ($2, $3, 'IN_FORCE', ${day(contract.signed)}, ${day(contract.starts)}, ${day(contract.ends)}, $4, $5, $6,
               ${day(contract.starts)}::timestamp + interval '9 hours', $6, ${day(contract.signed - 30)}::timestamp + interval '10 hours',
               ${day(contract.starts)}::timestamp + interval '9 hours')
       returning id`,
      [today, contract.kind, contract.title, contract.reference, contract.text, CLAIRE],
    );
    await manager.query(
      'insert into contract_communes (contract_id, commune_code) select $1, unnest($2::varchar[])',
      [row.id, contract.communes],
    );
    for (const [name, role] of contract.parties)
      await manager.query(
        `insert into contract_parties (contract_id, organization_id, role) select $1, id, $3 from organizations where name = $2`,
        [row.id, name, role],
      );
    let position = 0;
    for (const commitment of contract.commitments) {
      position++;
      const closed = commitment.status !== 'TODO';
      const [inserted] = await manager.query(
        `insert into contract_commitments (contract_id, position, owner_organization_id, text, due_on, status, status_note,
                                           status_changed_at, status_changed_by_label, created_at, updated_at)
         select $2, $3, o.id, $5, ${day(commitment.due)}, $6, $7,
                case when $8 then ${day(Math.min(commitment.due - 3, -1))}::timestamp + interval '11 hours' end,
                case when $8 then o.name end,
                ${day(contract.starts)}::timestamp + interval '9 hours', ${day(contract.starts)}::timestamp + interval '9 hours'
           from organizations o where o.name = $4
         returning id`,
        [
          today,
          row.id,
          position,
          commitment.owner,
          commitment.text,
          commitment.status,
          commitment.note ?? null,
          closed,
        ],
      );
      if (commitment.operation)
        await manager.query(
          `insert into contract_commitment_operations (commitment_id, operation_id)
           select $1, o.id from operations o where $2 = any(o.commune_codes) order by o.reference limit 1`,
          [inserted.id, contract.communes[0]],
        );
      if (commitment.actionOf)
        await manager.query(
          `insert into contract_commitment_actions (commitment_id, action_id)
           select $1, a.id from case_actions a join cases c on c.id = a.case_id join organizations o on o.id = a.organization_id
            where o.name = $2 and c.commune_code = $3 and c.sensitivity in ('CLEAR', 'GREEN')
            order by c.reference, a.title limit 1`,
          [inserted.id, commitment.actionOf, contract.communes[0]],
        );
    }
  }
  return CONTRACTS.length;
}
