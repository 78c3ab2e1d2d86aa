// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import { MAX_BODY_BYTES } from './src/server/limits.ts';

// Directives added to every page's CSP (header on rendered pages, <meta> on prerendered ones).
// Astro adds hashed script-src and style-src itself. frame-ancestors is not allowed in <meta>:
// src/middleware.ts adds it to rendered pages and src/server/security/security-headers.ts sends
// it as a header for every response.
const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

export default defineConfig({
  // Absolute links (hreflang alternates) need the public origin; a change of PUBLIC_URL rebuilds
  // (scripts/ensure-build.ts includes it in the build stamp).
  site: process.env.PUBLIC_URL || 'http://localhost:4321',
  output: 'server',
  adapter: node({ mode: 'middleware', bodySizeLimit: MAX_BODY_BYTES }),
  integrations: [preact()],
  server: { host: true, port: 4321 },
  trailingSlash: 'ignore',
  security: {
    // CSRF is handled by our own origin check (src/server/security/csrf.ts), which covers every
    // content type and answers in the user's language.
    checkOrigin: false,
    csp: { algorithm: 'SHA-256', directives: /** @type {any} */ (cspDirectives) },
  },
  markdown: { syntaxHighlight: false },
  // What Astro logs while serving (a page that threw) as one JSON line, like src/server/log.ts.
  logger: { entrypoint: './src/server/astro-log.ts' },
  i18n: {
    locales: ['ja', 'en'],
    defaultLocale: 'ja',
    routing: { prefixDefaultLocale: false },
  },
  build: { inlineStylesheets: 'always' },
  vite: {
    build: {
      assetsInlineLimit: 0,
      // A compiled .astro component only defines its component, so one that nothing renders can
      // be left out: a feature's index.ts re-exports its pages and components, and code that
      // imports the index for one function (e.g. the scoring API) should not load them all.
      rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /\/src\/.*\.astro$/, sideEffects: false }] } },
    },
  },
});
