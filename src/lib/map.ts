/**
 * A small locator map drawn at build time: the countries around the meeting places, as SVG
 * path data, and the places as points. Pure: it takes country outlines (TopoJSON) and
 * coordinates, and returns strings and numbers for a component to put into an <svg>. Only
 * what the frame shows is drawn (clipped to it), simplified for the map's scale, so that a
 * meeting in Russia costs what one in Kyrgyzstan does.
 */
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Country outlines as TopoJSON, each point weighted for simplifying (topojson-simplify's presimplify, spherical). */
export type World = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

/**
 * The smallest triangle, in square pixels at the map's scale, that a point of an outline must
 * make with its neighbours to be kept: below it the point changes nothing a reader can see.
 */
const MIN_PIXEL_AREA = 16;

export interface MapPlace {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
}

export interface LocatorMap {
  width: number;
  height: number;
  /** One path per country whose shape reaches into the frame, with its name. */
  countries: { name: string; d: string }[];
  /** The countries named on the map, each inside its own land, with its type size. */
  labels: { name: string; x: number; y: number; size: number }[];
  /** Each place where it is (x, y), numbered in the order given, with its marker (moved off any other). */
  places: (MapPlace & { number: number; x: number; y: number; marker: { x: number; y: number } })[];
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

/**
 * The map's projection, fitted to the frame around the places and clipped to the map's
 * rectangle, with the map's height. The rectangle shows more than the frame in its corners (a
 * conic projection bends the frame's edges), so what is drawn is decided by the rectangle.
 */
export function mapProjection(places: readonly MapPlace[], width: number): { projection: GeoProjection; height: number } {
  const frame = frameAround(places);
  const centre = places.reduce((sum, p) => sum + p.longitude, 0) / places.length;
  const projection = geoConicEqualArea().rotate([-centre, 0]).parallels([25, 50]).fitWidth(width, frame);
  // The map is as tall as the frame is at this width; whole pixels are precise enough.
  const height = Math.ceil(geoPath(projection).bounds(frame)[1][1]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, height };
}

/** Whole units: the map is drawn about as wide as it is shown, so a unit is about a pixel. */
const round = (n: number): number => Math.round(n);

/** A box on the map, in its units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
export const boxesMeet = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A place's marker: a numbered disc of this radius (the names are listed beside the map, where they can wrap). */
const MARKER_RADIUS = 9;
export const markerBox = (marker: { x: number; y: number }): Box => ({
  left: marker.x - MARKER_RADIUS - 1,
  right: marker.x + MARKER_RADIUS + 1,
  top: marker.y - MARKER_RADIUS - 1,
  bottom: marker.y + MARKER_RADIUS + 1,
});

/** The type sizes a country's name may take, largest first: a small country gets the smaller. */
const NAME_SIZES = [10, 8] as const;
/** A country's name in capitals, letter-spaced (see locator.css): about 0.75 of its size a letter. */
export const countryLabelBox = (label: { x: number; y: number; name: string; size: number }): Box => ({
  left: label.x - (label.name.length * label.size * 0.75) / 2,
  right: label.x + (label.name.length * label.size * 0.75) / 2,
  top: label.y - label.size + 2,
  bottom: label.y + 2,
});

const insideFrame = (box: Box, width: number, height: number): boolean =>
  box.left >= 1 && box.top >= 1 && box.right <= width - 1 && box.bottom <= height - 1;

/**
 * Each place's marker where it is, or, where it would cover another marker or cross the frame,
 * the nearest free spot on a spiral around it (a leader line then joins it to the place).
 */
function placeMarkers<T extends { x: number; y: number }>(
  points: readonly T[],
  width: number,
  height: number,
): (T & { marker: { x: number; y: number } })[] {
  const placed: { x: number; y: number }[] = [];
  return points.map((point) => {
    const free = (m: { x: number; y: number }) =>
      insideFrame(markerBox(m), width, height) && !placed.some((other) => boxesMeet(markerBox(m), markerBox(other)));
    let marker = { x: point.x, y: point.y };
    for (let step = 0; step < 200 && !free(marker); step++) {
      // A golden-angle spiral: each step a little further out, never twice in one direction.
      const angle = step * 2.39996;
      const distance = MARKER_RADIUS * (0.8 + step * 0.12);
      marker = { x: round(point.x + distance * Math.cos(angle)), y: round(point.y + distance * Math.sin(angle)) };
    }
    placed.push(marker);
    return { ...point, marker };
  });
}

/**
 * A country's name inside the country: of the spots on a grid over its part of the map, those
 * where the whole name lies on the country's land, within the frame and clear of the markers
 * and of the names placed before, the one nearest the middle of that part; in smaller type if
 * the larger does not fit. A country with no such spot (too small, or covered by markers) goes
 * unnamed rather than named on its neighbour.
 */
function nameInside(
  country: Feature<Geometry>,
  name: string,
  projection: GeoProjection,
  frame: { width: number; height: number },
  taken: readonly Box[],
): { name: string; x: number; y: number; size: number } | undefined {
  const path = geoPath(projection);
  const [[x0, y0], [x1, y1]] = path.bounds(country);
  const [cx, cy] = path.centroid(country);
  if (![x0, y0, x1, y1, cx, cy].every(Number.isFinite)) return undefined;
  const onLand = (x: number, y: number) => {
    const lonLat = projection.invert?.([x, y]);
    return lonLat !== null && lonLat !== undefined && geoContains(country, lonLat);
  };
  const spots: { x: number; y: number; distance: number }[] = [];
  const STEP = 6;
  for (let y = Math.ceil(y0); y <= y1; y += STEP) {
    for (let x = Math.ceil(x0); x <= x1; x += STEP) spots.push({ x, y, distance: Math.hypot(x - cx, y - cy) });
  }
  const nearestFirst = spots.sort((a, b) => a.distance - b.distance);
  for (const size of NAME_SIZES) {
    for (const spot of nearestFirst) {
      const label = { name, x: round(spot.x), y: round(spot.y), size };
      const box = countryLabelBox(label);
      if (!insideFrame(box, frame.width, frame.height) || taken.some((other) => boxesMeet(box, other))) continue;
      const corners = [
        [box.left, box.top],
        [box.right, box.top],
        [box.left, box.bottom],
        [box.right, box.bottom],
        [(box.left + box.right) / 2, (box.top + box.bottom) / 2],
      ] as const;
      if (corners.every(([x, y]) => onLand(x, y))) return label;
    }
  }
  return undefined;
}

/**
 * The map of the places: every country whose shape reaches into the map's rectangle, a
 * numbered marker per place (in the order given), and the names of `named` countries (the
 * hosts, the participants' countries) each inside its own land where it fits.
 */
export function locatorMap(world: World, places: readonly MapPlace[], width = 640, named: readonly string[] = []): LocatorMap {
  if (places.length === 0) throw new Error('a locator map needs at least one place');
  const { projection, height } = mapProjection(places, width);
  // An equal-area projection of scale k maps a steradian onto k² square pixels.
  const simplified = simplify(world, MIN_PIXEL_AREA / projection.scale() ** 2);
  const countries = feature(simplified, simplified.objects.countries) as FeatureCollection<Geometry, { name?: string }>;
  const path = geoPath(projection).digits(0);
  const drawn = countries.features
    .map((country) => ({ country, name: country.properties?.name ?? '', d: path(country) ?? '' }))
    .filter(({ d }) => d !== '');
  const projected = places.map((place, index) => {
    const [x, y] = projection([place.longitude, place.latitude]) ?? [0, 0];
    return { ...place, number: index + 1, x: round(x), y: round(y) };
  });
  const shown = placeMarkers(projected, width, height);
  const taken: Box[] = shown.map((place) => markerBox(place.marker));
  const labels: LocatorMap['labels'] = [];
  for (const { country, name } of drawn.filter(({ name }) => named.includes(name))) {
    const label = nameInside(country, name, projection, { width, height }, taken);
    if (!label) continue;
    labels.push(label);
    taken.push(countryLabelBox(label));
  }
  return { width, height, countries: drawn.map(({ name, d }) => ({ name, d })), labels, places: shown };
}
