// The register's tables join organisation export, import and deletion (loaded by the middleware).
import './org-tables.ts';
export { default as AssetsView } from './ui/assets-view.astro';
export { default as TopRisksCard } from './ui/top-risks-card.astro';
export { registerRoute, assetFormRoute } from './ui/register-routes.ts';
export { starterRoute } from './ui/starter-route.ts';
export { riskRoute, risksRoute } from './ui/risk-routes.ts';
export { templateRoute, exportRoute, importRoute, importPreviewRoute } from './ui/transfer-routes.ts';
export { assetsApi, risksApi } from './api.ts';
export { assetsOpenApiPaths, assetsOpenApiTag } from './openapi.ts';
export type { Outcome } from './ui/outcome.ts';
