import { CSV_ERRORS_IN_FRENCH } from '@continuum/server/diagnostic';
import { MAX_PRESENCE_HOURS_PER_AGENT_PER_DAY, PresenceSetting } from '@continuum/domain/plan';
import { parse } from 'csv-parse/sync';

/** One figure of presence, as entered or read from a file's line. */
export interface PresenceValues {
  weekStart: string;
  setting: PresenceSetting;
  communeCode: string;
  zoneId: string | null;
  agents: number;
  hours: number;
}

/** What the checks need to know of the territory: the département's communes, the zones and their communes. */
export interface PresenceTerritory {
  communes: ReadonlyMap<string, string>;
  zones: ReadonlyMap<string, { id: string; name: string; communes: ReadonlySet<string> }>;
  /** The communes the entering organisation is competent for; absent: the whole département. */
  competence?: ReadonlySet<string> | null;
}

export interface PresenceProblem {
  field: keyof PresenceValues;
  reason: string;
}

const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);

/** The rules of a figure of presence, the same for the form and for every line of a file. */
export function presenceProblem(
  values: PresenceValues,
  territory: PresenceTerritory,
  today = new Date(),
): PresenceProblem | null {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(values.weekStart) ? new Date(`${values.weekStart}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== values.weekStart) {
    return {
      field: 'weekStart',
      reason: `Semaine : « ${values.weekStart} » n’est pas une date (AAAA-MM-JJ).`,
    };
  }
  if (values.weekStart > mondayOf(today)) {
    return {
      field: 'weekStart',
      reason: `Semaine : la semaine du ${values.weekStart.split('-').reverse().join('/')} n’a pas encore commencé.`,
    };
  }
  if (day.getUTCDay() !== 1) {
    return {
      field: 'weekStart',
      reason: `Semaine : une semaine commence un lundi (le ${values.weekStart} est un ${WEEKDAYS[day.getUTCDay()]}).`,
    };
  }
  if (!territory.communes.has(values.communeCode)) {
    return {
      field: 'communeCode',
      reason: `Commune : « ${values.communeCode} » n’est pas une commune du département.`,
    };
  }
  if (territory.competence && !territory.competence.has(values.communeCode)) {
    return {
      field: 'communeCode',
      reason: `Commune : ${territory.communes.get(values.communeCode)} est hors du territoire de compétence de votre organisation.`,
    };
  }
  if (values.zoneId) {
    const zone = territory.zones.get(values.zoneId);
    if (!zone) return { field: 'zoneId', reason: 'Zone : zone inconnue.' };
    if (!zone.communes.has(values.communeCode)) {
      return { field: 'zoneId', reason: `Zone : « ${zone.name} » ne couvre pas cette commune.` };
    }
  }
  if (!Number.isInteger(values.agents) || values.agents < 1) {
    return { field: 'agents', reason: 'Agents : un nombre entier d’au moins 1 est attendu.' };
  }
  if (values.agents > MAX_AGENTS) {
    return { field: 'agents', reason: `Agents : ${number(MAX_AGENTS)} au plus.` };
  }
  if (!Number.isFinite(values.hours) || values.hours <= 0) {
    return { field: 'hours', reason: 'Heures : un nombre d’heures positif est attendu.' };
  }
  const ceiling = values.agents * MAX_PRESENCE_HOURS_PER_AGENT_PER_DAY * 7;
  if (values.hours > ceiling) {
    return {
      field: 'hours',
      reason: `Heures : plus de 24 heures par jour et par agent (${number(values.agents)} ${values.agents > 1 ? 'agents font' : 'agent fait'} au plus ${number(ceiling)} heures dans la semaine).`,
    };
  }
  return null;
}

export interface PresenceLine {
  line: number;
  values: PresenceValues;
}

export interface PresenceFileReport {
  lineCount: number;
  valid: PresenceLine[];
  rejections: { line: number; reason: string }[];
}

export const PRESENCE_CSV_HEADER = ['semaine', 'cadre', 'commune', 'zone', 'agents', 'heures'] as const;

const SETTINGS: Record<string, PresenceSetting> = {
  'voie publique': PresenceSetting.VOIE_PUBLIQUE,
  voie_publique: PresenceSetting.VOIE_PUBLIQUE,
  transports: PresenceSetting.TRANSPORTS,
  'transports en commun': PresenceSetting.TRANSPORTS,
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .trim();

/**
 * Reads a presence file: a header `semaine;cadre;commune;zone;agents;heures` (`;` or `,`), then one
 * line per figure. Each line is checked by `presenceProblem`; a line that repeats the cell of an
 * earlier one is refused (the file would say two things of one week and place). Every rejected
 * line is reported with its number and its reason in French.
 */
export function readPresenceFile(
  text: string,
  territory: PresenceTerritory,
): PresenceFileReport | { problem: string } {
  const body = text.replace(/^\uFEFF/, '');
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    const line = body.slice(0, nul).split('\n').length;
    return {
      problem: `Fichier illisible, ligne ${line} : caractère nul (un fichier texte n’en contient pas).`,
    };
  }
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let records: string[][];
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const why = CSV_ERRORS_IN_FRENCH[code ?? ''] ?? 'mise en forme CSV incorrecte';
    return { problem: `Fichier illisible${lines ? `, ligne ${lines}` : ''} : ${why}.` };
  }
  const header = (records[0] ?? []).map(plain);
  if (PRESENCE_CSV_HEADER.some((name, index) => header[index] !== name)) {
    return { problem: `En-tête attendu en ligne 1 : ${PRESENCE_CSV_HEADER.join(delimiter)}.` };
  }
  const communesByName = new Map<string, string[]>();
  for (const [code, name] of territory.communes) {
    communesByName.set(plain(name), [...(communesByName.get(plain(name)) ?? []), code]);
  }
  const zonesByName = new Map([...territory.zones.values()].map((zone) => [plain(zone.name), zone.id]));
  const seen = new Map<string, number>();
  const report: PresenceFileReport = { lineCount: 0, valid: [], rejections: [] };
  records.slice(1).forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell === '')) return undefined;
    report.lineCount++;
    const reject = (reason: string): void => {
      report.rejections.push({ line, reason });
    };
    if (cells.length !== PRESENCE_CSV_HEADER.length) {
      return reject(`${cells.length} colonnes au lieu de ${PRESENCE_CSV_HEADER.length}.`);
    }
    const [week, settingText, communeText, zoneText, agentsText, hoursText] = cells;
    const setting = SETTINGS[plain(settingText)];
    if (!setting) return reject(`Cadre : « ${settingText} » n’est ni « voie publique » ni « transports ».`);
    let communeCode = communeText;
    if (!territory.communes.has(communeText)) {
      const named = communesByName.get(plain(communeText)) ?? [];
      if (named.length > 1)
        return reject(`Commune : plusieurs communes s’appellent « ${communeText} » : donnez le code INSEE.`);
      if (named.length === 1) communeCode = named[0];
    }
    let zoneId: string | null = null;
    if (zoneText) {
      zoneId = zonesByName.get(plain(zoneText)) ?? null;
      if (!zoneId) return reject(`Zone : « ${zoneText} » n’est pas une zone connue.`);
    }
    if (!/^\d+$/.test(agentsText)) return reject(`Agents : « ${agentsText} » n’est pas un nombre entier.`);
    const hoursValue = hoursText.replace(/\s/g, '').replace(',', '.');
    if (!/^\d+(\.\d{1,2})?$/.test(hoursValue)) {
      return reject(`Heures : « ${hoursText} » n’est pas un nombre d’heures (2 décimales au plus).`);
    }
    const values: PresenceValues = {
      weekStart: week,
      setting,
      communeCode,
      zoneId,
      agents: Number(agentsText),
      hours: Number(hoursValue),
    };
    const problem = presenceProblem(values, territory);
    if (problem) return reject(problem.reason);
    const cell = `${week}|${setting}|${communeCode}|${zoneId ?? ''}`;
    const earlier = seen.get(cell);
    if (earlier) return reject(`Même semaine, même cadre et même lieu que la ligne ${earlier}.`);
    seen.set(cell, line);
    report.valid.push({ line, values });
    return undefined;
  });
  return report;
}

/** More agents than any force of a département puts on the road in a week: a typing slip. */
const MAX_AGENTS = 5_000;

/** The Monday of `today`'s week, « AAAA-MM-JJ » (UTC is close enough at a week's scale). */
function mondayOf(today: Date): string {
  const day = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
