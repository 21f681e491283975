import { describe, expect, it } from 'vitest';
import { deployAddress, isLocalAddress } from '../../src/lib/deploy-address.ts';

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
    // A folder with a dot in its name is no file.
    ['https://example.org', '/sco/v1.2', { site: 'https://example.org', base: '/sco/v1.2/' }],
    ['https://example.org/sco/v2.0', undefined, { site: 'https://example.org', base: '/sco/v2.0/' }],
    ['http://[::1]:4321', undefined, { site: 'http://[::1]:4321', base: '/' }],
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
    ['https://example.org/sco meetings/', undefined, 'SITE_URL="https://example.org/sco meetings/" must be written as it is published'],
    // Written otherwise than published: the URL parser would resolve or keep what the deployer did not mean.
    ['https://example.org/sco/index.html', undefined, 'SITE_URL="https://example.org/sco/index.html" names a file'],
    ['https://example.org/a/../b/', undefined, 'SITE_URL="https://example.org/a/../b/" must be written as it is published'],
    ['https://example.org/%2e%2e/', undefined, 'must be written as it is published'],
    ['https://example.org./', undefined, 'no trailing dot after the host'],
    // Mended or dropped by the URL parser, or reached by no reader's browser.
    ['https://user:pw@example.org', undefined, 'must not carry a user name or password'],
    ['https:example.org', undefined, 'must be written as it is published'],
    ['https:/example.org', undefined, 'must be written as it is published'],
    ['https://example.org\\sco\\', undefined, 'must be written as it is published'],
    [' https://example.org', undefined, 'must be written as it is published'],
    ['https://ex_ample.org', undefined, 'must be written as it is published'],
    ['https://-example-.org', undefined, 'must be written as it is published'],
    ['https://example.org:0', undefined, 'must be written as it is published'],
    ['https://example.org', '//', 'BASE_PATH="//" must be a plain path'],
    ['https://example.org', '/sco/index.html/', 'BASE_PATH="/sco/index.html/" names a file'],
  ])('refuses SITE_URL=%s BASE_PATH=%s, naming the variable', (siteUrl, basePath, message) => {
    expect(() => deployAddress(siteUrl, basePath)).toThrow(message);
  });

  it.each([
    ['http://localhost:4321', true],
    ['http://127.0.0.1:8080', true],
    ['http://[::1]:4321', true],
    ['https://example.org', false],
    ['https://localhost.example.org', false],
  ])('%s is this machine: %s', (site, local) => {
    expect(isLocalAddress(site)).toBe(local);
  });
});
