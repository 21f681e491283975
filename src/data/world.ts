/** Country outlines for the locator map: Natural Earth 1:110m via the world-atlas package. */
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import countries110m from 'world-atlas/countries-110m.json';
import { locatorMap, type LocatorMap, type World } from '../lib/map.ts';
import { meetingYear, type Meeting } from '../lib/meetings.ts';

/** Weighted once, for every map of the build to simplify at its own scale. */
const world = presimplify(countries110m as unknown as World, sphericalTriangleArea) as World;

/**
 * The map's width in its own units, close to the pixels it is shown at (at most 28rem, see
 * locator.css), so that its labels keep about the size they are given at every width.
 */
const MAP_WIDTH = 420;

/** The map of the given meetings' places; one place per city, labelled with its years; the hosts and participants' countries named. */
export function mapOfMeetings(meetings: readonly Meeting[]): LocatorMap {
  const byCity = new Map<string, { id: string; label: string; latitude: number; longitude: number; years: string[] }>();
  for (const m of meetings) {
    const place = byCity.get(m.city) ?? { id: m.id, label: m.city, ...m.coordinates, years: [] };
    place.years.push(meetingYear(m));
    byCity.set(m.city, place);
  }
  const places = [...byCity.values()].map(({ years, ...place }) => ({ ...place, label: `${place.label} ${years.join(', ')}` }));
  // The countries a reader needs named: the hosts, and the participants' own.
  const named = [...new Set(meetings.flatMap((m) => [m.country, ...m.participants.map((p) => p.country)]))];
  return locatorMap(world, places, MAP_WIDTH, named);
}
