export {
  actionsCountering,
  loadGuidebook,
  sectionPath,
  threatsCounteredBy,
  type Guidebook,
  type GlossaryTerm,
  type Law,
  type Mission,
  type Reference,
  type Section,
} from './guidebook.ts';
export { loadGuideLinks, type GuideLinks, type SectionLink } from './guide-links.ts';
export { default as GuideIndexPage } from './ui/guide-index-page.astro';
export { default as MissionPage } from './ui/mission-page.astro';
export { default as SectionPage } from './ui/section-page.astro';
export { default as GlossaryPage } from './ui/glossary-page.astro';
export { default as ReferencesPage } from './ui/references-page.astro';
