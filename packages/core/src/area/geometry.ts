import * as z from 'zod';
import { schemaRefinement } from '../internal/schemaIssue';
import { areaIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';

/**
 * A GeoJSON position: `[longitude, latitude]` or `[longitude, latitude, altitude]` in WGS 84
 * (RFC 7946 §3.1.1). Longitude −180…180, latitude −90…90. Dutch data in RD New (EPSG:28992) must be
 * converted to WGS 84 first, as RFC 7946 requires.
 *
 * @example
 * PositionSchema.parse([5.6, 51.7]);
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1.1
 */
export const PositionSchema = z.union([
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
  z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number()]),
]);
/** A GeoJSON position `[lon, lat]` or `[lon, lat, alt]`. */
export type Position = z.infer<typeof PositionSchema>;

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}

/**
 * A closed linear ring: at least four positions, the last equal to the first (RFC 7946 §3.1.6).
 *
 * @example
 * LinearRingSchema.parse([[5, 51], [6, 51], [6, 52], [5, 51]]);
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6
 */
export const LinearRingSchema = z
  .array(PositionSchema)
  .min(4)
  .refine((ring) => samePosition(ring[0], ring[ring.length - 1]), schemaRefinement(areaIssues, 'ring_not_closed', {}));
/** A closed linear ring of positions. */
export type LinearRing = z.infer<typeof LinearRingSchema>;

/**
 * A GeoJSON Polygon: an outer ring followed by optional holes (RFC 7946 §3.1.6). Strict: GeoJSON
 * "foreign members" are rejected like any unknown key in the SDK.
 *
 * @example
 * PolygonSchema.parse({ type: 'Polygon', coordinates: [[[5, 51], [6, 51], [6, 52], [5, 51]]] });
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1.6
 */
export const PolygonSchema = strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRingSchema).min(1),
  bbox: z.array(z.number()).min(4).optional(),
});
/** A GeoJSON Polygon. */
export type Polygon = z.infer<typeof PolygonSchema>;

/**
 * A GeoJSON MultiPolygon: several polygons, each as an array of rings (RFC 7946 §3.1.7), for an
 * area in several parts.
 *
 * @example
 * MultiPolygonSchema.parse({ type: 'MultiPolygon', coordinates: [[[[5, 51], [6, 51], [6, 52], [5, 51]]]] });
 * @see https://www.rfc-editor.org/rfc/rfc7946#section-3.1.7
 */
export const MultiPolygonSchema = strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRingSchema).min(1)).min(1),
  bbox: z.array(z.number()).min(4).optional(),
});
/** A GeoJSON MultiPolygon. */
export type MultiPolygon = z.infer<typeof MultiPolygonSchema>;

/**
 * The optional geometry of an area, deelgebied or spatial claim: a GeoJSON Polygon or MultiPolygon
 * in WGS 84. The SDK stores it; it does no spatial computation (overlap of claims is recorded as
 * data, not derived from geometry).
 *
 * @example
 * GeometrySchema.parse({ type: 'Polygon', coordinates: [[[5, 51], [6, 51], [6, 52], [5, 51]]] });
 * @see handreiking §2.4 (ruimtelijke claims en kaarten)
 */
export const GeometrySchema = z.discriminatedUnion('type', [PolygonSchema, MultiPolygonSchema]);
/** A GeoJSON Polygon or MultiPolygon. */
export type Geometry = z.infer<typeof GeometrySchema>;
