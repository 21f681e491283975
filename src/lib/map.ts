/**
 * A small locator map drawn at build time: the countries around the meeting places, as SVG
 * path data, and the places as points. Pure: it takes country outlines (GeoJSON) and
 * coordinates, and returns strings and numbers for a component to put into an <svg>.
 */
import { geoBounds, geoConicEqualArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface MapPlace {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

export interface LocatorMap {
  width: number;
  height: number;
  /** One path per country that shows on the map, with its name for a tooltip. */
  countries: { name: string; d: string }[];
  places: (MapPlace & { x: number; y: number })[];
}

/** Degrees of margin around the places, so that they sit among their neighbours. */
const MARGIN = 12;

/**
 * A frame around the places as a GeoJSON polygon for fitting: widened so that the map is
 * about 8:5 (a degree of longitude is shorter than one of latitude away from the equator).
 */
function frameAround(places: readonly MapPlace[]): Feature<Geometry> {
  const lats = places.map((p) => p.latitude);
  const lons = places.map((p) => p.longitude);
  const [south, north] = [Math.min(...lats) - MARGIN, Math.max(...lats) + MARGIN];
  const wanted = 2 * (north - south);
  const widen = Math.max(0, wanted - (Math.max(...lons) - Math.min(...lons) + 2 * MARGIN)) / 2;
  const [west, east] = [Math.min(...lons) - MARGIN - widen, Math.max(...lons) + MARGIN + widen];
  return {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [west, south],
          [west, north],
          [east, north],
          [east, south],
          [west, south],
        ],
      ],
    },
  };
}

/** [[west, south], [east, north]] in degrees. */
type Bounds = [[number, number], [number, number]];

/** Each country's bounds, computed once however many maps are drawn. */
const boundsCache = new WeakMap<object, Bounds>();
function boundsOf(country: Feature<Geometry>): Bounds {
  let bounds = boundsCache.get(country);
  if (!bounds) {
    bounds = geoBounds(country) as Bounds;
    boundsCache.set(country, bounds);
  }
  return bounds;
}

/**
 * Longitude spans of bounds. d3's bounds of a shape that crosses the antimeridian (Russia,
 * with Chukotka east of 180°) run from west to east the long way round, west > east: that is
 * two spans, not an empty one.
 */
const spans = ([[west], [east]]: Bounds): [number, number][] =>
  west <= east
    ? [[west, east]]
    : [
        [west, 180],
        [-180, east],
      ];

/** Whether two bounds overlap (the second, the map's view, never crosses the antimeridian). */
export function overlaps(a: Bounds, b: Bounds): boolean {
  const latitudes = a[0][1] <= b[1][1] && a[1][1] >= b[0][1];
  return latitudes && spans(a).some(([west, east]) => west <= b[1][0] && east >= b[0][0]);
}

export function locatorMap(
  countries: FeatureCollection<Geometry, { name?: string }>,
  places: readonly MapPlace[],
  width = 640,
): LocatorMap {
  if (places.length === 0) throw new Error('a locator map needs at least one place');
  const frame = frameAround(places);
  const centre = places.reduce((sum, p) => sum + p.longitude, 0) / places.length;
  const projection = geoConicEqualArea().rotate([-centre, 0]).parallels([25, 50]).fitWidth(width, frame);
  // The map is as tall as the frame is at this width; whole pixels are precise enough.
  const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(0);
  const [[west, south], [east, north]] = geoBounds(frame);
  const view: Bounds = [
    [west, south],
    [east, north],
  ];
  return {
    width,
    height,
    countries: countries.features
      .filter((country) => overlaps(boundsOf(country), view))
      .map((country) => ({ name: country.properties?.name ?? '', d: path(country) ?? '' }))
      .filter((country) => country.d !== ''),
    places: places.map((place) => {
      const [x, y] = projection([place.longitude, place.latitude]) ?? [0, 0];
      return { ...place, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
    }),
  };
}
