export { searchGuide } from './guide-search.ts';
export type { SearchHit } from './search-index.ts';
