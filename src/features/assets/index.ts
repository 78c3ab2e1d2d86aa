// The register's tables join organisation export, import and deletion (loaded by the middleware).
import './org-tables.ts';
export { default as AssetsView } from './ui/assets-view.astro';
export { default as TopRisksCard } from './ui/top-risks-card.astro';
export { handleRegister, handleAssetForm } from './ui/register-routes.ts';
export { handleStarter } from './ui/starter-route.ts';
export { handleRisk, handleRisks } from './ui/risk-routes.ts';
export { templateResponse, exportResponse, handleImport, handleImportPreview } from './ui/transfer-routes.ts';
export { assetsApi, risksApi } from './api.ts';
export { assetsOpenApiPaths, assetsOpenApiTag } from './openapi.ts';
export type { AssetOutcome } from './ui/asset-screen.ts';
