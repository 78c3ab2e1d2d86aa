import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { yamlListLoader } from './content/yaml-list-loader.ts';
import {
  missionSchema,
  sectionJaSchema,
  sectionEnSchema,
  glossaryTermSchema,
  referenceSchema,
  contactSchema,
  lawSchema,
} from './content/schemas.ts';
import { incidentEventSchema } from './content/incident-schemas.ts';
import { manualEntrySchema } from './content/manual-schemas.ts';
import { questionSetSchema } from './content/question-set-schemas.ts';
import { assetCategorySchema, assetStarterSchema, riskMatrixSchema } from './content/risk-schemas.ts';
import { policyDocumentSchema } from './content/policy-document-schemas.ts';

export { eventIds, missionIds } from './content/schemas.ts';

const missions = defineCollection({
  loader: file('src/content/missions/missions.yaml'),
  schema: missionSchema,
});

/** Japanese section files are canonical: they carry the structure and every cross-link. */
const sectionsJa = defineCollection({
  loader: glob({
    pattern: '**/*.ja.md',
    base: 'src/content/sections',
    generateId: ({ entry }) => entry.replace(/\.ja\.md$/, ''),
  }),
  schema: sectionJaSchema,
});

/** English section files translate the text fields only. */
const sectionsEn = defineCollection({
  loader: glob({
    pattern: '**/*.en.md',
    base: 'src/content/sections',
    generateId: ({ entry }) => entry.replace(/\.en\.md$/, ''),
  }),
  schema: sectionEnSchema,
});

const glossary = defineCollection({
  loader: yamlListLoader('src/content/glossary'),
  schema: glossaryTermSchema,
});

const references = defineCollection({
  loader: yamlListLoader('src/content/references'),
  schema: referenceSchema,
});

const contacts = defineCollection({
  loader: yamlListLoader('src/content/contacts'),
  schema: contactSchema,
});

const laws = defineCollection({
  loader: yamlListLoader('src/content/laws'),
  schema: lawSchema,
});

/** The incident navigator: first steps, duties and guidebook links for each event. */
const incident = defineCollection({
  loader: yamlListLoader('src/content/incident'),
  schema: incidentEventSchema,
});

/** Question sets of the diagnoses (one YAML file per set; its id is the file name). */
const questionSets = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: 'src/content/question-sets',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: questionSetSchema,
});

const riskMatrices = defineCollection({
  loader: yamlListLoader('src/content/risk-matrices'),
  schema: riskMatrixSchema,
});

const assetCategories = defineCollection({
  loader: yamlListLoader('src/content/asset-categories'),
  schema: assetCategorySchema,
});

const assetStarters = defineCollection({
  loader: yamlListLoader('src/content/asset-starters'),
  schema: assetStarterSchema,
});

/** Text of the generated policy, rules and handbook (one YAML file per document). */
const policyDocuments = defineCollection({
  loader: yamlListLoader('src/content/policy-documents'),
  schema: policyDocumentSchema,
});

/** The emergency manual's fixed text: one chapter per Mission4 section, and the wall card. */
const manual = defineCollection({
  loader: yamlListLoader('src/content/manual'),
  schema: manualEntrySchema,
});

export const collections = {
  missions,
  sectionsJa,
  sectionsEn,
  glossary,
  references,
  contacts,
  laws,
  incident,
  questionSets,
  riskMatrices,
  assetCategories,
  assetStarters,
  policyDocuments,
  manual,
};
