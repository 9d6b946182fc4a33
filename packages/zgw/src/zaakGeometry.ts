import { validate } from '@gebiedsgericht/core';
import proj4 from 'proj4';
import { z } from 'zod';
import { zgwFail } from './messages';

/**
 * RD New (EPSG:28992, Amersfoort / RD New) as a PROJ definition: the oblique stereographic
 * projection on the Bessel 1841 ellipsoid with the seven-parameter datum shift to WGS 84 that
 * EPSG publishes for it. This approximates the official RDNAPTRANS™ procedure to well under a
 * metre, which is enough for a zaak's geometry on a map (not for cadastral work).
 */
const RD_NEW =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4(RD_NEW, 'EPSG:4326');

/** The part of the plane where RD New is defined (the Netherlands with a margin), in metres. */
const RD_BOUNDS = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 } as const;

/**
 * The coordinate reference systems a zaak geometry can be given in.
 *
 * @example
 * GeometryCrsSchema.parse('EPSG:28992');
 */
export const GeometryCrsSchema = z.enum(['EPSG:4326', 'EPSG:28992']);
/** `EPSG:4326` (WGS 84, longitude/latitude) or `EPSG:28992` (RD New, x/y in metres). */
export type GeometryCrs = z.infer<typeof GeometryCrsSchema>;

const CoordinateSchema = z.tuple([z.number(), z.number()]);
/** A position as given: x/y or longitude/latitude, optionally with a height (dropped on the way out). */
const InputPositionSchema = z.union([CoordinateSchema, z.tuple([z.number(), z.number(), z.number()])]);
const RingSchema = z.array(InputPositionSchema).min(4);
const BboxSchema = z.array(z.number()).min(4).optional();

/**
 * A geometry for the zaak (`zaakgeometrie`): a GeoJSON Point, Polygon or MultiPolygon with the
 * coordinate reference system its coordinates are in. The ZGW APIs take EPSG:4326 only; RD New is
 * converted on the way out, and heights and bounding boxes are left out (the ZGW positions are 2D).
 *
 * @example
 * ZaakGeometryInputSchema.parse({ crs: 'EPSG:28992', geometry: { type: 'Point', coordinates: [155000, 463000] } });
 */
export const ZaakGeometryInputSchema = z.strictObject({
  crs: GeometryCrsSchema,
  geometry: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('Point'), coordinates: InputPositionSchema, bbox: BboxSchema }),
    z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(RingSchema).min(1), bbox: BboxSchema }),
    z.strictObject({
      type: z.literal('MultiPolygon'),
      coordinates: z.array(z.array(RingSchema).min(1)).min(1),
      bbox: BboxSchema,
    }),
  ]),
});
/** A zaak geometry with its coordinate reference system (core's area geometry fits as EPSG:4326). */
export type ZaakGeometryInput = z.input<typeof ZaakGeometryInputSchema>;

/** A GeoJSON Point, Polygon or MultiPolygon in EPSG:4326 (longitude, latitude), as the ZGW APIs take it. */
export type ZaakGeometry =
  | { readonly type: 'Point'; readonly coordinates: [number, number] }
  | { readonly type: 'Polygon'; readonly coordinates: [number, number][][] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: [number, number][][][] };

function flat(point: readonly number[]): [number, number] {
  return [point[0] as number, point[1] as number];
}

function toWgs84(point: readonly number[], path: (string | number)[]): [number, number] {
  const [x, y] = flat(point);
  if (x < RD_BOUNDS.minX || x > RD_BOUNDS.maxX || y < RD_BOUNDS.minY || y > RD_BOUNDS.maxY)
    throw zgwFail('coordinates_outside_rd', { x, y }, path);
  const [lon, lat] = converter.forward([x, y]);
  return [lon as number, lat as number];
}

/**
 * Converts a point in RD New (EPSG:28992; x east, y north, in metres) to WGS 84 (EPSG:4326) as
 * `[longitude, latitude]` in degrees, the order GeoJSON and the ZGW APIs use. Throws
 * `coordinates_outside_rd` for a point outside the range of RD New.
 *
 * @example
 * rdToWgs84([155000, 463000]); // ≈ [5.38720621, 52.15517440], the origin of RD (Amersfoort)
 * @see https://epsg.io/28992
 */
export function rdToWgs84(point: readonly [number, number]): [number, number] {
  const valid = validate(CoordinateSchema, point, { path: ['point'] });
  return toWgs84(valid, ['point']);
}

/**
 * The geometry as the ZGW APIs take it: in EPSG:4326, converted from RD New where it is given in
 * RD. Throws `invalid_input` for a malformed geometry and `coordinates_outside_rd` (with the path
 * of the point) for RD coordinates outside the Netherlands.
 *
 * @example
 * zaakGeometryToWgs84({ crs: 'EPSG:28992', geometry: { type: 'Point', coordinates: [155000, 463000] } });
 * // { type: 'Point', coordinates: [5.3872…, 52.1551…] }
 * @see docs/zgw.md (geometry)
 */
export function zaakGeometryToWgs84(input: ZaakGeometryInput): ZaakGeometry {
  return convertGeometry(validate(ZaakGeometryInputSchema, input, { path: ['geometry'] }), ['geometry']);
}

/**
 * The unvalidated core of {@link zaakGeometryToWgs84}; `path` is where the geometry sits in the
 * caller's input, for the path of a point outside RD New.
 */
export function convertGeometry(
  input: z.output<typeof ZaakGeometryInputSchema>,
  path: (string | number)[],
): ZaakGeometry {
  const { crs, geometry } = input;
  const base = [...path, 'geometry', 'coordinates'];
  if (crs === 'EPSG:4326') {
    switch (geometry.type) {
      case 'Point':
        return { type: 'Point', coordinates: flat(geometry.coordinates) };
      case 'Polygon':
        return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(flat)) };
      case 'MultiPolygon':
        return {
          type: 'MultiPolygon',
          coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(flat))),
        };
    }
  }
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: toWgs84(geometry.coordinates, base) };
    case 'Polygon':
      return {
        type: 'Polygon',
        coordinates: geometry.coordinates.map((ring, r) => ring.map((p, i) => toWgs84(p, [...base, r, i]))),
      };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon, m) =>
          polygon.map((ring, r) => ring.map((p, i) => toWgs84(p, [...base, m, r, i]))),
        ),
      };
  }
}
