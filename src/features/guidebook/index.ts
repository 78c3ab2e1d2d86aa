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
