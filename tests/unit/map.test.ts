import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { boxesMeet, countryLabelBox, locatorMap, mapProjection, placeLabelBox } from '../../src/lib/map.ts';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

describe('the locator map of Bishkek and Islamabad', () => {
  const places = [
    { id: 'bishkek', label: 'Bishkek', latitude: 42.8746, longitude: 74.5698 },
    { id: 'islamabad', label: 'Islamabad', latitude: 33.6844, longitude: 73.0479 },
  ];
  const width = 420;
  const map = locatorMap(world, places, width, ['China', 'Russia', 'Kyrgyzstan', 'Pakistan']);
  const drawn = new Map(map.countries.map((c) => [c.name, c.d]));

  it('draws every country whose shape reaches into the frame, corners included', () => {
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
      .map((country) => country.properties.name)
      .sort();
    expect(reaching.length).toBeGreaterThan(20);
    expect([...drawn.keys()].sort()).toEqual(expect.arrayContaining(reaching));
    // The countries in the frame's corners, west of its western edge at the top: drawn as land, not sea.
    for (const name of ['Ukraine', 'Belarus', 'Romania', 'Israel', 'Saudi Arabia']) expect(drawn.has(name), name).toBe(true);
  });

  it("names the hosts and the participants' countries on the map, inside it", () => {
    expect(map.labels.map((l) => l.name).sort()).toEqual(['China', 'Kyrgyzstan', 'Pakistan', 'Russia']);
    for (const label of map.labels) {
      expect(label.x, label.name).toBeGreaterThan(0);
      expect(label.x, label.name).toBeLessThan(map.width);
      expect(label.y, label.name).toBeGreaterThan(0);
      expect(label.y, label.name).toBeLessThan(map.height);
    }
  });

  it("keeps a country's name off the places' labels (Kyrgyzstan's middle is where Bishkek is)", () => {
    for (const label of map.labels) {
      for (const place of map.places)
        expect(boxesMeet(countryLabelBox(label), placeLabelBox(place)), `${label.name} / ${place.label}`).toBe(false);
    }
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
