import { RETENTION_RULES } from '@continuum/server/audit';
import { Api, ok } from './api-harness';

const NOTICE = `{ personalDataNotice { controller dpoContact activities { key name retention afterRetention } } }`;

interface Notice {
  controller: string;
  dpoContact: string | null;
  activities: { key: string; name: string; retention: string; afterRetention: string | null }[];
}

describe('The « Données personnelles » notice (issue #17)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start({ privacy: { controller: null, dpoContact: 'dpd@loiret.gouv.fr' } });
  });
  afterAll(() => api?.stop());

  it('is read without an account: the controller, the DPO and the register with the durations in force', async () => {
    const { personalDataNotice } = ok(await api.visitor().gql<{ personalDataNotice: Notice }>(NOTICE));
    expect(personalDataNotice.controller).toBe('Préfet du département Loiret (45)');
    expect(personalDataNotice.dpoContact).toBe('dpd@loiret.gouv.fr');
    const byKey = Object.fromEntries(
      personalDataNotice.activities.map((activity) => [activity.key, activity]),
    );
    expect(byKey['CASES'].retention).toBe(
      '2 ans après la clôture du dossier (données nominatives des dossiers clos)',
    );
    expect(byKey['CASES'].afterRetention).toBe(RETENTION_RULES[0].outcome);
    expect(byKey['JOURNAL'].retention).toBe('1 an (journal des accès et des actions)');
    expect(personalDataNotice.activities).toHaveLength(6);
  });
});
