export { searchGuide } from './guide-search.ts';
export type { SearchHit } from './search-index.ts';
export { default as SearchPage } from './ui/search-page.astro';
