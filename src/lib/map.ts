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
    geometry: { type: 'Polygon', coordinates: [[[west, south], [west, north], [east, north], [east, south], [west, south]]] },
  };
}

/** Each country's bounds, computed once however many maps are drawn. */
const boundsCache = new WeakMap<object, [[number, number], [number, number]]>();
function boundsOf(country: Feature<Geometry>): [[number, number], [number, number]] {
  let bounds = boundsCache.get(country);
  if (!bounds) {
    bounds = geoBounds(country) as [[number, number], [number, number]];
    boundsCache.set(country, bounds);
  }
  return bounds;
}

const overlaps = (a: [[number, number], [number, number]], b: [[number, number], [number, number]]): boolean =>
  a[0][0] <= b[1][0] && a[1][0] >= b[0][0] && a[0][1] <= b[1][1] && a[1][1] >= b[0][1];

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
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(0);
  const [[west, south], [east, north]] = geoBounds(frame);
  const view: [[number, number], [number, number]] = [[west - 20, south - 10], [east + 20, north + 10]];
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
