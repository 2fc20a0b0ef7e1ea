import { describeEvent } from './case-timeline';

describe('The timeline in French', () => {
  it('names edited fields in French, the point once', () => {
    expect(describeEvent('updated', { fields: ['title', 'priority', 'longitude', 'latitude'] })).toBe(
      'Dossier modifié : titre, priorité, position.',
    );
  });

  it('never names the other case of a link', () => {
    expect(describeEvent('linked', { caseId: '7f0c…' })).toBe('Lié à un autre dossier.');
    expect(
      describeEvent('proposal_linked', { reference: 'P-12', category: 'Vidéoprotection', opened: false }),
    ).toBe('Proposition rattachée : P-12 (Vidéoprotection).');
    expect(
      describeEvent('proposal_linked', { reference: 'P-13', category: 'Vidéoprotection', opened: true }),
    ).toBe('Ouvert à partir de la proposition P-13 (Vidéoprotection).');
  });
});
