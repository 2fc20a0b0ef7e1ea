import { actionPermissions, CaseForRules, dateError, notPastDate } from './case-rules';

const pm = { id: 'pm', name: 'Police municipale d’Orléans' };
const bailleur = { id: 'vlh', name: 'Val de Loire Habitat Démo' };
const ddpn = { id: 'ddpn', name: 'DDPN du Loiret' };
const gien = { id: 'gien', name: 'Mairie de Gien' };

function aCase(overrides: Partial<CaseForRules> = {}): CaseForRules {
  return {
    viewerCan: { update: false },
    owner: pm,
    assignments: [
      { status: 'ACCEPTED', organization: bailleur },
      { status: 'PENDING', organization: ddpn },
      { status: 'DECLINED', organization: gien },
    ],
    shares: [],
    ...overrides,
  };
}

describe('who may plan and update actions', () => {
  it('lets the owner plan for itself and the organisations still involved, not for one that declined', () => {
    const rules = actionPermissions(aCase({ viewerCan: { update: true } }), pm);
    expect(rules.canAdd).toBe(true);
    expect(rules.organizations.map((org) => org.id)).toEqual(['pm', 'vlh', 'ddpn']);
    expect(rules.canUpdate('vlh')).toBe(true);
  });

  it('lets an accepted assignee plan only for itself, and update only its own actions', () => {
    const rules = actionPermissions(aCase(), bailleur);
    expect(rules.organizations).toEqual([bailleur]);
    expect(rules.canUpdate('vlh')).toBe(true);
    expect(rules.canUpdate('pm')).toBe(false);
  });

  it('offers nothing to an organisation whose referral is still pending', () => {
    const rules = actionPermissions(aCase(), ddpn);
    expect(rules.canAdd).toBe(false);
    expect(rules.canUpdate('pm')).toBe(false);
    expect(rules.canUpdate('ddpn')).toBe(true);
  });

  it('counts organisations the case is shared with among those involved', () => {
    const rules = actionPermissions(
      aCase({
        viewerCan: { update: true },
        assignments: [],
        shares: [{ organization: gien }, { organization: null }],
      }),
      pm,
    );
    expect(rules.organizations.map((org) => org.id)).toEqual(['pm', 'gien']);
  });
});

describe('optional dates', () => {
  it('accepts nothing or a calendar day, and says in French what is wrong otherwise', () => {
    expect(dateError({ value: '' })).toBeNull();
    expect(dateError({ value: '2026-02-28' })).toBeNull();
    expect(dateError({ value: '28/02/2026' })?.invalid).toMatch(/^Date invalide/);
  });
});

describe('a due date chosen now', () => {
  const today = () => '2026-12-07';

  it('is today or later: a past day is refused in French', () => {
    const rule = notPastDate(today);
    expect(rule({ value: '2026-12-06' })).toEqual({
      invalid: 'Cette date est passée : choisissez aujourd’hui ou un jour à venir.',
    });
    expect(rule({ value: '2026-12-07' })).toBeNull();
    expect(rule({ value: '' })).toBeNull();
  });

  it('lets the date the record already holds stay, even past', () => {
    const rule = notPastDate(today, () => '2025-01-15');
    expect(rule({ value: '2025-01-15' })).toBeNull();
    expect(rule({ value: '2025-01-16' })).not.toBeNull();
  });
});
