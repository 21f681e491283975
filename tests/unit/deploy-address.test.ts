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
    ['https://example.org', '/a/b.c_d~e-f/', { site: 'https://example.org', base: '/a/b.c_d~e-f/' }],
  ])('SITE_URL=%s BASE_PATH=%s', (siteUrl, basePath, expected) => {
    expect(deployAddress(siteUrl, basePath)).toEqual(expected);
  });

  it.each([
    ['example.org', undefined, 'SITE_URL="example.org" is not a URL'],
    ['ftp://example.org', undefined, 'SITE_URL="ftp://example.org" must be an http(s) address'],
    ['https://example.org', 'sco-meetings/', 'BASE_PATH="sco-meetings/" must begin with a slash, e.g. BASE_PATH=/sco-meetings/'],
    ['https://example.org/sco/', '/other/', 'SITE_URL="https://example.org/sco/" has the path /sco/ and BASE_PATH="/other/" another'],
    // Every internal link would point at another host.
    ['https://example.org', '//evil.example/', 'BASE_PATH="//evil.example/" must be a plain path'],
    // Pages no link reaches, and no content-security policy on the redirects.
    ['https://example.org', '/sco meetings?x/', 'BASE_PATH="/sco meetings?x/" must be a plain path'],
    ['https://example.org', '/sco/../', 'BASE_PATH="/sco/../" must be a plain path'],
    ['https://example.org', '/sco/./', 'BASE_PATH="/sco/./" must be a plain path'],
    ['https://example.org', '/sco%20x/', 'BASE_PATH="/sco%20x/" must be a plain path'],
    // A file, not a folder; a trailing dot some servers drop.
    ['https://example.org', '/index.html', 'BASE_PATH="/index.html" names a file'],
    ['https://example.org', '/sco/page.htm', 'BASE_PATH="/sco/page.htm" names a file'],
    ['https://example.org', '/sco./', 'BASE_PATH="/sco./" must be a plain path'],
    ['https://example.org/sco./', undefined, 'SITE_URL="https://example.org/sco./", whose path is the base path, must be a plain path'],
    // The same rule for a base path given in SITE_URL: "//evil.example" would send every link off-site.
    [
      'https://example.org//evil.example/',
      undefined,
      'SITE_URL="https://example.org//evil.example/", whose path is the base path, must be a plain path',
    ],
    [
      'https://example.org/sco meetings/',
      undefined,
      'SITE_URL="https://example.org/sco meetings/", whose path is the base path, must be a plain path',
    ],
    // Written otherwise than published: the URL parser would resolve or keep what the deployer did not mean.
    ['https://example.org/sco/index.html', undefined, 'SITE_URL="https://example.org/sco/index.html" names a file'],
    ['https://example.org/a/../b/', undefined, 'SITE_URL="https://example.org/a/../b/" must be written as it is published'],
    ['https://example.org/%2e%2e/', undefined, 'must be written as it is published'],
    ['https://example.org./', undefined, 'no trailing dot after the host'],
  ])('refuses SITE_URL=%s BASE_PATH=%s, naming the variable', (siteUrl, basePath, message) => {
    expect(() => deployAddress(siteUrl, basePath)).toThrow(message);
  });
});
