import { Api, codeOf, ok, Session } from './api-harness';
import { aCase } from './case-factory';
import {
  ANSWER,
  BY_LINK,
  GIEN,
  LIST,
  MERGE,
  MODERATE,
  ONE,
  OPEN_CASE,
  ORLEANS,
  PARIS_POINT,
  Proposals,
  SUBMIT_MAIRIE,
  Submitted,
} from './proposal-factory';

interface ProposalView {
  id: string;
  status: string;
  text: string;
  authorEmail: string | null;
  personalData: { kind: string; excerpt: string }[] | null;
  caseId: string | null;
  caseReference: string | null;
  mayTriage: boolean;
  answer: string | null;
}

const EMAIL = 'habitant.orleans@exemple.fr';
const PERSONAL =
  'Le conducteur, M. Dupont, gare sa voiture AB-123-CD devant le 12 rue Bannier ; appelez-moi au 06 12 34 56 78.';
const SECRETS = [EMAIL, 'Dupont', 'AB-123-CD', '12 rue Bannier', '06 12 34 56 78'];

describe('Proposals: who reads what (the moderators alone read the author’s e-mail and the personal data)', () => {
  let api: Api;
  let proposals: Proposals;
  let claire: Session;
  let serge: Session;
  let claude: Session;
  let pending: Submitted;
  let released: Submitted;
  let gienOwn: string;

  const list = async (session: Session) =>
    ok(
      await session.gql<{ proposals: { total: number; items: ProposalView[] } }>(LIST, {
        filter: { first: 200 },
      }),
    ).proposals.items;

  beforeAll(async () => {
    api = await Api.start();
    proposals = new Proposals(api);
    claire = await api.as('claire.martin@prefecture.demo');
    serge = await api.as('serge.aubert@orleans.demo');
    claude = await api.as('claude.vidal@gien.demo');
    pending = await proposals.submitted({ text: PERSONAL, email: EMAIL });
    released = await proposals.submitted({ text: `Encore : ${PERSONAL}`, email: EMAIL }, claire);
    gienOwn = ok(
      await claude.gql<{ submitMairieProposal: { id: string } }>(SUBMIT_MAIRIE, {
        input: {
          communeCode: GIEN.code,
          point: GIEN.point,
          category: 'VIDEOPROTECTION',
          text: 'Nous proposons deux caméras sur le quai de Loire, où les dégradations se répètent.',
        },
      }),
    ).submitMairieProposal.id;
  });
  afterAll(() => api.stop());

  it('shows the cabinet every proposal, pending ones included, with the e-mail and the flagged data', async () => {
    const items = await list(claire);
    const mine = items.find((item) => item.id === pending.id)!;
    expect(mine.status).toBe('PENDING');
    expect(mine.authorEmail).toBe(EMAIL);
    expect(mine.text).toContain('06 12 34 56 78');
    expect(mine.personalData!.map((flag) => flag.kind)).toEqual(['PERSON', 'PLATE', 'ADDRESS', 'PHONE']);
    expect(items.map((item) => item.id)).toEqual(expect.arrayContaining([released.id, gienOwn]));
  });

  it('hides a pending proposal from the commune’s mairie, and shows it a released one masked', async () => {
    const items = await list(serge);
    expect(items.map((item) => item.id)).not.toContain(pending.id);
    expect(items.map((item) => item.id)).not.toContain(gienOwn);
    const shown = items.find((item) => item.id === released.id)!;
    expect(shown).toMatchObject({ authorEmail: null, personalData: null, mayTriage: true });
    expect(shown.text).toContain('[numéro de téléphone masqué]');
    const one = await serge.gql(ONE, { id: pending.id });
    expect(codeOf(one)).toBe('NOT_FOUND');
    for (const secret of SECRETS)
      expect(JSON.stringify(await serge.gql(ONE, { id: released.id }))).not.toContain(secret);
  });

  it('lets a mayor follow his own proposal before moderation, and nobody else’s commune', async () => {
    const items = await list(claude);
    expect(items.find((item) => item.id === gienOwn)).toMatchObject({ status: 'PENDING', mayTriage: false });
    expect(items.map((item) => item.id)).not.toContain(released.id);
  });

  it.each([
    ['the police (a public authority)', 'laurent.moreau@police.demo'],
    ['the police municipale', 'paul.durand@pm-orleans.demo'],
    ['a private partner', 'nadia.fournier@bailleur.demo'],
    ['the technical administration', 'admin@continuum.demo'],
  ])('shows %s nothing at all', async (_who, email) => {
    const session = await api.as(email);
    expect(await list(session)).toEqual([]);
    for (const id of [pending.id, released.id, gienOwn])
      expect(codeOf(await session.gql(ONE, { id }))).toBe('NOT_FOUND');
    const statistics = ok(
      await session.gql<{ proposalStatistics: unknown[] }>(
        `{ proposalStatistics(from: "2020-01-01", to: "2099-01-01") { communeCode submitted } }`,
      ),
    );
    expect(statistics.proposalStatistics).toEqual([]);
    expect(codeOf(await session.gql(ANSWER, { id: released.id, answer: 'Une réponse suffisante.' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('shows the author, through the private link, their own proposal only, masked, and nothing for a made-up link', async () => {
    const mine = ok(
      await api
        .visitor()
        .gql<{ proposalByLink: { reference: string; text: string } }>(BY_LINK, { token: pending.token }),
    );
    expect(mine.proposalByLink.reference).toBe(pending.reference);
    for (const secret of SECRETS) expect(JSON.stringify(mine)).not.toContain(secret);
    const other = ok(
      await api.visitor().gql<{ proposalByLink: { reference: string } }>(BY_LINK, { token: released.token }),
    );
    expect(other.proposalByLink.reference).toBe(released.reference);
    expect(codeOf(await api.visitor().gql(BY_LINK, { token: `${pending.token.slice(0, -2)}xx` }))).toBe(
      'NOT_FOUND',
    );
    // The hash is what is stored: the token read from the database does not open the page.
    const [{ token_hash }] = await api.dataSource.query(`select token_hash from proposals where id = $1`, [
      pending.id,
    ]);
    expect(codeOf(await api.visitor().gql(BY_LINK, { token: token_hash }))).toBe('NOT_FOUND');
  });

  it('names a merged case only to a reader who may read it', async () => {
    const policeCase = await aCase(api).ownedBy('DDPN du Loiret').sensitivity('AMBER').build();
    const merged = await proposals.submitted({}, claire);
    // The mairie cannot merge into a case it does not read: refused on the field, nothing changed.
    const refused = await serge.gql(MERGE, { id: merged.id, caseId: policeCase.id });
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'caseId' } });
    expect(refused.errors?.[0].message).toMatch(/dossier que vous pouvez lire/);
    ok(
      await claire.gql(MERGE, {
        id: merged.id,
        caseId: policeCase.id,
        message: 'Le commissariat suit déjà ce point.',
      }),
    );
    const bySerge = ok(await serge.gql<{ proposal: ProposalView }>(ONE, { id: merged.id })).proposal;
    expect(bySerge).toMatchObject({ status: 'MERGED', caseId: null, caseReference: null });
    const byClaire = ok(await claire.gql<{ proposal: ProposalView }>(ONE, { id: merged.id })).proposal;
    expect(byClaire.caseId).toBe(policeCase.id);
    const events = await api.dataSource.query(
      `select kind from case_events where case_id = $1 and kind = 'proposal_linked'`,
      [policeCase.id],
    );
    expect(events).toHaveLength(1);
  });
});

describe('Proposals: moderation and triage', () => {
  let api: Api;
  let proposals: Proposals;
  let claire: Session;
  let serge: Session;

  beforeAll(async () => {
    api = await Api.start();
    proposals = new Proposals(api);
    claire = await api.as('claire.martin@prefecture.demo');
    serge = await api.as('serge.aubert@orleans.demo');
  });
  afterAll(() => api.stop());

  it('lets the mairie answer once the cabinet released it; the author reads it by the link and by e-mail', async () => {
    const proposal = await proposals.submitted({ email: 'voisin@exemple.fr' });
    expect(codeOf(await serge.gql(ANSWER, { id: proposal.id, answer: 'Nous passerons ce soir.' }))).toBe(
      'NOT_FOUND',
    );
    ok(await claire.gql(MODERATE, { id: proposal.id, release: true }));
    ok(
      await serge.gql(ANSWER, {
        id: proposal.id,
        answer: 'La police municipale passera chaque soir ce mois-ci.',
      }),
    );
    const link = ok(
      await api
        .visitor()
        .gql<{ proposalByLink: { status: string; answer: string } }>(BY_LINK, { token: proposal.token }),
    );
    expect(link.proposalByLink).toMatchObject({
      status: 'ANSWERED',
      answer: 'La police municipale passera chaque soir ce mois-ci.',
    });
    const mails = await api.dataSource.query(
      `select to_address, subject, text from mail_messages where topic = 'proposal.outcome' and reference_id = $1`,
      [proposal.id],
    );
    expect(mails).toHaveLength(1);
    expect(mails[0].to_address).toBe('voisin@exemple.fr');
    expect(mails[0].text).toContain('La police municipale passera chaque soir ce mois-ci.');
    expect(mails[0].text).not.toContain(proposal.token);
  });

  it('turns a proposal into a case through the cases service: linked, on the timeline, personal data left out', async () => {
    const proposal = await proposals.submitted({ text: `Rodéos chaque dimanche. ${PERSONAL}` }, claire);
    const { openCaseFromProposal } = ok(
      await claire.gql<{ openCaseFromProposal: { status: string; caseId: string; caseReference: string } }>(
        OPEN_CASE,
        {
          id: proposal.id,
          input: { title: 'Rodéos motorisés du dimanche', category: 'RODEOS_URBAINS', sensitivity: 'GREEN' },
        },
      ),
    );
    expect(openCaseFromProposal.status).toBe('CASE_OPENED');
    expect(openCaseFromProposal.caseReference).toMatch(/^45-\d{4}-\d{6}$/);
    const [created] = await api.dataSource.query(
      `select description, owner_organization_id, commune_code from cases where id = $1`,
      [openCaseFromProposal.caseId],
    );
    expect(created.commune_code).toBe(ORLEANS.code);
    expect(created.description).toContain(proposal.reference);
    for (const secret of SECRETS) expect(created.description).not.toContain(secret);
    const kinds = (
      await api.dataSource.query(`select kind from case_events where case_id = $1 order by id`, [
        openCaseFromProposal.caseId,
      ])
    ).map((row: { kind: string }) => row.kind);
    expect(kinds).toEqual(['created', 'proposal_linked']);
  });

  it('masks, at release, what the patterns missed — for every reader but the moderators', async () => {
    const proposal = await proposals.submitted({
      text: 'Jean Valjean, du bâtiment C, vole des vélos ; tout le monde connaît Jean Valjean ici.',
    });
    const MODERATE_MASKS = `mutation($id: ID!, $masks: [String!]) { moderateProposal(id: $id, release: true, masks: $masks) { id status } }`;
    const absent = await claire.gql(MODERATE_MASKS, { id: proposal.id, masks: ['Cosette'] });
    expect(absent.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'masks' } });
    expect(absent.errors?.[0].message).toMatch(/absent du texte : « Cosette »/);
    const [still] = await api.dataSource.query(`select status from proposals where id = $1`, [proposal.id]);
    expect(still.status).toBe('PENDING');
    ok(await claire.gql(MODERATE_MASKS, { id: proposal.id, masks: ['Jean Valjean', 'bâtiment C'] }));
    const bySerge = ok(await serge.gql<{ proposal: ProposalView }>(ONE, { id: proposal.id })).proposal;
    expect(bySerge.text).toBe(
      '[donnée personnelle masquée], du [donnée personnelle masquée], vole des vélos ; tout le monde connaît [donnée personnelle masquée] ici.',
    );
    const link = ok(
      await api.visitor().gql<{ proposalByLink: { text: string } }>(BY_LINK, { token: proposal.token }),
    );
    expect(link.proposalByLink.text).not.toContain('Valjean');
    const byClaire = ok(await claire.gql<{ proposal: ProposalView }>(ONE, { id: proposal.id })).proposal;
    expect(byClaire.text).toContain('Jean Valjean');
    expect(byClaire.personalData!.map((flag) => flag.kind)).toEqual(['OTHER', 'OTHER', 'OTHER']);
  });

  it('asks a reason to reject, and then the proposal can no longer be triaged', async () => {
    const proposal = await proposals.submitted();
    const noReason = await claire.gql(MODERATE, { id: proposal.id, release: false });
    expect(noReason.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'note' } });
    ok(await claire.gql(MODERATE, { id: proposal.id, release: false, note: 'Propos injurieux.' }));
    const late = await claire.gql(ANSWER, { id: proposal.id, answer: 'Trop tard pour répondre.' });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(late.errors?.[0].message).toMatch(/pas été retenue/);
  });

  it('counts proposals by commune and category with their answer delays, within what the reader may read', async () => {
    const rows = (session: Session) =>
      session
        .gql<{
          proposalStatistics: {
            communeCode: string;
            category: string;
            submitted: number;
            treated: number;
            medianDays: number | null;
          }[];
        }>(
          `{ proposalStatistics(from: "2020-01-01", to: "2099-01-01") { communeCode category submitted treated medianDays } }`,
        )
        .then((result) => ok(result).proposalStatistics);
    const all = await rows(claire);
    const orleans = all.find((row) => row.communeCode === ORLEANS.code && row.category === 'TRANQUILLITE')!;
    expect(orleans.submitted).toBeGreaterThanOrEqual(3);
    expect(orleans.treated).toBeGreaterThanOrEqual(2);
    expect(orleans.medianDays).not.toBeNull();
    const bySerge = await rows(serge);
    expect(new Set(bySerge.map((row) => row.communeCode))).toEqual(new Set([ORLEANS.code]));
    const sergeOrleans = bySerge.find((row) => row.category === 'TRANQUILLITE')!;
    // Pending and rejected proposals of the public are not the mairie's to count.
    expect(sergeOrleans.submitted).toBeLessThan(orleans.submitted);
    const badDate = await claire.gql(
      `{ proposalStatistics(from: "2026-02-30", to: "2027-01-01") { communeCode } }`,
    );
    expect(badDate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'from' } });
  });
});

