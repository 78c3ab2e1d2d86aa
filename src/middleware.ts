import { defineMiddleware } from 'astro:middleware';
import { guardRequest } from './server/security/request-guard.ts';
import { registerFastRoute } from './server/http/fast-routes.ts';
import { scoreFastRoute } from './features/checks/fast-route.ts';
import { registerDocumentTables } from './features/documents/org-tables.ts';
// Organisation tables register themselves when imported; importing them here, before any route
// runs, makes export, import and deletion of an organisation see them from the first request.
// Only the small org-tables modules: a feature's index would load its whole UI and exporters.
import './features/assets/org-tables.ts';
import './features/checks/history/org-tables.ts';
import './features/incident-records/org-tables.ts';
import './features/manual/org-tables.ts';

registerDocumentTables();
// The server entry answers these itself from now on, after the same guard as below.
registerFastRoute(scoreFastRoute, guardRequest);

/** Refuses cross-site state-changing requests before any page or API code runs. */
export const onRequest = defineMiddleware(async (context, next) => {
  // Prerendered pages run through middleware at build time, where there is no real request.
  if (context.isPrerendered) return next();
  const refused = guardRequest(context.request, context.url);
  if (refused) return refused;
  return withFrameAncestors(await next());
});

/** Astro's CSP header for rendered pages lacks frame-ancestors (it cannot go in <meta>). */
function withFrameAncestors(response: Response): Response {
  const csp = response.headers.get('content-security-policy');
  if (csp && !csp.includes('frame-ancestors')) {
    response.headers.set('content-security-policy', `${csp.replace(/;\s*$/, '')}; frame-ancestors 'none'`);
  }
  return response;
}
