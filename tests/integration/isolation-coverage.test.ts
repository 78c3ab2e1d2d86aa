/**
 * Every signed-in route in src/pages must be probed by the tenant-isolation harness
 * (tests/support/org-routes.ts, run by tests/integration/accounts.test.ts on both engines): a new
 * page that shows or changes organisation data fails here until its feature's fixture covers it.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orgFixtures } from '../support/org-routes.ts';

const pagesDir = join(import.meta.dirname, '../../src/pages');

/** Routes that hold no organisation data, each with the reason it is outside the harness. */
const notOrganisationRoutes: Record<string, string> = {
  '/app/sign-up': 'creates a user; no organisation yet',
  '/app/sign-in': 'signs a user in; reads no organisation',
  '/app/sign-in/two-factor': 'second sign-in step; reads no organisation',
  '/app/sign-out': 'ends the session only',
  '/app/forgot-password': 'asks for a reset mail; no organisation',
  '/app/reset-password': 'sets a password from a mailed token; no organisation',
  '/app/organizations/new': 'creates a new organisation owned by the caller',
  '/app/organizations/import': 'creates a new organisation from a file, owned by the caller',
  '/app/settings/security': "the user's own password, second factor and passkeys",
  '/app/join/[token]': 'joins through a secret invitation token (tested in organizations.test.ts)',
  '/app/passkey/[action]': "the user's own passkeys (WebAuthn steps)",
};

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** The route of a page file, language prefix removed: `[...locale]/app/assets/[id].astro` → `/app/assets/[id]`. */
function routeOfPage(file: string): string {
  const path = relative(pagesDir, file).split(sep).join('/');
  const route = `/${path}`
    .replace(/^\/\[\.\.\.locale\]/, '')
    .replace(/^\/en(?=\/)/, '')
    .replace(/\.(astro|ts)$/, '')
    .replace(/\/index$/, '');
  return route === '' ? '/' : route;
}

function signedInRoutes(): string[] {
  const routes = listFiles(pagesDir)
    .filter((file) => /\.(astro|ts)$/.test(file) && !file.endsWith('.test.ts'))
    .map(routeOfPage)
    .filter((route) => route === '/app' || route.startsWith('/app/') || route.startsWith('/api/v1/org/'));
  return [...new Set(routes)].sort();
}

/** Whether a probed path (placeholders filled with any value) is an address of the route. */
function probes(route: string, probedPath: string): boolean {
  const path = probedPath
    .split('?')[0]!
    .replace(/^\/en(?=\/)/, '')
    .replace(/\{\w+\}/g, 'x');
  const pattern = route
    .split('/')
    .map((part) =>
      /^\[\.\.\.\w+\]$/.test(part) ? '.+' : /^\[\w+\]$/.test(part) ? '[^/]+' : part.replace(/[.]/g, '\\.'),
    )
    .join('/');
  return new RegExp(`^${pattern}$`).test(path);
}

describe('tenant-isolation harness coverage', () => {
  it('finds the signed-in pages (the scan itself works)', () => {
    const routes = signedInRoutes();
    expect(routes).toContain('/app');
    expect(routes).toContain('/app/assets/[id]/risk');
    expect(routes).toContain('/api/v1/org/assets');
    expect(routes.length).toBeGreaterThan(40);
  });

  it('probes every route that shows or changes organisation data', () => {
    const probed = orgFixtures.flatMap((fixture) => fixture.routes.map((route) => route.path));
    const missing = signedInRoutes().filter(
      (route) => !(route in notOrganisationRoutes) && !probed.some((path) => probes(route, path)),
    );
    expect(missing, 'add these routes to their feature fixture in tests/support/org-routes.ts').toEqual([]);
  });

  it('keeps the list of routes outside the harness true (each still exists)', () => {
    const routes = signedInRoutes();
    for (const route of Object.keys(notOrganisationRoutes)) expect(routes, route).toContain(route);
  });
});
