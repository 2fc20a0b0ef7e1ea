import { addModeratorFlags, flagPersonalData, maskPersonalData, PersonalDataKind } from './personal-data';

const kinds = (text: string) => flagPersonalData(text).map((flag) => [flag.kind, flag.excerpt]);

describe('personal data in a proposal', () => {
  it('flags e-mail addresses', () => {
    expect(kinds('Écrivez-moi à jean.dupont+mairie@exemple.fr svp')).toEqual([
      [PersonalDataKind.EMAIL, 'jean.dupont+mairie@exemple.fr'],
    ]);
  });

  it('flags French telephone numbers in their usual spellings', () => {
    for (const phone of [
      '06 12 34 56 78',
      '0612345678',
      '06.12.34.56.78',
      '+33 6 12 34 56 78',
      '0033 2-38-12-34-56',
    ])
      expect(kinds(`Appelez le ${phone} le soir.`)).toEqual([[PersonalDataKind.PHONE, phone]]);
  });

  it('flags licence plates, current and former', () => {
    expect(
      kinds('Une voiture AB-123-CD et une autre GH 456 JK stationnent, plus la vieille 1234 AB 45.'),
    ).toEqual([
      [PersonalDataKind.PLATE, 'AB-123-CD'],
      [PersonalDataKind.PLATE, 'GH 456 JK'],
      [PersonalDataKind.PLATE, '1234 AB 45'],
    ]);
  });

  it('flags « M./Mme Nom » but not « Madame la maire » or « Monsieur le préfet »', () => {
    expect(
      kinds('M. Dupont et Mme Sophie Martin se plaignent ; Madame la maire et Monsieur le préfet le savent.'),
    ).toEqual([
      [PersonalDataKind.PERSON, 'M. Dupont'],
      [PersonalDataKind.PERSON, 'Mme Sophie Martin'],
    ]);
  });

  it('flags a street address with its number, not a street named alone', () => {
    expect(kinds('Le bruit vient du 12 bis rue de la République, pas de la rue de Bourgogne.')).toEqual([
      [PersonalDataKind.ADDRESS, '12 bis rue de la République'],
    ]);
    expect(kinds('Devant le 3, avenue Jean Zay à Orléans')).toEqual([
      [PersonalDataKind.ADDRESS, '3, avenue Jean Zay'],
    ]);
  });

  it('finds nothing in a plain proposal with numbers that are not personal', () => {
    expect(
      kinds('Depuis 2024, 15 voitures roulent trop vite près de l’école : installer 2 ralentisseurs.'),
    ).toEqual([]);
  });

  it('masks each flagged piece and keeps the rest word for word', () => {
    const text = 'M. Dupont (06 12 34 56 78) se gare au 4 rue Bannier avec AB-123-CD, écrit à a@b.fr.';
    expect(maskPersonalData(text, flagPersonalData(text))).toBe(
      '[nom de personne masqué] ([numéro de téléphone masqué]) se gare au [adresse postale masquée] avec ' +
        '[plaque d’immatriculation masquée], écrit à [adresse électronique masquée].',
    );
  });

  it('merges overlapping findings into one', () => {
    const flags = flagPersonalData('chez Mme Rose au 8 place du Martroi');
    expect(flags.map((flag) => flag.kind)).toEqual([PersonalDataKind.PERSON, PersonalDataKind.ADDRESS]);
    expect(flags[0].end).toBeLessThanOrEqual(flags[1].start);
  });

  it('adds the passages a moderator masks, every occurrence, and says which are not in the text', () => {
    const text = 'Jean Valjean vole du pain ; Jean Valjean recommence, M. Javert le sait.';
    const { flags, missing } = addModeratorFlags(text, flagPersonalData(text), ['Jean Valjean', 'Cosette']);
    expect(missing).toEqual(['Cosette']);
    expect(maskPersonalData(text, flags)).toBe(
      '[donnée personnelle masquée] vole du pain ; [donnée personnelle masquée] recommence, [nom de personne masqué] le sait.',
    );
    // A passage overlapping a flag already found widens it rather than masking twice.
    const wider = addModeratorFlags(text, flagPersonalData(text), ['M. Javert le']).flags;
    expect(wider.filter((flag) => flag.start >= 50)).toHaveLength(1);
  });
});
