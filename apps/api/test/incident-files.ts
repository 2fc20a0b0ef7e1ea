import { unique } from './api-harness';

/** A fact as a forces' export writes it; every field may be overridden, or the line written raw. */
export interface IncidentLine {
  procedure: string;
  date: string;
  time: string;
  category: string;
  commune: string;
  longitude: string;
  latitude: string;
  place: string;
  service: string;
  victimAge: string;
  /** A column no mapping offers: it is never imported. */
  victimName: string;
}

/** In Orléans, in the QRR La Source. */
export const LA_SOURCE = { longitude: '1,9400', latitude: '47,8450' };
/** In Gien's town centre: outside Orléans by 60 km. */
export const GIEN_CENTRE = { longitude: '2,6320', latitude: '47,6880' };

/** The header of the forces' export the builder writes, in its order. */
export const INCIDENT_FILE_HEADER = [
  'N° procédure',
  'Date début faits',
  'Heure',
  'Indicateur',
  'Code INSEE',
  'Longitude',
  'Latitude',
  'Lieu',
  'Service',
  'Âge victime',
  'Nom victime',
];

/**
 * A CSV of recorded incidents, built line by line so that a test reads as the file it sends:
 * `anIncidentsFile().incident().incident({ commune: '18033' }).raw('12/03/2025;…').build()`.
 * Each file carries procedure numbers of its own, so that no two tests send the same bytes.
 */
export class IncidentsFileBuilder {
  private readonly id = `${unique()}${unique()}`;
  private readonly lines: string[] = [];
  private separator = ';';
  private bom = false;

  incident(overrides: Partial<IncidentLine> = {}): this {
    const line: IncidentLine = {
      procedure: `PV-${this.id}-${this.lines.length + 1}`,
      date: '14/03/2025',
      time: '22:30',
      category: 'Cambriolages de logement',
      commune: '45234',
      ...LA_SOURCE,
      place: 'Domicile',
      service: 'Police nationale',
      victimAge: '34',
      victimName: 'Jean Dupont',
      ...overrides,
    };
    this.lines.push(
      [
        line.procedure,
        line.date,
        line.time,
        line.category,
        line.commune,
        quote(line.longitude),
        quote(line.latitude),
        line.place,
        line.service,
        line.victimAge,
        line.victimName,
      ].join(this.separator),
    );
    return this;
  }

  /** `count` ordinary incidents, a day apart from 1 March 2025. */
  incidents(count: number): this {
    for (let day = 0; day < count; day++) {
      const date = new Date(Date.UTC(2025, 2, 1 + day));
      this.incident({ date: date.toISOString().slice(0, 10) });
    }
    return this;
  }

  raw(line: string): this {
    this.lines.push(line);
    return this;
  }

  withBom(): this {
    this.bom = true;
    return this;
  }

  build(): Buffer {
    return Buffer.from(
      `${this.bom ? '\ufeff' : ''}${[INCIDENT_FILE_HEADER.join(this.separator), ...this.lines].join('\r\n')}\r\n`,
      'utf8',
    );
  }
}

/** A decimal comma inside a `;`-separated file needs no quotes; quoted anyway, as spreadsheets do. */
function quote(value: string): string {
  return value.includes(',') ? `"${value}"` : value;
}

export const anIncidentsFile = () => new IncidentsFileBuilder();

/** The mapping of the builder's columns, as the client sends it. */
export const MAPPING = {
  columns: [
    { field: 'STARTS_ON', column: 1 },
    { field: 'STARTS_AT', column: 2 },
    { field: 'CATEGORY', column: 3 },
    { field: 'COMMUNE', column: 4 },
    { field: 'LONGITUDE', column: 5 },
    { field: 'LATITUDE', column: 6 },
    { field: 'PLACE_TYPE', column: 7 },
    { field: 'SOURCE', column: 8 },
    { field: 'VICTIM_AGE_BAND', column: 9 },
  ],
  countingUnit: 'INFRACTION',
};

export const SSMSI_HEADER =
  '"CODGEO_2025";"annee";"indicateur";"unite_de_compte";"nombre";"taux_pour_mille";"est_diffuse";"insee_pop";"insee_pop_millesime";"insee_log";"insee_log_millesime";"complement_info_nombre";"complement_info_taux"';
