/**
 * RD New → WGS 84. Reference point: the origin of the RD system near the Onze Lieve Vrouwetoren in
 * Amersfoort, x = 155000 m, y = 463000 m, which is 52.15517440° N, 5.38720621° E in WGS 84
 * (F.H. Schreutelkamp and G.L. Strang van Hees, "Benaderingsformules voor de transformatie tussen
 * RD- en WGS84-kaartcoördinaten", Stichting De Koepel, 2001). The seven-parameter datum shift
 * used here approximates the official RDNAPTRANS™ to within a metre, so the tests allow
 * 0.00001° (about 1.1 m north–south, 0.7 m east–west).
 */
import { isGebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { rdToWgs84, zaakGeometryToWgs84 } from '../src/index';

const TOLERANCE = 1e-5;

describe('RD New to EPSG:4326', () => {
  it('puts the origin of RD at Amersfoort (52.15517440° N, 5.38720621° E)', () => {
    const [lon, lat] = rdToWgs84([155000, 463000]);
    expect(Math.abs(lon - 5.38720621)).toBeLessThan(TOLERANCE);
    expect(Math.abs(lat - 52.1551744)).toBeLessThan(TOLERANCE);
  });

  it('moves north and east as y and x grow, by about 1 km per 1000 m', () => {
    const [lon0, lat0] = rdToWgs84([155000, 463000]);
    const [, latNorth] = rdToWgs84([155000, 464000]);
    const [lonEast] = rdToWgs84([156000, 463000]);
    // One degree of latitude is about 111.2 km; one degree of longitude at 52.16° N about 68.3 km.
    expect((latNorth - lat0) * 111_250).toBeCloseTo(1000, -1);
    expect((lonEast - lon0) * 68_330).toBeCloseTo(1000, -1);
  });

  it('converts every point of a polygon and keeps the ring closed', () => {
    const ring: [number, number][] = [
      [150000, 400000],
      [160000, 400000],
      [160000, 410000],
      [150000, 400000],
    ];
    const geometry = zaakGeometryToWgs84({ crs: 'EPSG:28992', geometry: { type: 'Polygon', coordinates: [ring] } });
    if (geometry.type !== 'Polygon') throw new Error('not a polygon');
    const out = geometry.coordinates[0]!;
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual(out[3]);
    for (const [lon, lat] of out) {
      expect(lon).toBeGreaterThan(3);
      expect(lon).toBeLessThan(8);
      expect(lat).toBeGreaterThan(50);
      expect(lat).toBeLessThan(54);
    }
  });

  it('passes a geometry already in EPSG:4326 through unchanged', () => {
    const geometry = { type: 'Point' as const, coordinates: [5.6, 51.7] as [number, number] };
    expect(zaakGeometryToWgs84({ crs: 'EPSG:4326', geometry })).toEqual(geometry);
  });

  it('refuses RD coordinates outside the Netherlands with the path of the point', () => {
    try {
      zaakGeometryToWgs84({ crs: 'EPSG:28992', geometry: { type: 'Point', coordinates: [5.6, 51.7] } });
      throw new Error('did not throw');
    } catch (e) {
      expect(isGebiedsgerichtError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'coordinates_outside_rd', path: ['geometry', 'geometry', 'coordinates'] });
    }
  });
});
