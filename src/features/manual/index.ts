import './org-tables.ts';

export {
  handleManualOverview,
  handleManualStep,
  handleManualPreview,
  handleManualVersion,
  handleWallCard,
  manualDownloadResponse,
} from './ui/manual-pages.ts';
export { default as ManualOverviewView } from './ui/manual-overview.astro';
export { default as ManualStepView } from './ui/manual-step.astro';
export { default as ManualPreviewView } from './ui/manual-preview.astro';
export { default as WallCardView } from './ui/wall-card.astro';
export { buildManualDocument, buildWallCard, wallCardDocument } from './manual-document.ts';
export { loadManualContent } from './manual-content.ts';
