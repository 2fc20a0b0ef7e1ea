import { cellArea, gridDisk } from 'h3-js';

/**
 * The k-ring 1 and the area (km²) of the cells one computation visits, each asked of h3-js once:
 * a département's hotspots at resolution 9 visit tens of thousands of cells several times (the
 * Gi* of two years, their study areas, the density, the PAI's areas). One per request, dropped
 * with it.
 */
export class H3Memo {
  private readonly disks = new Map<string, string[]>();
  private readonly areas = new Map<string, number>();

  disk(h3: string): string[] {
    let found = this.disks.get(h3);
    if (!found) this.disks.set(h3, (found = gridDisk(h3, 1)));
    return found;
  }

  areaKm2(h3: string): number {
    let found = this.areas.get(h3);
    if (found === undefined) this.areas.set(h3, (found = cellArea(h3, 'km2')));
    return found;
  }
}
