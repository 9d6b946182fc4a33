import { type Geometry, GeometrySchema, validate } from '@gebiedsgericht/core';
import { fail } from './messages';

/**
 * A planar point `[x, y]` in metres (for example RD New, EPSG:28992).
 *
 * @example
 * const p: PlanarPoint = [155_000, 463_000];
 */
export type PlanarPoint = readonly [number, number];
/**
 * A planar polygon: an outer ring followed by holes; rings may repeat the first point at the end.
 *
 * @example
 * const square: PlanarPolygon = [[[0, 0], [100, 0], [100, 100], [0, 100]]];
 */
export type PlanarPolygon = readonly (readonly PlanarPoint[])[];

type Pt = [number, number];
type Path = (string | number)[];

/** Where each checked ring came from in the caller's arguments, for an error found later. */
const ringPaths = new WeakMap<Pt[], Path>();

function signedArea(ring: readonly PlanarPoint[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as PlanarPoint;
    const b = ring[i] as PlanarPoint;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/**
 * Checks one ring (an array of `[x, y]` pairs of finite numbers, at least three points besides a
 * repeated closing point), drops the closing point and returns it counter-clockwise, as a new array:
 * the input is not changed.
 */
function openCcw(ring: unknown, path: Path): Pt[] {
  if (!Array.isArray(ring)) throw fail('invalid_argument', { name: 'ring (an array of [x, y] points)' }, path);
  // Array.from visits the holes of a sparse array (as undefined), so they are refused like any non-point.
  const pts: Pt[] = Array.from(ring as unknown[], (p: unknown, j): Pt => {
    if (!Array.isArray(p) || p.length !== 2)
      throw fail('invalid_argument', { name: 'point (a pair [x, y])' }, [...path, j]);
    for (const c of [0, 1])
      if (typeof p[c] !== 'number' || !Number.isFinite(p[c]))
        throw fail('not_a_finite_number', { name: 'coordinate' }, [...path, j, c]);
    return [p[0] as number, p[1] as number];
  });
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (pts.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) pts.pop();
  if (pts.length < 3) throw fail('polygon_too_small', {}, path);
  const ccw = signedArea(pts) < 0 ? pts.reverse() : pts;
  ringPaths.set(ccw, path);
  return ccw;
}

/** Checks a polygon (a non-empty array of rings) and returns its rings, open and counter-clockwise. */
function ringsOf(polygon: unknown, path: Path): [Pt[], ...Pt[][]] {
  if (!Array.isArray(polygon))
    throw fail('invalid_argument', { name: 'polygon (an array of rings of [x, y] points)' }, path);
  if (polygon.length === 0) throw fail('polygon_too_small', {}, path);
  return Array.from(polygon as unknown[], (ring: unknown, i) => openCcw(ring, [...path, i])) as [Pt[], ...Pt[][]];
}

const cross = (o: Pt, a: Pt, b: Pt) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

function inTriangle(p: Pt, a: Pt, b: Pt, c: Pt): boolean {
  return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
}

/** Ear clipping of a simple counter-clockwise ring into triangles (O(n²)). */
function triangulate(ring: Pt[]): Pt[][] {
  const idx = ring.map((_, i) => i);
  const out: Pt[][] = [];
  let guard = 0;
  while (idx.length > 3 && guard < 10 * ring.length * ring.length) {
    guard++;
    let clipped = false;
    for (let i = 0; i < idx.length; i++) {
      const ia = idx[(i + idx.length - 1) % idx.length] as number;
      const ib = idx[i] as number;
      const ic = idx[(i + 1) % idx.length] as number;
      const a = ring[ia] as Pt;
      const b = ring[ib] as Pt;
      const c = ring[ic] as Pt;
      const turn = cross(a, b, c);
      if (turn < 0) continue; // reflex vertex
      if (turn === 0) {
        // collinear: drop the middle vertex, it adds no area
        idx.splice(i, 1);
        clipped = true;
        break;
      }
      let contains = false;
      for (const j of idx) {
        if (j === ia || j === ib || j === ic) continue;
        const p = ring[j] as Pt;
        if (inTriangle(p, a, b, c)) {
          contains = true;
          break;
        }
      }
      if (contains) continue;
      out.push([a, b, c]);
      idx.splice(i, 1);
      clipped = true;
      break;
    }
    if (!clipped)
      throw fail(
        'invalid_argument',
        { name: 'polygon (not simple: self-intersecting ring)' },
        ringPaths.get(ring) ?? [],
      );
  }
  if (idx.length === 3) {
    const [a, b, c] = idx.map((i) => ring[i] as Pt) as [Pt, Pt, Pt];
    if (cross(a, b, c) > 0) out.push([a, b, c]);
  }
  return out;
}

/** Sutherland–Hodgman: the part of a convex polygon `subject` inside a convex CCW polygon `clip`. */
function clipConvex(subject: Pt[], clip: Pt[]): Pt[] {
  let output = subject;
  for (let i = 0; i < clip.length && output.length > 0; i++) {
    const a = clip[i] as Pt;
    const b = clip[(i + 1) % clip.length] as Pt;
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j] as Pt;
      const q = input[(j + 1) % input.length] as Pt;
      const pIn = cross(a, b, p) >= 0;
      const qIn = cross(a, b, q) >= 0;
      if (pIn) output.push(p);
      if (pIn !== qIn) {
        const dx = q[0] - p[0];
        const dy = q[1] - p[1];
        const ex = b[0] - a[0];
        const ey = b[1] - a[1];
        const t = (ex * (p[1] - a[1]) - ey * (p[0] - a[0])) / (ey * dx - ex * dy);
        output.push([p[0] + t * dx, p[1] + t * dy]);
      }
    }
  }
  return output;
}