describe('Proposals: bad input and abuse, refused in French on their field, nothing written', () => {
  let api: Api;
  let proposals: Proposals;

  beforeAll(async () => {
    api = await Api.start();
    proposals = new Proposals(api);
  });
  afterAll(() => api.stop());

  const refusedOn = async (overrides: Record<string, unknown>, field: string, message: RegExp) => {
    const before = await proposals.count();
    const result = await proposals.send(api.visitor(), await proposals.input(overrides));
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(result.errors?.[0].message).toMatch(message);
    expect(await proposals.count()).toBe(before);
  };

  it.each([
    ['an empty text', { text: '' }, 'input.text', /de 20 à 4.000 caractères/],
    ['a text of blanks', { text: ' \u200b'.repeat(30) }, 'input.text', /de 20 à 4.000 caractères/],
    ['an oversize text', { text: 'a'.repeat(4001) }, 'input.text', /de 20 à 4.000 caractères/],
    ['a point outside the département', { point: PARIS_POINT }, 'input.point', /hors du département \(45\)/],
    [
      'a point outside the commune',
      { point: GIEN.point },
      'input.point',
      /hors de la commune choisie \(Orléans\)/,
    ],
    [
      'a commune outside the département',
      { communeCode: '75056', point: null },
      'input.communeCode',
      /hors du département 45/,
    ],
    ['an invalid e-mail', { email: 'pas-une-adresse' }, 'input.email', /Adresse électronique invalide/],
    ['a filled honeypot', { website: 'http://spam.example' }, 'input.website', /doit rester vide/],
    ['a forged form token', { formToken: 'f1.abc.def.ghi' }, 'input.formToken', /n’est pas valide/],
  ])('%s', async (_what, overrides, field, message) => {
    await refusedOn(overrides, field, message);
  });

  it('a submission faster than a person could write, and a token too old', async () => {
    await refusedOn({ formToken: await proposals.formToken(500) }, 'input.formToken', /Envoi trop rapide/);
    await refusedOn({ formToken: await proposals.formToken(3 * 3600_000) }, 'input.formToken', /a expiré/);
  });

  it('a place refused leaves the form usable: corrected, the same form is accepted', async () => {
    const visitor = api.visitor();
    const input = await proposals.input({ point: GIEN.point });
    const refused = await proposals.send(visitor, input);
    expect(refused.errors?.[0]).toMatchObject({ extensions: { field: 'input.point' } });
    ok(await proposals.send(visitor, { ...input, point: ORLEANS.point }));
  });

  it('a form sent twice: the second is refused', async () => {
    const input = await proposals.input();
    ok(await proposals.send(api.visitor(), input));
    await refusedOn({ formToken: input['formToken'] }, 'input.formToken', /déjà été envoyé/);
  });

  it('a real form token, used at once, is refused as too fast', async () => {
    const visitor = api.visitor();
    const { proposalForm } = ok(
      await visitor.gql<{ proposalForm: { token: string; minimumSeconds: number } }>(
        `{ proposalForm { token minimumSeconds } }`,
      ),
    );
    expect(proposalForm.minimumSeconds).toBe(3);
    await refusedOn({ formToken: proposalForm.token }, 'input.formToken', /Envoi trop rapide/);
  });

  it('limits the submissions of one address, and only that address', async () => {
    const abusive = api.visitor();
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await proposals.send(abusive, await proposals.input()));
    expect(results.map((result) => codeOf(result) ?? 'OK')).toEqual([
      'OK',
      'OK',
      'OK',
      'OK',
      'OK',
      'TOO_MANY_REQUESTS',
      'TOO_MANY_REQUESTS',
    ]);
    expect(results[5].errors?.[0].message).toMatch(/Trop de propositions envoyées depuis cette adresse/);
    ok(await proposals.send(api.visitor(), await proposals.input()));
  });

  it('a mairie proposing for another commune, or outside the département', async () => {
    const serge = await api.as('serge.aubert@orleans.demo');
    const before = await proposals.count();
    const input = {
      communeCode: GIEN.code,
      category: 'AUTRE',
      text: 'Une proposition pour la commune voisine.',
    };
    const other = await serge.gql(SUBMIT_MAIRIE, { input });
    expect(other.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'input.communeCode' },
    });
    expect(other.errors?.[0].message).toMatch(/pour sa commune seulement, pas pour Gien/);
    const far = await serge.gql(SUBMIT_MAIRIE, {
      input: { ...input, communeCode: ORLEANS.code, point: PARIS_POINT },
    });
    expect(far.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.point' } });
    expect(await proposals.count()).toBe(before);
    const police = await api.as('laurent.moreau@police.demo');
    expect(codeOf(await police.gql(SUBMIT_MAIRIE, { input: { ...input, communeCode: ORLEANS.code } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('an empty or oversize answer', async () => {
    const claire = await api.as('claire.martin@prefecture.demo');
    const proposal = await proposals.submitted({}, claire);
    for (const answer of ['', '   ', 'x'.repeat(4001)]) {
      const result = await claire.gql(ANSWER, { id: proposal.id, answer });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'answer' } });
      expect(result.errors?.[0].message).toMatch(/La réponse doit compter de 5 à 4.000 caractères/);
    }
    const [row] = await api.dataSource.query(`select status, answer from proposals where id = $1`, [
      proposal.id,
    ]);
    expect(row).toEqual({ status: 'RELEASED', answer: null });
  });
});
