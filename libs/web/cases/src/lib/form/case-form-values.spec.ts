import {
  CaseBefore,
  CaseFormValue,
  createInputOf,
  duplicateQueryOf,
  updateInputOf,
} from './case-form-values';

const form: CaseFormValue = {
  title: '  Occupation du hall 12 rue de l’Argonne ',
  description: ' Tous les soirs depuis janvier. ',
  category: 'OCCUPATION_HALLS',
  communeCode: '45234',
  zoneId: 'zone-argonne',
  point: { latitude: 47.9121, longitude: 1.9372 },
  priority: 'HIGH',
  sensitivity: 'AMBER',
  assessmentDueOn: '',
};

const before: CaseBefore = {
  title: 'Occupation du hall 12 rue de l’Argonne',
  description: 'Tous les soirs depuis janvier.',
  category: 'OCCUPATION_HALLS',
  commune: { code: '45234' },
  zone: { id: 'zone-argonne' },
  point: { latitude: 47.9121, longitude: 1.9372 },
  priority: 'HIGH',
  assessmentDueOn: null,
};

describe('the case form sent to the API', () => {
  it('trims text and sends absent optional values as null', () => {
    expect(createInputOf({ ...form, zoneId: '', description: ' ' })).toEqual({
      title: 'Occupation du hall 12 rue de l’Argonne',
      description: null,
      category: 'OCCUPATION_HALLS',
      communeCode: '45234',
      zoneId: null,
      point: { latitude: 47.9121, longitude: 1.9372 },
      priority: 'HIGH',
      sensitivity: 'AMBER',
      assessmentDueOn: null,
    });
  });

  it('sends only what changed when editing', () => {
    expect(updateInputOf(form, before)).toEqual({});
    expect(updateInputOf({ ...form, priority: 'URGENT', assessmentDueOn: '2026-06-30' }, before)).toEqual({
      priority: 'URGENT',
      assessmentDueOn: '2026-06-30',
    });
  });

  it('removes a zone with an empty string and a point with null, as the API asks', () => {
    expect(updateInputOf({ ...form, zoneId: '', point: null }, before)).toEqual({ zoneId: '', point: null });
  });
});

describe('similar cases', () => {
  it('are looked for once there is a category and a zone or a point', () => {
    expect(duplicateQueryOf({ category: '', zoneId: 'z', point: null })).toBeNull();
    expect(duplicateQueryOf({ category: 'SQUATS', zoneId: '', point: null })).toBeNull();
    expect(duplicateQueryOf({ category: 'SQUATS', zoneId: 'z', point: null })).toEqual({
      category: 'SQUATS',
      zoneId: 'z',
      latitude: null,
      longitude: null,
    });
    expect(
      duplicateQueryOf({ category: 'SQUATS', zoneId: '', point: { latitude: 47.9, longitude: 1.9 } }),
    ).toEqual({ category: 'SQUATS', zoneId: null, latitude: 47.9, longitude: 1.9 });
  });
});
