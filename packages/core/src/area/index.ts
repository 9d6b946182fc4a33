// Hand-written barrel of the area section of @gebiedsgericht/core: named exports only.
export { areaDocuments } from './documents';
export {
  type Geometry,
  GeometrySchema,
  type LinearRing,
  LinearRingSchema,
  type MultiPolygon,
  MultiPolygonSchema,
  type Polygon,
  PolygonSchema,
  type Position,
  PositionSchema,
} from './geometry';
