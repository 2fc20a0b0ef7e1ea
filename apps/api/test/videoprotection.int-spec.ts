import { Api, codeOf, ok, Session } from './api-harness';
import { race, unexpected } from './race-outcomes';

const PROJECT_FIELDS = `id reference communeCode organizationName title status cameras targeted hotspotYear
  opinion opinionText fundingRequestedAmount fundingGranted fundingGrantedAmount nextStep canAbandon
  sites { id name cameras geometry priorityZones inHotspot targeted zoneId }
  history { status actorLabel note }`;
const LIST = `query($filter: VideoProjectFilter) { videoProjects(filter: $filter) { ${PROJECT_FIELDS} } }`;
const ONE = `query($id: ID!) { videoProject(id: $id) { ${PROJECT_FIELDS} } }`;
const HOTSPOTS = `query($id: ID!) { videoProjectHotspots(id: $id) { year resolution cells } }`;
const SUBMIT = `mutation($input: SubmitVideoProjectInput!) { submitVideoProject(input: $input) { ${PROJECT_FIELDS} } }`;
const ADVANCE = `mutation($input: AdvanceVideoProjectInput!) { advanceVideoProject(input: $input) { ${PROJECT_FIELDS} } }`;

interface Site {
  id: string;
  name: string;
  priorityZones: string[];
  inHotspot: boolean;
  targeted: boolean;
  zoneId: string | null;
}
interface Project {
  id: string;
  communeCode: string;
  organizationName: string;
  title: string;
  status: string;
  targeted: boolean;
  nextStep: string | null;
  canAbandon: boolean;
  fundingGrantedAmount: number | null;
  sites: Site[];
  history: { status: string; actorLabel: string; note: string | null }[];
}

const ORLEANS = '45234';
const GIEN = '45155';
const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });
const square = (lon: number, lat: number, d = 0.001) => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});

