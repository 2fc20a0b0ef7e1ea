import { PresenceSetting } from '@continuum/domain/plan';
import { presenceProblem, readPresenceFile } from './presence-rules';

const territory = {
  communes: new Map([
    ['45234', 'Orléans'],
    ['45208', 'Montargis'],
  ]),
  zones: new Map([['z1', { id: 'z1', name: 'Quartier de l’Argonne', communes: new Set(['45234']) }]]),
};
const line = {
  weekStart: '2026-03-02',
  setting: PresenceSetting.VOIE_PUBLIQUE,
  communeCode: '45234',
  zoneId: null,
  agents: 2,
  hours: 40,
};

describe('presence rules', () => {
  it('accepts a Monday, a commune of the département and up to 24 hours a day per agent', () => {
    expect(presenceProblem(line, territory)).toBeNull();
    expect(presenceProblem({ ...line, hours: 336 }, territory)).toBeNull();
  });

  it('refuses another weekday, more than 24 hours a day per agent, a commune or zone elsewhere', () => {
    expect(presenceProblem({ ...line, weekStart: '2026-03-03' }, territory)).toMatchObject({
      field: 'weekStart',
    });
    expect(presenceProblem({ ...line, hours: 336.01 }, territory)?.reason).toContain(
      'plus de 24 heures par jour et par agent',
    );
    expect(presenceProblem({ ...line, communeCode: '75056' }, territory)).toMatchObject({
      field: 'communeCode',
    });
    expect(presenceProblem({ ...line, communeCode: '45208', zoneId: 'z1' }, territory)).toMatchObject({
      field: 'zoneId',
    });
  });

  it('reads a file line by line, by INSEE code or commune name, and reports each rejected line with its number', () => {
    const report = readPresenceFile(
      [
        'semaine;cadre;commune;zone;agents;heures',
        '2026-03-02;voie publique;Orléans;;3;60',
        '2026-03-03;voie publique;45234;;3;60',
        '',
        '2026-03-09;Transports;45208;;2;35,5',
        '2026-03-02;voie publique;45234;;1;1',
        '2026-03-09;voie publique;45234;Quartier de l’Argonne;1;1',
      ].join('\r\n'),
      territory,
    );
    expect(report).toEqual({
      lineCount: 5,
      valid: [
        { line: 2, values: { ...line, agents: 3, hours: 60 } },
        {
          line: 5,
          values: {
            ...line,
            weekStart: '2026-03-09',
            setting: 'TRANSPORTS',
            communeCode: '45208',
            hours: 35.5,
          },
        },
        { line: 7, values: { ...line, weekStart: '2026-03-09', zoneId: 'z1', agents: 1, hours: 1 } },
      ],
      rejections: [
        { line: 3, reason: expect.stringContaining('lundi') },
        { line: 6, reason: 'Même semaine, même cadre et même lieu que la ligne 2.' },
      ],
    });
  });

  it('refuses a file without the expected header', () => {
    expect(readPresenceFile('week,setting\n', territory)).toEqual({
      problem: expect.stringContaining('En-tête'),
    });
  });

  it('refuses a week that has not begun and more agents than any force has', () => {
    const wednesday = new Date('2026-03-04T10:00:00Z');
    expect(presenceProblem({ ...line, weekStart: '2026-03-02' }, territory, wednesday)).toBeNull();
    expect(presenceProblem({ ...line, weekStart: '2026-03-09' }, territory, wednesday)).toEqual({
      field: 'weekStart',
      reason: 'Semaine : la semaine du 09/03/2026 n’a pas encore commencé.',
    });
    expect(presenceProblem({ ...line, agents: 5001, hours: 1 }, territory)).toEqual({
      field: 'agents',
      reason: 'Agents : 5\u202f000 au plus.',
    });
  });

  it('says in French, with the line, why a file cannot be read: an unclosed quote, a NUL character', () => {
    const header = 'semaine;cadre;commune;zone;agents;heures';
    expect(readPresenceFile(`${header}\n2026-03-02;"voie publique;45234;;1;1`, territory)).toEqual({
      problem: 'Fichier illisible, ligne 2 : guillemet ouvert jamais refermé (jusqu’à la fin du fichier).',
    });
    expect(readPresenceFile(`${header}\n2026-03-02;voie publique;45234\u0000;;1;1`, territory)).toEqual({
      problem: 'Fichier illisible, ligne 2 : caractère nul (un fichier texte n’en contient pas).',
    });
  });

  it('keeps an organisation to its own competence territory when it has one', () => {
    const municipal = { ...territory, competence: new Set(['45208']) };
    expect(presenceProblem({ ...line, communeCode: '45208' }, municipal)).toBeNull();
    expect(presenceProblem(line, municipal)).toEqual({
      field: 'communeCode',
      reason: 'Commune : Orléans est hors du territoire de compétence de votre organisation.',
    });
  });
});
