import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { geoContains, geoPath } from 'd3-geo';
import { presimplify, sphericalTriangleArea } from 'topojson-simplify';
import { boxesMeet, countryLabelBox, locatorMap, mapProjection, markerBox, type LocatorMap, type World } from '../../src/lib/map.ts';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
/** As the site weighs it once per build (src/data/world.ts), for each map to simplify at its scale. */
const weighted = presimplify(topology as unknown as World, sphericalTriangleArea) as World;

describe('the locator map of Bishkek and Islamabad', () => {
  const places = [
    { id: 'bishkek', label: 'Bishkek', latitude: 42.8746, longitude: 74.5698 },
    { id: 'islamabad', label: 'Islamabad', latitude: 33.6844, longitude: 73.0479 },
  ];
  const width = 420;
  const map = locatorMap(weighted, places, width, ['China', 'Russia', 'Kyrgyzstan', 'Pakistan']);
  const drawn = new Map(map.countries.map((c) => [c.name, c.d]));

  it('draws every country whose shape reaches into the frame, corners included, but a speck smaller than the simplification keeps', () => {
    // Projected without clipping, each vertex of each country: one inside the rectangle means the country shows.
    const { projection } = mapProjection(places, width);
    const unclipped = projection.clipExtent(null);
    const inside = ([x, y]: [number, number]) => x > 1 && x < map.width - 1 && y > 1 && y < map.height - 1;
    const vertices = (geometry: Geometry): number[][] =>
      geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.type === 'MultiPolygon' ? geometry.coordinates.flat(2) : [];
    const reaching = world.features
      .filter((country) =>
        vertices(country.geometry).some((v) => {
          const xy = unclipped([v[0]!, v[1]!]);
          // Only the near side of the globe: the conic projection folds the far side out of the frame anyway.
          return xy !== null && Math.abs(v[0]! - 73.8) < 90 && inside(xy);
        }),
      )
      // A country of a few square pixels at this scale (Northern Cyprus) is simplified away: nothing a reader could see.
      .filter((country) => geoPath(unclipped).area(country) >= 30)
      .map((country) => country.properties.name)
      .sort();
    expect(reaching.length).toBeGreaterThan(20);
    expect([...drawn.keys()].sort()).toEqual(expect.arrayContaining(reaching));
    // The countries in the frame's corners, west of its western edge at the top: drawn as land, not sea.
    for (const name of ['Ukraine', 'Belarus', 'Romania', 'Israel', 'Saudi Arabia']) expect(drawn.has(name), name).toBe(true);
  });

  it("names the participants' countries and the hosts where the name fits inside the country: Russia, China, Pakistan", () => {
    // Kyrgyzstan, between Bishkek's marker and its borders, has no room for its name.
    expect(map.labels.map((l) => l.name).sort()).toEqual(['China', 'Pakistan', 'Russia']);
  });

  it('numbers the places in the order given', () => {
    expect(map.places.map((p) => [p.number, p.label])).toEqual([
      [1, 'Bishkek'],
      [2, 'Islamabad'],
    ]);
  });

  it('keeps every mark and name clear of the others, inside the frame, each name on its own land', () => {
    expect(clashes(map, places)).toEqual([]);
  });
  it('draws every SCO member within its frame, Russia included', () => {
    // Members of the SCO whose territory lies between about 40° and 110° east
    for (const name of ['China', 'India', 'Iran', 'Kazakhstan', 'Kyrgyzstan', 'Pakistan', 'Russia', 'Tajikistan', 'Uzbekistan']) {
      expect(drawn.get(name), name).toBeTruthy();
    }
  });

  it('draws Russia north of Kazakhstan, reaching the top edge, so that Kazakhstan has no Arctic coast', () => {
    const top = (d: string) => Math.min(...[...d.matchAll(/-?\d+,(-?\d+)/g)].map((m) => Number(m[1])));
    expect(top(drawn.get('Russia')!)).toBe(0);
    expect(top(drawn.get('Kazakhstan')!)).toBeGreaterThan(0);
  });

  it('puts Bishkek north of Islamabad and both inside the map', () => {
    const [bishkek, islamabad] = map.places;
    expect(bishkek!.y).toBeLessThan(islamabad!.y);
    for (const p of map.places) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
  });
});

