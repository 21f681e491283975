/**
 * A small locator map drawn at build time: the countries around the meeting places, as SVG
 * path data, and the places as points. Pure: it takes country outlines (GeoJSON) and
 * coordinates, and returns strings and numbers for a component to put into an <svg>.
 */
import { geoConicEqualArea, geoPath, type GeoProjection } from 'd3-geo';
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
  /** One path per country whose shape reaches into the frame, with its name. */
  countries: { name: string; d: string }[];
  /** The countries to name on the map, each at the middle of its part in the frame. */
  labels: { name: string; x: number; y: number }[];
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

const round = (n: number): number => Math.round(n * 10) / 10;

/** A label's box on the map, estimated from its length: about 8 units a character at the map's type size. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
const CHARACTER = 8;
const LINE = 16;
export const placeLabelBox = (place: { x: number; y: number; label: string }): Box => ({
  left: place.x - 8,
  right: place.x + 12 + place.label.length * CHARACTER,
  top: place.y - LINE,
  bottom: place.y + 8,
});
export const countryLabelBox = (label: { x: number; y: number; name: string }): Box => ({
  left: label.x - (label.name.length * CHARACTER) / 2,
  right: label.x + (label.name.length * CHARACTER) / 2,
  top: label.y - LINE + 4,
  bottom: label.y + 4,
});
export const boxesMeet = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Countries' names where no place's label and no other name is: at the middle of the part
 * that shows, else above or below the place whose label it would cover ("Kyrgyzstan" at
 * Bishkek), else left where it was.
 */
function placeLabels<T extends { x: number; y: number; name: string }>(
  labels: readonly T[],
  places: readonly { x: number; y: number; label: string }[],
): T[] {
  const placed: T[] = [];
  const free = (label: T): boolean =>
    !places.some((place) => boxesMeet(countryLabelBox(label), placeLabelBox(place))) &&
    !placed.some((other) => boxesMeet(countryLabelBox(label), countryLabelBox(other)));
  for (const label of labels) {
    const near = places.find((place) => boxesMeet(countryLabelBox(label), placeLabelBox(place)));
    const candidates = near ? [-LINE - 10, LINE + 14].map((dy) => ({ ...label, x: near.x, y: near.y + dy })) : [];
    placed.push([label, ...candidates].find(free) ?? label);
  }
  return placed;
}

/**
 * The map of the places: every country whose shape reaches into the map's rectangle, and the
 * names of `named` countries (the hosts, the participants' countries) where they show.
 */
export function locatorMap(
  countries: FeatureCollection<Geometry, { name?: string }>,
  places: readonly MapPlace[],
  width = 640,
  named: readonly string[] = [],
): LocatorMap {
  if (places.length === 0) throw new Error('a locator map needs at least one place');
  const { projection, height } = mapProjection(places, width);
  const path = geoPath(projection).digits(0);
  const drawn = countries.features
    .map((country) => ({ country, name: country.properties?.name ?? '', d: path(country) ?? '' }))
    .filter(({ d }) => d !== '');
  const shown = places.map((place) => {
    const [x, y] = projection([place.longitude, place.latitude]) ?? [0, 0];
    return { ...place, x: round(x), y: round(y) };
  });
  const centres = drawn
    .filter(({ name }) => named.includes(name))
    .map(({ country, name }) => {
      // The centre of the part that shows: the clipped shape's centroid.
      const [x, y] = geoPath(projection).centroid(country);
      return { name, x: round(x), y: round(y) };
    })
    .filter(({ x, y }) => Number.isFinite(x) && Number.isFinite(y));
  const labels = placeLabels(centres, shown);
  return { width, height, countries: drawn.map(({ name, d }) => ({ name, d })), labels, places: shown };
}