function ringIntersectionArea(a: Pt[], b: Pt[]): number {
  const ta = triangulate(a);
  const tb = triangulate(b);
  let area = 0;
  for (const t of ta) {
    const [minX, maxX] = [Math.min(t[0]![0], t[1]![0], t[2]![0]), Math.max(t[0]![0], t[1]![0], t[2]![0])];
    const [minY, maxY] = [Math.min(t[0]![1], t[1]![1], t[2]![1]), Math.max(t[0]![1], t[1]![1], t[2]![1])];
    for (const u of tb) {
      if (Math.max(u[0]![0], u[1]![0], u[2]![0]) < minX || Math.min(u[0]![0], u[1]![0], u[2]![0]) > maxX) continue;
      if (Math.max(u[0]![1], u[1]![1], u[2]![1]) < minY || Math.min(u[0]![1], u[1]![1], u[2]![1]) > maxY) continue;
      const piece = clipConvex(t, u);
      if (piece.length >= 3) area += signedArea(piece);
    }
  }
  return Math.max(0, area);
}

/** Internal: the intersection area of two polygons whose rings are already checked and oriented. */
function intersectionOfRings(ra: [Pt[], ...Pt[][]], rb: [Pt[], ...Pt[][]]): number {
  const [oa, ...ha] = ra;
  const [ob, ...hb] = rb;
  let area = ringIntersectionArea(oa, ob);
  for (const h of hb) area -= ringIntersectionArea(oa, h);
  for (const h of ha) area -= ringIntersectionArea(h, ob);
  for (const h of ha) for (const g of hb) area += ringIntersectionArea(h, g);
  return Math.max(0, area);
}

/**
 * The area of the intersection of two planar polygons, in the square of the coordinate unit (m² for
 * RD New). Each polygon is an outer ring with optional holes; rings must be *simple* (not
 * self-intersecting), holes must lie inside their outer ring and not overlap each other (as GeoJSON
 * requires). Method: each ring is cut into triangles by ear clipping, triangle pairs are intersected
 * with Sutherland–Hodgman (exact for convex clip polygons, which triangles are), and holes are
 * handled by inclusion–exclusion. Cost grows with the product of the vertex counts.
 *
 * Throws a `GebiedsgerichtError`, with the path of the offending value under `a` or `b`:
 * `invalid_argument` when a polygon is not an array of rings, a ring not an array of points, or a
 * point not a pair `[x, y]`; `not_a_finite_number` for a coordinate that is not a finite number;
 * `polygon_too_small` for a polygon without rings or a ring with fewer than three points (a
 * repeated closing point not counted). A ring that intersects itself gives `invalid_argument`
 * with the path of that ring (`['a', i]` or `['b', i]`). The polygons are never changed.
 *
 * @example
 * planarPolygonIntersectionArea([[[0, 0], [100, 0], [100, 100], [0, 100]]], [[[50, 50], [150, 50], [150, 150], [50, 150]]]); // 2500
 * @see handreiking §2.4 (ruimtelijke claims van opgaven)
 */
