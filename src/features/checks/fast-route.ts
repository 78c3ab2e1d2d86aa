/**
 * POST /api/v1/question-sets/{id}/score as a route the server entry answers without Astro's
 * pipeline (budget P4). The answer comes from the same function as the Astro route
 * (src/pages/api/v1/question-sets/[id]/score.ts), loaded on first use.
 */
import type { FastRoute } from '../../server/http/fast-routes.ts';
import type * as ApiRoutes from './ui/api-routes.ts';

let routes: Promise<typeof ApiRoutes> | undefined;

export const scoreFastRoute: FastRoute = {
  method: 'POST',
  pattern: /^\/api\/v1\/question-sets\/([^/]+)\/score$/,
  async handle(request, [id]) {
    routes ??= import('./ui/api-routes.ts');
    const { scoreReply } = await routes;
    return scoreReply(id, request);
  },
};