describe('Video-protection projects: who reads what, each step once and in order, sites placed and made zones', () => {
  let api: Api;
  const s: Record<string, Session> = {};
  const EMAILS = {
    claire: 'claire.martin@prefecture.demo',
    marc: 'marc.petit@orleans.demo',
    serge: 'serge.aubert@orleans.demo',
    gaelle: 'gaelle.lambert@montargis.demo',
    claude: 'claude.vidal@gien.demo',
    karim: 'karim.benali@police.demo',
    laurent: 'laurent.moreau@police.demo',
    paul: 'paul.durand@pm-orleans.demo',
    nadia: 'nadia.fournier@bailleur.demo',
    julie: 'julie.lefebvre@gendarmerie.demo',
    admin: 'admin@continuum.demo',
  };

  const list = async (who: string, filter: Record<string, unknown> = {}) =>
    ok(await s[who].gql<{ videoProjects: Project[] }>(LIST, { filter })).videoProjects;
  const submit = (who: string, input: Record<string, unknown>) =>
    s[who].gql<{ submitVideoProject: Project }>(SUBMIT, { input });
  const advance = (who: string, input: Record<string, unknown>) =>
    s[who].gql<{ advanceVideoProject: Project }>(ADVANCE, { input });
  const statusOf = async (id: string) =>
    (await api.dataSource.query(`select status from video_projects where id = $1`, [id]))[0].status as string;
  const count = async (table: string) =>
    (await api.dataSource.query(`select count(*)::int as n from ${table}`))[0].n as number;
  const newOrleansProject = async (title = 'Projet de test') =>
    ok(
      await submit('marc', {
        communeCode: ORLEANS,
        title,
        purpose: 'Protéger les abords de la place et dissuader les dégradations.',
        sites: [
          { name: 'Place Mozart', cameras: 4, geometry: point(1.93114, 47.90997) },
          { name: 'Parvis', cameras: 2, geometry: square(1.905, 47.9) },
        ],
      }),
    ).submitVideoProject;

  beforeAll(async () => {
    api = await Api.start();
    for (const [key, email] of Object.entries(EMAILS)) s[key] = await api.as(email);
    s['karim2'] = await api.as(EMAILS.karim);
  });
  afterAll(() => api.stop());

  describe('who reads what', () => {
    it('the cabinet reads every project; a mairie its own; the referent those of his competence; nobody else anything', async () => {
      const all = await list('claire');
      expect(all.length).toBeGreaterThanOrEqual(7);
      const marc = await list('marc');
      expect(marc.length).toBeGreaterThanOrEqual(5);
      expect(marc.every((p) => p.organizationName === 'Mairie d’Orléans')).toBe(true);
      const gaelle = await list('gaelle');
      expect(gaelle.length).toBeGreaterThanOrEqual(2);
      expect(gaelle.every((p) => p.organizationName === 'Mairie de Montargis')).toBe(true);
      // Karim's DDPN covers the metropole and the Montargis agglomeration, not Gien.
      const karim = await list('karim');
      expect(karim.length).toBeGreaterThanOrEqual(7);
      expect(karim.some((p) => p.communeCode === GIEN)).toBe(false);
      for (const who of ['laurent', 'paul', 'nadia', 'julie', 'admin', 'claude']) {
        const gienOwn = who === 'claude';
        const seen = await list(who);
        expect({ who, seen: seen.filter((p) => !gienOwn || p.communeCode !== GIEN).length }).toEqual({
          who,
          seen: 0,
        });
      }
    });

    it('a project one may not read is NOT_FOUND exactly as one that never existed, and its hot cells are the cabinet’s', async () => {
      const [argonne] = (await list('claire')).filter(
        (p) => p.title === 'Vidéoprotection du quartier de l’Argonne',
      );
      const never = await s['nadia'].gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
      for (const who of ['nadia', 'laurent', 'paul', 'admin', 'gaelle', 'claude']) {
        const result = await s[who].gql(ONE, { id: argonne.id });
        expect({ who, errors: result.errors }).toEqual({ who, errors: never.errors });
        const hot = await s[who].gql(HOTSPOTS, { id: argonne.id });
        expect({ who, code: codeOf(hot) }).toEqual({ who, code: 'NOT_FOUND' });
      }
      expect(codeOf(await s['marc'].gql(HOTSPOTS, { id: argonne.id }))).toBe('NOT_FOUND');
      expect(codeOf(await s['karim'].gql(HOTSPOTS, { id: argonne.id }))).toBe('NOT_FOUND');
      const cabinet = ok(
        await s['claire'].gql<{ videoProjectHotspots: { cells: { features: unknown[] } } }>(HOTSPOTS, {
          id: argonne.id,
        }),
      );
      expect(cabinet.videoProjectHotspots.cells.features.length).toBeGreaterThan(0);
    });
  });

  describe('targeting: « en ciblant les lieux identifiés dans les cartographies locales »', () => {
    it('says which sites lie in a priority zone or a hotspot, and sorts the list by it', async () => {
      const [argonne] = (await list('marc')).filter(
        (p) => p.title === 'Vidéoprotection du quartier de l’Argonne',
      );
      const mozart = argonne.sites.find((site) => site.name === 'Place Mozart')!;
      expect(mozart).toMatchObject({ priorityZones: ['QPV L’Argonne'], inHotspot: true, targeted: true });
      // Few facts around Montargis' station parking: neither a priority zone nor a hotspot.
      const [parking] = (await list('gaelle')).filter((p) => p.title === 'Parking de la gare');
      expect(parking.sites[0]).toMatchObject({ priorityZones: [], inHotspot: false, targeted: false });
      expect(parking.targeted).toBe(false);
      const sorted = await list('claire', { sort: 'TARGETED_FIRST' });
      const firstUntargeted = sorted.findIndex((p) => !p.targeted);
      expect(firstUntargeted).toBeGreaterThan(0);
      expect(sorted.slice(firstUntargeted).every((p) => !p.targeted)).toBe(true);
    });
  });

  describe('bad input: refused in French, the field named, nothing changed', () => {
    it('refuses a site outside the commune', async () => {
      const before = await count('video_projects');
      const result = await submit('marc', {
        communeCode: ORLEANS,
        title: 'Hors commune',
        purpose: 'Un site tracé à Fleury-les-Aubrais par erreur.',
        sites: [
          { name: 'Place', cameras: 2, geometry: point(1.905, 47.9) },
          { name: 'Gare de Gien', cameras: 2, geometry: point(2.63, 47.69) },
        ],
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!['field']).toBe('input.sites.1.geometry');
      expect(result.errors![0].message).toBe('Le site « Gare de Gien » sort de la commune de Orléans.');
      expect(await count('video_projects')).toBe(before);
    });

    it('refuses another commune than the mairie’s, a line as a site, no site at all', async () => {
      const base = { title: 'Projet', purpose: 'Une finalité suffisamment longue.' };
      const other = await submit('marc', {
        ...base,
        communeCode: GIEN,
        sites: [{ name: 'Gare', cameras: 1, geometry: point(2.63, 47.69) }],
      });
      expect(other.errors![0].extensions!['field']).toBe('input.communeCode');
      const line = await submit('marc', {
        ...base,
        communeCode: ORLEANS,
        sites: [
          {
            name: 'Rue',
            cameras: 1,
            geometry: {
              type: 'LineString',
              coordinates: [
                [1.9, 47.9],
                [1.91, 47.9],
              ],
            },
          },
        ],
      });
      expect(line.errors![0].extensions!['field']).toBe('input.sites.0.geometry');
      const none = await submit('marc', { ...base, communeCode: ORLEANS, sites: [] });
      expect(codeOf(none)).toBe('BAD_USER_INPUT');
      expect(none.errors![0].message).toBe('Tracez au moins un site sur la carte.');
    });

    it('refuses a step skipped or taken backwards, a negative amount, an opinion out of the referent’s competence', async () => {
      const project = await newOrleansProject('Étapes dans l’ordre');
      const skipped = await advance('marc', {
        projectId: project.id,
        step: 'FUNDING_REQUESTED',
        amount: 1000,
      });
      expect(skipped.errors![0]).toMatchObject({
        message:
          'Étape refusée : le projet est à l’étape « Demandé » ; l’étape suivante est « Avis du référent sûreté rendu », pas « Financement FIPD demandé ».',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.step' },
      });
      expect(await statusOf(project.id)).toBe('REQUESTED');
      ok(
        await advance('karim', {
          projectId: project.id,
          step: 'OPINION_GIVEN',
          opinion: 'FAVORABLE',
          opinionText: 'Implantation cohérente.',
        }),
      );
      const back = await advance('karim', { projectId: project.id, step: 'REQUESTED' });
      expect(back.errors![0].extensions!['field']).toBe('input.step');
      const again = await advance('karim', {
        projectId: project.id,
        step: 'OPINION_GIVEN',
        opinion: 'UNFAVORABLE',
        opinionText: 'Changement d’avis.',
      });
      // The same step again: the project has moved on — a conflict saying who moved it.
      expect([again.errors![0].extensions!['code'], again.errors![0].message]).toEqual([
        'CONFLICT',
        expect.stringMatching(
          /^Ce projet vient de passer à l’étape « Avis du référent sûreté rendu » \(Karim Benali/,
        ),
      ]);
      const negative = await advance('marc', {
        projectId: project.id,
        step: 'FUNDING_REQUESTED',
        amount: -500,
      });
      expect(negative.errors![0]).toMatchObject({
        message: 'Le montant FIPD demandé doit être positif.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.amount' },
      });
      const [row] = await api.dataSource.query(
        `select status, opinion, funding_requested_amount from video_projects where id = $1`,
        [project.id],
      );
      expect(row).toEqual({ status: 'OPINION_GIVEN', opinion: 'FAVORABLE', funding_requested_amount: null });

      // Gien lies outside the DDPN's competence: its project is nowhere for Karim.
      const gien = ok(
        await submit('claude', {
          communeCode: GIEN,
          title: 'Quais de Loire',
          purpose: 'Protéger les quais et le pont lors des manifestations estivales.',
          sites: [{ name: 'Pont de Gien', cameras: 3, geometry: point(2.6305, 47.6855) }],
        }),
      ).submitVideoProject;
      const outside = await advance('karim', {
        projectId: gien.id,
        step: 'OPINION_GIVEN',
        opinion: 'FAVORABLE',
        opinionText: 'Avis hors compétence.',
      });
      expect(outside.errors![0]).toMatchObject({
        message: 'Projet de vidéoprotection introuvable.',
        extensions: { code: 'NOT_FOUND', field: 'input.projectId' },
      });
      expect(await statusOf(gien.id)).toBe('REQUESTED');
      // Nor may the mairie give the opinion, or the cabinet decide a funding not requested.
      expect(
        codeOf(
          await advance('marc', {
            projectId: project.id,
            step: 'FUNDING_DECIDED',
            granted: true,
            amount: 10,
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    });

    it('refuses a granted amount above the requested one, and the funding decision to anyone but the cabinet', async () => {
      const project = await newOrleansProject('Montant accordé');
      ok(
        await advance('karim', {
          projectId: project.id,
          step: 'OPINION_GIVEN',
          opinion: 'FAVORABLE',
          opinionText: 'Avis favorable motivé.',
        }),
      );
      ok(await advance('marc', { projectId: project.id, step: 'FUNDING_REQUESTED', amount: 12000 }));
      const mairie = await advance('marc', {
        projectId: project.id,
        step: 'FUNDING_DECIDED',
        granted: true,
        amount: 12000,
      });
      expect(codeOf(mairie)).toBe('FORBIDDEN');
      const above = await advance('claire', {
        projectId: project.id,
        step: 'FUNDING_DECIDED',
        granted: true,
        amount: 12000.5,
      });
      expect(above.errors![0]).toMatchObject({
        message: expect.stringMatching(
          /^Le montant accordé ne peut dépasser le montant demandé \(12\s000\s€\)\.$/,
        ),
        extensions: { field: 'input.amount' },
      });
      expect(await statusOf(project.id)).toBe('FUNDING_REQUESTED');
    });
  });

  describe('races and service', () => {
    it('of several opinions at once, one wins and the others are told', async () => {
      const project = await newOrleansProject('Course aux avis');
      const outcome = await race(6, (i) =>
        advance(i % 2 ? 'karim' : 'karim2', {
          projectId: project.id,
          step: 'OPINION_GIVEN',
          opinion: i % 3 ? 'FAVORABLE' : 'UNFAVORABLE',
          opinionText: `Avis numéro ${i} du référent.`,
        }),
      );
      expect(outcome.winners).toHaveLength(1);
      expect(
        unexpected(
          outcome.told,
          /^CONFLICT : Ce projet vient de passer à l’étape « Avis du référent sûreté rendu » \(Karim Benali .*\)\. Rechargez la page\.$/,
        ),
      ).toEqual([]);
      const events = await api.dataSource.query(
        `select count(*)::int as n from video_project_events where project_id = $1 and status = 'OPINION_GIVEN'`,
        [project.id],
      );
      expect(events[0].n).toBe(1);
    });

    it('walks every step with its history, and in service makes each site a zone « site vidéoprotégé »', async () => {
      const project = await newOrleansProject('Jusqu’à la mise en service');
      ok(
        await advance('karim', {
          projectId: project.id,
          step: 'OPINION_GIVEN',
          opinion: 'FAVORABLE_WITH_RESERVATIONS',
          opinionText: 'Masquer les fenêtres des logements.',
        }),
      );
      ok(await advance('serge', { projectId: project.id, step: 'FUNDING_REQUESTED', amount: 30000 }));
      const decided = ok(
        await advance('claire', {
          projectId: project.id,
          step: 'FUNDING_DECIDED',
          granted: true,
          amount: 25000,
          note: 'Retenu au FIPD.',
        }),
      );
      expect(decided.advanceVideoProject.fundingGrantedAmount).toBe(25000);
      ok(await advance('marc', { projectId: project.id, step: 'INSTALLATION' }));
      const zonesBefore = await count('zones');
      const inService = ok(
        await advance('marc', { projectId: project.id, step: 'IN_SERVICE', note: 'Réception.' }),
      ).advanceVideoProject;
      expect(inService.status).toBe('IN_SERVICE');
      expect(inService.nextStep).toBeNull();
      expect(inService.canAbandon).toBe(false);
      expect(inService.history.map((e) => e.status)).toEqual([
        'REQUESTED',
        'OPINION_GIVEN',
        'FUNDING_REQUESTED',
        'FUNDING_DECIDED',
        'INSTALLATION',
        'IN_SERVICE',
      ]);
      expect(inService.history[3]).toMatchObject({
        actorLabel: expect.stringMatching(/^Claire Martin/),
        note: 'Retenu au FIPD.',
      });
      expect(await count('zones')).toBe(zonesBefore + 2);
      const zones = await api.dataSource.query(
        `select z.kind, z.geometry->>'type' as type, round(ST_Area(z.shape::geography)) as area,
                array(select commune_code from zone_communes zc where zc.zone_id = z.id) as communes
           from video_sites s join zones z on z.id = s.zone_id where s.project_id = $1 order by s.position`,
        [project.id],
      );
      expect(zones).toHaveLength(2);
      expect(zones[0]).toMatchObject({ kind: 'VIDEO_PROTECTED_SITE', type: 'Polygon', communes: [ORLEANS] });
      // A point buffered to 50 m: a disc of ~7,850 m².
      expect(Number(zones[0].area)).toBeGreaterThan(7500);
      expect(Number(zones[0].area)).toBeLessThan(8000);
      expect(zones[1]).toMatchObject({ kind: 'VIDEO_PROTECTED_SITE', type: 'Polygon' });
      expect(inService.sites.every((site) => site.zoneId)).toBe(true);
      // Abandon is no longer possible once in service.
      const abandon = await advance('marc', { projectId: project.id, step: 'ABANDONED' });
      expect(abandon.errors![0]).toMatchObject({ extensions: { field: 'input.step' } });
    });
  });
});
