import { CaseCategory } from '../cases/case-category';
import { IncidentField, normalizeHeader, suggestIncidentMapping } from './incident-fields';
import { AgeBand, ageBandOf, isMinorBand } from './incident-values';
import { categoryOfIndicator } from './ssmsi-indicators';

describe('The mapping step’s suggestions', () => {
  it('reads headers without case, accents or punctuation', () => {
    expect(normalizeHeader(' Date début faits ')).toBe('date_debut_faits');
    expect(normalizeHeader('unité.de.compte')).toBe('unite_de_compte');
  });

  it('proposes a column for each field it recognises, and none for names or addresses', () => {
    const headers = [
      'N° procédure',
      'Date début faits',
      'Heure',
      'Nom victime',
      'Code INSEE',
      'Indicateur',
      'Adresse',
      'Lat',
      'Lon',
    ];
    expect(suggestIncidentMapping(headers)).toEqual({
      [IncidentField.STARTS_ON]: 1,
      [IncidentField.STARTS_AT]: 2,
      [IncidentField.COMMUNE]: 4,
      [IncidentField.CATEGORY]: 5,
      [IncidentField.LATITUDE]: 7,
      [IncidentField.LONGITUDE]: 8,
    });
  });
});

describe('SSMSI indicators', () => {
  it('knows both generations’ labels, whatever the apostrophe', () => {
    expect(categoryOfIndicator('Cambriolages de logement')).toBe(CaseCategory.CAMBRIOLAGES);
    expect(categoryOfIndicator("Vols d'accessoires sur véhicules")).toBe(
      CaseCategory.VOLS_ACCESSOIRES_VEHICULES,
    );
    expect(categoryOfIndicator('Coups et blessures volontaires intrafamiliaux')).toBe(
      CaseCategory.VIOLENCES_INTRAFAMILIALES,
    );
    expect(categoryOfIndicator('Violences physiques hors cadre familial')).toBe(
      CaseCategory.COUPS_ET_BLESSURES,
    );
  });

  it('keeps fixed-fine drug use apart, and says when a label is unknown', () => {
    expect(categoryOfIndicator('Usage de stupéfiants (AFD)')).toBeNull();
    expect(categoryOfIndicator('Usage de stupéfiants')).toBe(CaseCategory.USAGE_STUPEFIANTS);
    expect(categoryOfIndicator('Vols de bicyclettes')).toBeUndefined();
  });

  it('accepts the platform’s own codes and labels', () => {
    expect(categoryOfIndicator('rodeos_urbains')).toBe(CaseCategory.RODEOS_URBAINS);
    expect(categoryOfIndicator('Dépôts sauvages')).toBe(CaseCategory.DEPOTS_SAUVAGES);
  });
});

describe('Age bands', () => {
  it('bands an exact age, bounds included', () => {
    expect(ageBandOf(12)).toBe(AgeBand.MOINS_DE_13);
    expect(ageBandOf(13)).toBe(AgeBand.DE_13_A_17);
    expect(ageBandOf(17)).toBe(AgeBand.DE_13_A_17);
    expect(ageBandOf(18)).toBe(AgeBand.DE_18_A_24);
    expect(ageBandOf(64)).toBe(AgeBand.DE_55_A_64);
    expect(ageBandOf(91)).toBe(AgeBand.DE_65_ET_PLUS);
  });

  it('calls minors the bands under 18 only', () => {
    expect(isMinorBand(AgeBand.DE_13_A_17)).toBe(true);
    expect(isMinorBand(AgeBand.DE_18_A_24)).toBe(false);
  });
});
