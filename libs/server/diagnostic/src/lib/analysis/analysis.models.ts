import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { KERNEL_DESCRIPTION } from './kernel-density';

export enum CellMask {
  SMALL = 'SMALL',
  SECONDARY = 'SECONDARY',
}
registerEnumType(CellMask, {
  name: 'CellMask',
  description:
    'Pourquoi un chiffre est masqué : moins de faits que le seuil (SMALL, « < 5 »), ou masqué pour qu’une différence ne redonne pas un petit chiffre (SECONDARY, « secret »)',
});

@ObjectType('DiagnosticCell', { description: 'Un chiffre d’un tableau, masqué ou non' })
export class DiagnosticCellModel {
  @Field(() => Int, { nullable: true, description: 'Nul quand il est masqué' })
  count!: number | null;
  @Field(() => CellMask, { nullable: true })
  masked!: CellMask | null;
  @Field({
    description:
      'Vrai quand le chiffre est la somme des seuls chiffres visibles de ses communes : le vrai est au moins celui-ci',
  })
  partial!: boolean;
}

@ObjectType('DiagnosticLabelledCell')
export class DiagnosticLabelledCellModel extends DiagnosticCellModel {
  @Field({ description: 'Le code de la modalité (catégorie, type de lieu, tranche…)' })
  key!: string;
  @Field()
  label!: string;
}

@ObjectType('DiagnosticCategoryMonths')
export class DiagnosticCategoryMonthsModel {
  @Field()
  category!: string;
  @Field()
  label!: string;
  @Field(() => [DiagnosticCellModel], { description: 'Janvier à décembre' })
  months!: DiagnosticCellModel[];
}

@ObjectType('DiagnosticWeekday')
export class DiagnosticWeekdayModel {
  @Field(() => Int, { description: '1 lundi … 7 dimanche' })
  weekday!: number;
  @Field()
  label!: string;
  @Field(() => [DiagnosticCellModel], { description: 'De 0 h à 23 h (heure de Paris)' })
  hours!: DiagnosticCellModel[];
}

@ObjectType('DiagnosticCommune')
export class DiagnosticCommuneModel {
  @Field()
  code!: string;
  @Field()
  name!: string;
  @Field(() => Int)
  population!: number;
  @Field(() => DiagnosticCellModel)
  incidents!: DiagnosticCellModel;
  @Field(() => Float, { nullable: true, description: 'Faits pour 1 000 habitants ; nul si masqué' })
  ratePerThousand!: number | null;
  @Field(() => DiagnosticCellModel)
  burglaries!: DiagnosticCellModel;
  @Field(() => Int, { nullable: true, description: 'Logements (base communale du SSMSI), si connus' })
  dwellings!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Cambriolages pour 1 000 logements ; nul si masqué ou si les logements sont inconnus',
  })
  burglaryRatePerThousandDwellings!: number | null;
}

@ObjectType('DiagnosticProfile', { description: 'Une répartition des profils, par tranches' })
export class DiagnosticProfileModel {
  @Field()
  dimension!: string;
  @Field()
  label!: string;
  @Field(() => [DiagnosticLabelledCellModel])
  cells!: DiagnosticLabelledCellModel[];
}

@ObjectType('DiagnosticTrend', {
  description: 'Une catégorie sur les mois écoulés de l’année, contre les mêmes mois de l’année précédente',
})
export class DiagnosticTrendModel {
  @Field()
  category!: string;
  @Field()
  label!: string;
  @Field(() => Int, { description: 'Somme des chiffres visibles' })
  current!: number;
  @Field(() => Int, { description: 'Somme des chiffres visibles' })
  previous!: number;
  @Field({ description: 'Vrai si des chiffres masqués manquent à l’une des deux sommes' })
  partial!: boolean;
  @Field(() => Float, { nullable: true, description: 'Évolution en %, nulle sans base ou si partielle' })
  changePercent!: number | null;
}

@ObjectType('DiagnosticComparison', {
  description: 'Le taux du territoire lu contre celui du département (le point de comparaison)',
})
export class DiagnosticComparisonModel {
  @Field()
  category!: string;
  @Field()
  label!: string;
  @Field({ description: '« pour 1 000 habitants » ou « pour 1 000 logements »' })
  basis!: string;
  @Field(() => Float, { nullable: true, description: 'Nul si un chiffre de la ligne est masqué' })
  areaRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Nul si le reste du département compte trop peu de faits',
  })
  departementRate!: number | null;
}

