/** Country outlines for the locator map: Natural Earth 1:110m via the world-atlas package. */
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json';
import { locatorMap, type LocatorMap } from '../lib/map.ts';
import { meetingYear, type Meeting } from '../lib/meetings.ts';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

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
  return locatorMap(countries, places, MAP_WIDTH, named);
}
