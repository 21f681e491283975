import { describe, expect, it } from 'vitest';
import { deployAddress } from '../../src/lib/deploy-address.ts';

describe('deployAddress', () => {
  it.each<[string | undefined, string | undefined, { site: string; base: string }]>([
    [undefined, undefined, { site: 'http://localhost:4321', base: '/' }],
    ['https://example.org', '', { site: 'https://example.org', base: '/' }],
    ['https://example.org/', '/sco-meetings/', { site: 'https://example.org', base: '/sco-meetings/' }],
    ['https://example.org', '/sco-meetings', { site: 'https://example.org', base: '/sco-meetings/' }],
    // The path in SITE_URL without BASE_PATH: kept, not dropped from every canonical URL.
    ['https://example.org/sco/', undefined, { site: 'https://example.org', base: '/sco/' }],
    ['https://example.org/sco', '/sco/', { site: 'https://example.org', base: '/sco/' }],
  ])('SITE_URL=%s BASE_PATH=%s', (siteUrl, basePath, expected) => {
    expect(deployAddress(siteUrl, basePath)).toEqual(expected);
  });

  it.each([
    ['example.org', undefined, 'SITE_URL="example.org" is not a URL'],
    ['ftp://example.org', undefined, 'SITE_URL="ftp://example.org" must be an http(s) address'],
    ['https://example.org', 'sco-meetings/', 'BASE_PATH="sco-meetings/" must begin with a slash, e.g. BASE_PATH=/sco-meetings/'],
    ['https://example.org/sco/', '/other/', 'SITE_URL="https://example.org/sco/" has the path /sco/ and BASE_PATH="/other/" another'],
  ])('refuses SITE_URL=%s BASE_PATH=%s, naming the variable', (siteUrl, basePath, message) => {
    expect(() => deployAddress(siteUrl, basePath)).toThrow(message);
  });
});