@ObjectType('DiagnosticNationalComparison', {
  description: 'Un indicateur du SSMSI : le taux du département contre le taux national, tels que publiés',
})
export class DiagnosticNationalComparisonModel {
  @Field({ description: 'L’indicateur tel que publié (« Cambriolages de logement »)' })
  indicator!: string;
  @Field({ description: '« Infraction », « Victime », « Véhicule », « Mis en cause »' })
  countingUnit!: string;
  @Field({ description: '« pour 1 000 habitants » ou « pour 1 000 logements »' })
  basis!: string;
  @Field(() => Float, { nullable: true, description: 'Nul si le SSMSI ne le diffuse pas' })
  nationalRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Nul si inconnu : non diffusé, ou la somme des communes contient un chiffre secret',
  })
  departementRate!: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'DEPARTEMENT : le chiffre départemental publié ; COMMUNES : calculé sur les chiffres communaux ; nul : aucun',
  })
  departementSource!: 'DEPARTEMENT' | 'COMMUNES' | null;
  @Field(() => Int, {
    description:
      'Communes dont le chiffre est secret (ndiff) ou absent, quand le taux est calculé sur les communes',
  })
  unknownCommunes!: number;
}

@ObjectType('DiagnosticNational', {
  description: 'Le département contre les taux nationaux du SSMSI, pour la dernière année chargée',
})
export class DiagnosticNationalModel {
  @Field(() => Int, { description: 'L’année des statistiques du SSMSI comparées' })
  year!: number;
  @Field(() => [DiagnosticNationalComparisonModel])
  rows!: DiagnosticNationalComparisonModel[];
}

@ObjectType('Diagnostic', { description: 'Le diagnostic d’un territoire pour une année civile' })
export class DiagnosticModel {
  @Field(() => Int)
  year!: number;
  @Field({ description: '« Loiret », « Orléans », « Territoire de compétence (4 communes) »' })
  areaLabel!: string;
  @Field(() => [String])
  communeCodes!: string[];
  @Field(() => Int, { nullable: true, description: 'Le seuil de masquage appliqué ; nul pour le cabinet' })
  minCell!: number | null;
  @Field(() => Int, {
    description: 'Dernier mois de l’année pour lequel des faits sont connus (1 à 12, 0 aucun)',
  })
  lastMonth!: number;
  @Field(() => [DiagnosticCategoryMonthsModel])
  categoryMonths!: DiagnosticCategoryMonthsModel[];
  @Field(() => [DiagnosticWeekdayModel], { description: 'Faits dont l’heure est connue' })
  hourWeekday!: DiagnosticWeekdayModel[];
  @Field(() => [DiagnosticLabelledCellModel])
  placeTypes!: DiagnosticLabelledCellModel[];
  @Field(() => [DiagnosticCommuneModel])
  communes!: DiagnosticCommuneModel[];
  @Field(() => [DiagnosticProfileModel])
  profiles!: DiagnosticProfileModel[];
  @Field(() => [DiagnosticTrendModel])
  trend!: DiagnosticTrendModel[];
  @Field(() => [DiagnosticComparisonModel], {
    description: 'Pour une commune lue par le cabinet ou par sa mairie ; vide sinon',
  })
  comparison!: DiagnosticComparisonModel[];
  @Field(() => DiagnosticNationalModel, {
    nullable: true,
    description:
      'Pour le département lu par le cabinet, si des taux nationaux du SSMSI sont chargés ; nul sinon',
  })
  national!: DiagnosticNationalModel | null;
}

@ObjectType('DiagnosticHotspotCell')
export class DiagnosticHotspotCellModel {
  @Field()
  h3!: string;
  @Field(() => Int)
  count!: number;
  @Field(() => Float, { nullable: true, description: 'Score z du Gi* de Getis-Ord' })
  z!: number | null;
  @Field(() => Float, { description: KERNEL_DESCRIPTION })
  density!: number;
  @Field({ description: '|z| ≥ 1,96' })
  significant!: boolean;
}

@ObjectType('DiagnosticPredictionAccuracy', {
  description:
    'PAI des points chauds de l’année précédente pour cette année : taux de réussite / part de surface',
})
export class DiagnosticPredictionAccuracyModel {
  @Field(() => Float)
  hitRate!: number;
  @Field(() => Float)
  areaShare!: number;
  @Field(() => Float, { nullable: true })
  index!: number | null;
  @Field(() => Int)
  hotspotCells!: number;
}

@ObjectType('DiagnosticHotspots')
export class DiagnosticHotspotsModel {
  @Field(() => Int)
  year!: number;
  @Field(() => Int, { description: '8 (≈ 0,7 km²) ou 9 (≈ 0,1 km²)' })
  resolution!: number;
  @Field(() => Float)
  threshold!: number;
  @Field(() => [DiagnosticHotspotCellModel], {
    description: 'La zone d’étude : cellules avec faits et leurs voisines',
  })
  cells!: DiagnosticHotspotCellModel[];
  @Field(() => DiagnosticPredictionAccuracyModel)
  predictionAccuracy!: DiagnosticPredictionAccuracyModel;
}
