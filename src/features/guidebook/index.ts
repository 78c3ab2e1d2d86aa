export {
  actionsCountering,
  loadGuidebook,
  sectionPath,
  threatsCounteredBy,
  type Guidebook,
  type GlossaryTerm,
  type Mission,
  type Reference,
  type Section,
} from './guidebook.ts';
