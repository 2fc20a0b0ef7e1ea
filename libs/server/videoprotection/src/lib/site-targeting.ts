import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ZoneGeometry } from '@continuum/domain';
import { departementHotCells } from '@continuum/server/diagnostic';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { cellToBoundary, gridDisk, latLngToCell, polygonToCells } from 'h3-js';
import { DataSource } from 'typeorm';

/** Hot cells are read at this H3 resolution (~0.7 km² a cell), as the diagnostic's map shows them. */
export const TARGETING_RESOLUTION = 8;
/** The cabinet's map shows the hot cells within this many rings of a project's sites (~4 km). */
const HOTSPOT_RINGS = 8;
/** Hot cells are recomputed at most this often: a year's facts change only on import. */
const CACHE_MS = 5 * 60_000;

/** The last complete calendar year in Europe/Paris. */
export function lastCompleteYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(now)) - 1;
}

/** The H3 cells a site covers: its point's, or a polygon's cells and the cell of a point on it. */
export function siteCells(geometry: ZoneGeometry, pointOnSurface: [number, number]): string[] {
  const cells = new Set([latLngToCell(pointOnSurface[1], pointOnSurface[0], TARGETING_RESOLUTION)]);
  if (geometry.type === 'Polygon')
    for (const cell of polygonToCells(geometry.coordinates, TARGETING_RESOLUTION, true)) cells.add(cell);
  return [...cells];
}

/**
 * Places sites against the diagnostic's hotspots (the département's significant hot cells of the
 * last complete year, computed by the diagnostic lib) — a yes or no for every reader, the cells
 * themselves for the cabinet only.
 */
@Injectable()
export class SiteTargeting {
  private cache: { year: number; at: number; cells: Promise<Set<string>> } | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  hotCells(year = lastCompleteYear()): Promise<Set<string>> {
    if (!this.cache || this.cache.year !== year || Date.now() - this.cache.at > CACHE_MS) {
      const cells = departementHotCells(
        this.dataSource,
        this.config.departementCode,
        year,
        TARGETING_RESOLUTION,
      );
      this.cache = { year, at: Date.now(), cells };
      cells.catch(() => (this.cache = null));
    }
    return this.cache.cells;
  }

  /** The hot cells near the given cells, as a GeoJSON FeatureCollection (the cabinet's map). */
  async hotCellsNear(cells: readonly string[]): Promise<unknown> {
    const hot = await this.hotCells();
    const near = new Set<string>();
    for (const cell of cells)
      for (const other of gridDisk(cell, HOTSPOT_RINGS)) if (hot.has(other)) near.add(other);
    return {
      type: 'FeatureCollection',
      features: [...near].sort().map((h3) => ({
        type: 'Feature',
        properties: { h3 },
        geometry: { type: 'Polygon', coordinates: [closed(cellToBoundary(h3, true) as [number, number][])] },
      })),
    };
  }
}

function closed(ring: [number, number][]): [number, number][] {
  const [first] = ring;
  const last = ring[ring.length - 1];
  return first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
}