export function planarPolygonIntersectionArea(a: PlanarPolygon, b: PlanarPolygon): number {
  return intersectionOfRings(ringsOf(a, ['a']), ringsOf(b, ['b']));
}

/**
 * The area of one planar polygon (outer ring minus holes), in the square of the coordinate unit.
 *
 * Throws a `GebiedsgerichtError`, with the path of the offending value under `polygon`:
 * `invalid_argument` when it is not an array of rings of `[x, y]` points, `not_a_finite_number`
 * for a coordinate that is not a finite number, `polygon_too_small` for a polygon without rings or
 * a ring with fewer than three points (a repeated closing point not counted). The polygon is never
 * changed.
 *
 * @example
 * planarPolygonArea([[[0, 0], [10, 0], [10, 10], [0, 10]]]); // 100
 */
export function planarPolygonArea(polygon: PlanarPolygon): number {
  const [outer, ...holes] = ringsOf(polygon, ['polygon']);
  return signedArea(outer) - holes.reduce((s, h) => s + signedArea(h), 0);
}

const EARTH_RADIUS_M = 6_371_008.8;

function polygonsOf(g: Geometry): (readonly (readonly (readonly number[])[])[])[] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * Internal: the overlap in square metres of two geometries that have already been validated
 * against `GeometrySchema` (as the claims of a validated variant have been).
 */
export function overlapSquareMetres(a: Geometry, b: Geometry, pathA: Path = ['a'], pathB: Path = ['b']): number {
  const all = [...polygonsOf(a), ...polygonsOf(b)].flat(2);
  const lat0 = (all.reduce((s, p) => s + (p[1] as number), 0) / all.length) * (Math.PI / 180);
  const lon0 = all.reduce((s, p) => s + (p[0] as number), 0) / all.length;
  const k = Math.PI / 180;
  const project = (poly: readonly (readonly (readonly number[])[])[], path: Path): [Pt[], ...Pt[][]] =>
    ringsOf(
      poly.map((ring) =>
        ring.map((p) => [
          EARTH_RADIUS_M * ((p[0] as number) - lon0) * k * Math.cos(lat0),
          EARTH_RADIUS_M * (p[1] as number) * k,
        ]),
      ),
      path,
    );
  // the path of polygon i of a geometry, for the (unlikely) error on a degenerate ring
  const at = (g: Geometry, root: Path, i: number): Path =>
    g.type === 'Polygon' ? [...root, 'coordinates'] : [...root, 'coordinates', i];
  let area = 0;
  for (const [i, pa] of polygonsOf(a).entries())
    for (const [j, pb] of polygonsOf(b).entries())
      area += intersectionOfRings(project(pa, at(a, pathA, i)), project(pb, at(b, pathB, j)));
  return area;
}

/**
 * The overlap of two GeoJSON geometries (WGS 84 longitude/latitude, RFC 7946) in square metres. The
 * coordinates are first projected to a local plane (equirectangular about the mean latitude of both
 * geometries, mean Earth radius 6,371,008.8 m); for areas the size of a Dutch region (tens of km)
 * the area error of this projection stays below about half a percent. For exact cadastral figures,
 * project to RD New (EPSG:28992) yourself and use {@link planarPolygonIntersectionArea}.
 *
 * Both geometries are validated against core's `GeometrySchema` first: anything that is not a
 * GeoJSON Polygon or MultiPolygon with closed rings of at least four WGS 84 positions throws a
 * `GebiedsgerichtError` with code `invalid_input` and path `['a']` or `['b']` (every issue in
 * `issues`, with its full path). The geometries are never changed.
 *
 * @example
 * const m2 = geometryOverlapSquareMetres(claimA.geometry, claimB.geometry);
 * @see handreiking §2.4
 */
export function geometryOverlapSquareMetres(a: Geometry, b: Geometry): number {
  return overlapSquareMetres(
    validate(GeometrySchema, a, { path: ['a'] }),
    validate(GeometrySchema, b, { path: ['b'] }),
  );
}
