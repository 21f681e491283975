import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import countries110m from 'world-atlas/countries-110m.json';
import { locatorMap, overlaps } from '../../src/lib/map.ts';

const topology = countries110m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const world = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

describe('overlaps', () => {
  const view: [[number, number], [number, number]] = [
    [30, 10],
    [120, 60],
  ];
  it.each([
    [
      [
        [60, 20],
        [80, 40],
      ],
      true,
    ],
    [
      [
        [-10, 20],
        [20, 40],
      ],
      false,
    ], // west of the view
    [
      [
        [60, 70],
        [80, 80],
      ],
      false,
    ], // north of it
    [
      [
        [27, 41],
        [-169, 82],
      ],
      true,
    ], // Russia: across the antimeridian, west > east
    [
      [
        [170, 50],
        [-170, 70],
      ],
      false,
    ], // across the antimeridian, but nowhere near
  ] as const)('%j', (bounds, expected) => {
    expect(overlaps(bounds as unknown as [[number, number], [number, number]], view)).toBe(expected);
  });
});

describe('the locator map of Bishkek and Islamabad', () => {
  const map = locatorMap(world, [
    { id: 'bishkek', label: 'Bishkek', latitude: 42.8746, longitude: 74.5698 },
    { id: 'islamabad', label: 'Islamabad', latitude: 33.6844, longitude: 73.0479 },
  ]);
  const drawn = new Map(map.countries.map((c) => [c.name, c.d]));

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
