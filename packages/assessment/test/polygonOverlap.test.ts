import { GebiedsgerichtError } from '@gebiedsgericht/core';
import { describe, expect, it } from 'vitest';
import { geometryOverlapSquareMetres, planarPolygonArea, planarPolygonIntersectionArea } from '../src/index';

const square = (x: number, y: number, s: number) => [
  [
    [x, y],
    [x + s, y],
    [x + s, y + s],
    [x, y + s],
    [x, y],
  ] as [number, number][],
];

describe('planar polygon overlap (closed-form areas)', () => {
  it('two offset squares overlap in a quarter', () => {
    expect(planarPolygonIntersectionArea(square(0, 0, 100), square(50, 50, 100))).toBeCloseTo(2500, 9);
  });
  it('disjoint, touching and containing polygons', () => {
    expect(planarPolygonIntersectionArea(square(0, 0, 10), square(20, 0, 10))).toBe(0);
    expect(planarPolygonIntersectionArea(square(0, 0, 10), square(10, 0, 10))).toBeCloseTo(0, 9);
    expect(planarPolygonIntersectionArea(square(0, 0, 10), square(2, 2, 3))).toBeCloseTo(9, 9);
  });
  it('a non-convex L-shape against a square, either orientation of the rings', () => {
    // L = 20×20 square minus its top-right 10×10 quadrant (area 300); the square [5,15]² meets it in 75
    const L: [number, number][] = [
      [0, 0],
      [20, 0],
      [20, 10],
      [10, 10],
      [10, 20],
      [0, 20],
    ];
    expect(planarPolygonArea([L])).toBeCloseTo(300, 9);
    expect(planarPolygonIntersectionArea([L], square(5, 5, 10))).toBeCloseTo(75, 9);
    expect(planarPolygonIntersectionArea([[...L].reverse()], square(5, 5, 10))).toBeCloseTo(75, 9);
  });
  it('holes are subtracted', () => {
    const withHole = [square(0, 0, 10)[0] as [number, number][], square(2, 2, 4)[0] as [number, number][]];
    expect(planarPolygonArea(withHole)).toBeCloseTo(84, 9);
    expect(planarPolygonIntersectionArea(withHole, square(0, 0, 10))).toBeCloseTo(84, 9);
    expect(planarPolygonIntersectionArea(withHole, square(2, 2, 4))).toBeCloseTo(0, 9);
  });
  it('is symmetric and never exceeds the smaller area (RD New-like coordinates)', () => {
    const a = square(155_000, 463_000, 800);
    const b = [
      [
        [155_300, 462_900],
        [156_200, 463_400],
        [155_600, 464_100],
        [155_300, 462_900],
      ] as [number, number][],
    ];
    const ab = planarPolygonIntersectionArea(a, b);
    expect(ab).toBeCloseTo(planarPolygonIntersectionArea(b, a), 6);
    expect(ab).toBeLessThanOrEqual(Math.min(planarPolygonArea(a), planarPolygonArea(b)) + 1e-6);
    expect(ab).toBeGreaterThan(0);
  });
  it('rejects a ring with fewer than three points', () => {
    expect(() =>
      planarPolygonIntersectionArea(
        [
          [
            [0, 0],
            [1, 1],
          ],
        ],
        square(0, 0, 1),
      ),
    ).toThrow(GebiedsgerichtError);
  });
});

describe('GeoJSON overlap in WGS 84', () => {
  it('measures a 1 km × 1 km overlap at 52° N as about 100 ha', () => {
    const lonKm = 1 / (111.32 * Math.cos((52 * Math.PI) / 180));
    const latKm = 1 / 111.195;
    const rect = (lon: number, lat: number, w: number, h: number) => ({
      type: 'Polygon' as const,
      coordinates: [
        [
          [lon, lat],
          [lon + w * lonKm, lat],
          [lon + w * lonKm, lat + h * latKm],
          [lon, lat + h * latKm],
          [lon, lat],
        ] as [number, number][],
      ],
    });
    const m2 = geometryOverlapSquareMetres(rect(5.1, 52, 2, 2), rect(5.1 + lonKm, 52 + latKm, 2, 2));
    expect(m2 / 10_000).toBeGreaterThan(99.5);
    expect(m2 / 10_000).toBeLessThan(100.5);
  });
});

describe('a sparse ring', () => {
  it('is refused with a typed error at the missing point, not a TypeError', () => {
    const ring: unknown[] = new Array(4);
    ring[0] = [0, 0];
    ring[3] = [0, 0];
    const error = (() => {
      try {
        planarPolygonArea([ring] as never);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(GebiedsgerichtError);
    expect((error as GebiedsgerichtError).path).toEqual(['polygon', 0, 1]);
  });
});