/** The synthetic meetings' places, as the tests' sites of many meetings place them (tests/support/synthetic.ts). */
const synthetic = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    id: `synthetic-${index + 1}`,
    label: `Synthetic City ${index + 1}`,
    latitude: 30 + (index % 20),
    longitude: 55 + ((index * 7) % 40),
  }));

/** What breaks the map's reading: marks or names that meet, leave the frame, or a name off its country's land. */
function clashes(map: LocatorMap, places: readonly { latitude: number; longitude: number }[]): string[] {
  const problems: string[] = [];
  const inFrame = (box: { left: number; right: number; top: number; bottom: number }) =>
    box.left >= 0 && box.top >= 0 && box.right <= map.width && box.bottom <= map.height;
  const marks = map.places.map((p) => ({ what: `marker ${p.number}`, box: markerBox(p.marker) }));
  const names = map.labels.map((l) => ({ what: l.name, box: countryLabelBox(l) }));
  const all = [...marks, ...names];
  for (const [i, a] of all.entries()) {
    if (!inFrame(a.box)) problems.push(`${a.what} leaves the frame`);
    for (const b of all.slice(i + 1)) if (boxesMeet(a.box, b.box)) problems.push(`${a.what} meets ${b.what}`);
  }
  const { projection } = mapProjection(places as never, map.width);
  for (const label of map.labels) {
    const country = world.features.find((f) => f.properties.name === label.name)!;
    const box = countryLabelBox(label);
    for (const [x, y] of [
      [box.left, box.top],
      [box.right, box.top],
      [box.left, box.bottom],
      [box.right, box.bottom],
    ] as const) {
      if (!geoContains(country, projection.invert!([x, y])!))
        problems.push(`${label.name} reaches off its land at ${Math.round(x)}, ${Math.round(y)}`);
    }
  }
  return problems;
}

describe.each([4, 12, 30])('the locator map of %i meetings', (count) => {
  const real = [
    { id: 'bishkek', label: 'Bishkek 2023', latitude: 42.8746, longitude: 74.5698 },
    { id: 'islamabad', label: 'Islamabad 2024', latitude: 33.6844, longitude: 73.0479 },
  ];
  const places = [...synthetic(count - 2), ...real];
  const map = locatorMap(weighted, places, 420, ['China', 'Russia', 'Kyrgyzstan', 'Pakistan', 'Kazakhstan', 'Iran']);

  it('keeps every mark and name clear of the others, inside the frame, each name on its own land', () => {
    expect(clashes(map, places)).toEqual([]);
  });

  it('moves a marker only where it would cover an earlier one or cross the frame', () => {
    map.places.forEach((place, index) => {
      if (place.marker.x === place.x && place.marker.y === place.y) return;
      const own = markerBox(place);
      const blocked =
        own.left < 0 ||
        own.top < 0 ||
        own.right > map.width ||
        own.bottom > map.height ||
        map.places.slice(0, index).some((earlier) => boxesMeet(own, markerBox(earlier.marker)));
      expect(blocked, `marker ${place.number}`).toBe(true);
    });
  });
});

describe('two places a few kilometres apart', () => {
  const places = [
    { id: 'a', label: 'A', latitude: 42.87, longitude: 74.57 },
    { id: 'b', label: 'B', latitude: 42.9, longitude: 74.6 },
  ];
  const map = locatorMap(weighted, places, 420);
  it('get a marker each, the second moved off the first', () => {
    const [a, b] = map.places;
    expect(a!.marker).toEqual({ x: a!.x, y: a!.y });
    expect(b!.marker).not.toEqual({ x: b!.x, y: b!.y });
    expect(boxesMeet(markerBox(a!.marker), markerBox(b!.marker))).toBe(false);
  });
});
