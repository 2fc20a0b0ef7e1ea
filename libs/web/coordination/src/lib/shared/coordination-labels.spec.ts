import {
  agendaLoad,
  answerLabel,
  bySection,
  charterStatus,
  mailBadgeText,
  mailDetail,
  meetingKindsFor,
  moved,
  myRoles,
  ofName,
  pointsCount,
} from './coordination-labels';

describe('names in sentences', () => {
  it('elides « de » before a vowel or a mute h, and only there', () => {
    expect(`Présence ${ofName('Antoine Roux')}`).toBe('Présence d’Antoine Roux');
    expect(ofName('Émilie Blanc')).toBe('d’Émilie Blanc');
    expect(ofName('Hugo Lefèvre')).toBe('d’Hugo Lefèvre');
    expect(ofName('Sophie Bernard')).toBe('de Sophie Bernard');
  });

  it('writes an invitee’s answer in the inclusive form, with the representative', () => {
    expect(answerLabel(null)).toBe('Pas de réponse');
    expect(answerLabel('EXCUSED')).toBe('Excusé·e');
    expect(answerLabel('REPRESENTED', 'Jean Adjoint')).toBe('Représenté·e par Jean Adjoint');
  });
});

describe('the agenda order', () => {
  it('moves an item up, down, and never out of the list', () => {
    expect(moved(['a', 'b', 'c', 'd'], 2, 0)).toEqual(['c', 'a', 'b', 'd']);
    expect(moved(['a', 'b', 'c', 'd'], 0, 1)).toEqual(['b', 'a', 'c', 'd']);
    expect(moved(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 7, 0)).toEqual(['a', 'b', 'c']);
  });

  it('groups proposals by section in the agenda’s order of sections', () => {
    const groups = bySection([
      { section: 'ESCALATED', key: '1' },
      { section: 'NEW_CASES', key: '2' },
      { section: 'ESCALATED', key: '3' },
      { section: 'CARRIED_OVER', key: '4' },
    ]);
    expect(groups.map((group) => group.section)).toEqual(['CARRIED_OVER', 'NEW_CASES', 'ESCALATED']);
    expect(groups[2].items.map((item) => item.key)).toEqual(['1', '3']);
    expect(groups[1].label).toBe('Nouveaux dossiers depuis la dernière séance');
  });

  it('weighs the planned time against the meeting’s', () => {
    expect(agendaLoad(85, 120)).toEqual({ over: 0, free: 35 });
    expect(agendaLoad(150, 120)).toEqual({ over: 30, free: 0 });
    expect(pointsCount(0)).toBe('aucun point');
    expect(pointsCount(1)).toBe('1 point');
    expect(pointsCount(4)).toBe('4 points');
  });
});

describe('bodies', () => {
  const body = {
    chairOrganization: { id: 'mairie' },
    secretary: { id: 'sophie' },
    memberOrganizations: [{ id: 'mairie' }, { id: 'bailleur' }],
    members: [{ id: 'sophie' }, { id: 'nadia' }],
    workingGroups: [{ members: [{ user: { id: 'nadia' } }] }],
  };

  it('says why I sit in a body', () => {
    expect(myRoles(body, { id: 'sophie', organization: { id: 'mairie' } })).toEqual([
      'Secrétariat',
      'Présidence (mon organisation)',
      'Membre nommé',
    ]);
    expect(myRoles(body, { id: 'nadia', organization: { id: 'bailleur' } })).toEqual([
      'Membre nommé',
      'Groupe restreint',
    ]);
    expect(myRoles(body, { id: 'paul', organization: { id: 'bailleur' } })).toEqual(['Organisation membre']);
    expect(myRoles(body, { id: 'hugo', organization: { id: 'securite' } })).toEqual([]);
  });

  it('offers the kinds of meeting the body holds', () => {
    expect(meetingKindsFor('CLSPD', true)).toEqual(['PLENIERE', 'GROUPE_RESTREINT']);
    expect(meetingKindsFor('CISPD', false)).toEqual(['PLENIERE']);
    expect(meetingKindsFor('GPO', false)).toEqual(['GPO']);
    expect(meetingKindsFor('REVUE_PADRSQ', false)).toEqual(['REVUE_BIMESTRIELLE']);
  });

  it('says where each member stands with the charter', () => {
    const signed = {
      charterCurrent: true,
      charterSignedAt: '2026-09-25T13:30:00Z',
      charterSignedVersion: '1',
    };
    expect(charterStatus(signed, '1', '25 septembre 2026')).toBe('charte v1 signée le 25 septembre 2026');
    expect(charterStatus({ ...signed, charterCurrent: false }, '2', '25 septembre 2026')).toBe(
      'charte v1 signée le 25 septembre 2026 — la version v2 reste à signer',
    );
    expect(
      charterStatus({ charterCurrent: false, charterSignedAt: null, charterSignedVersion: null }, '1', ''),
    ).toBe('charte non signée');
  });
});

describe('convocation mails', () => {
  const mail = { status: 'PENDING', lastError: null, nextAttemptAt: null, sentAt: null };

  it('tells sent, waiting and failed apart, and says when or why', () => {
    expect(mailBadgeText('SENT')).toBe('Envoyée');
    expect(mailDetail({ ...mail, status: 'SENT', sentAt: 'x' }, '3 décembre 2026 à 14:05', '')).toBe(
      'le 3 décembre 2026 à 14:05',
    );
    expect(mailBadgeText('PENDING')).toBe('En attente');
    expect(mailDetail(mail, '', '')).toBe('envoi en cours');
    expect(mailDetail({ ...mail, nextAttemptAt: 'x' }, '', '14 h 10')).toBe('nouvel essai à 14 h 10');
    expect(mailBadgeText('FAILED')).toBe('Échec');
    expect(mailDetail({ ...mail, status: 'FAILED', lastError: '550 boîte inconnue' }, '', '')).toBe(
      '550 boîte inconnue',
    );
  });
});
