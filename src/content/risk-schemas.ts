/**
 * Schemas of the risk-analysis data: the risk matrices an organisation can choose from, the
 * business categories and the starter list of typical SME information assets. Checked at build;
 * kept apart from the collection loaders so unit tests can use them without Astro.
 */
import { z } from 'zod';
import { industryCodes } from './classifications.ts';
import { localized } from './schemas.ts';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case ASCII id');
const rating = z.literal([1, 2, 3]);

/** Risk levels from the highest down; every matrix sorts values into these three. */
export const riskLevels = ['high', 'medium', 'low'] as const;

/** Every value importance × likelihood can take on the 1–3 scales. */
export const riskValues = [1, 2, 3, 4, 6, 9] as const;

/**
 * A risk matrix (FACTS.md §5 describes the default one). Value = importance × likelihood always;
 * what a matrix decides is how likelihood follows from threat and vulnerability, what importance
 * personal data and business-critical assets are raised to, and where the levels start.
 */
export const riskMatrixSchema = z
  .strictObject({
    id: kebabId,
    /** Exactly one matrix is the default, used by the API and when nobody chose another. */
    default: z.boolean(),
    order: z.int().min(0),
    name: localized,
    description: localized,
    /** Where the rules come from, said honestly (a public guideline, or our own choice). */
    basis: localized,
    importance: z.strictObject({
      /** Importance from the three ratings: the highest of confidentiality, integrity, availability. */
      ratings: z.literal('max'),
      /** Importance is raised to at least this when the asset holds personal data or is business-critical. */
      forcedTo: rating,
    }),
    /** likelihood[threat − 1][vulnerability − 1]: rows threat 1, 2, 3; columns vulnerability 1, 2, 3. */
    likelihood: z.array(z.array(rating).length(3)).length(3),
    /** The lowest value of each level, from high down to low; low starts at 1. */
    levels: z.array(z.strictObject({ level: z.enum(riskLevels), min: z.int().min(1).max(9) })).length(3),
  })
  .superRefine((matrix, ctx) => {
    // More threat or more exposure must never make the damage less likely.
    for (let threat = 0; threat < 3; threat++) {
      for (let vulnerability = 0; vulnerability < 3; vulnerability++) {
        const here = matrix.likelihood[threat]?.[vulnerability] ?? 0;
        const above = matrix.likelihood[threat + 1]?.[vulnerability];
        const right = matrix.likelihood[threat]?.[vulnerability + 1];
        if ((above !== undefined && above < here) || (right !== undefined && right < here)) {
          ctx.addIssue({
            code: 'custom',
            path: ['likelihood', threat, vulnerability],
            message: 'likelihood must not fall when threat or vulnerability rises',
          });
        }
      }
    }
    const order = matrix.levels.map((entry) => entry.level).join(',');
    if (order !== riskLevels.join(',')) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'levels must be high, medium, low in this order' });
    }
    const [high, medium, low] = matrix.levels.map((entry) => entry.min);
    if (!(high !== undefined && medium !== undefined && high > medium && medium > (low ?? 0) && low === 1)) {
      ctx.addIssue({
        code: 'custom',
        path: ['levels'],
        message: 'level minimums must fall strictly from high to low, and low must start at 1',
      });
    }
    // Every level must be reachable by some value, or a legend would show an empty level.
    const mins = matrix.levels.map((entry) => entry.min);
    for (const [index, min] of mins.entries()) {
      const upper = index === 0 ? Infinity : (mins[index - 1] ?? Infinity);
      if (!riskValues.some((value) => value >= min && value < upper)) {
        ctx.addIssue({ code: 'custom', path: ['levels', index], message: 'no risk value falls into this level' });
      }
    }
  });

export type RiskMatrixData = z.infer<typeof riskMatrixSchema>;

export { industryCodes } from './classifications.ts';

/** 個人情報 / 要配慮個人情報 / 特定個人情報 (FACTS.md §5). */
export const personalDataKinds = ['personal', 'sensitive', 'my-number'] as const;

/** Where an asset is kept (媒体・保存先). */
export const assetMedia = [
  'paper',
  'office-pc',
  'smartphone',
  'file-server',
  'cloud',
  'business-system',
  'mail',
  'web',
  'removable',
  'device',
] as const;

export const assetCategorySchema = z.strictObject({
  id: kebabId,
  order: z.int().min(0),
  name: localized,
});

const unique = <T>(list: T[]) => new Set(list).size === list.length;

export const assetStarterSchema = z.strictObject({
  id: kebabId,
  /** Business category (業務分類): an id from src/content/asset-categories. */
  category: kebabId,
  name: localized,
  /** Why it matters and why it is rated so, in a sentence or two. */
  note: localized,
  confidentiality: rating,
  integrity: rating,
  availability: rating,
  personalData: z.array(z.enum(personalDataKinds)).refine(unique, 'personal data kinds must not repeat'),
  media: z.array(z.enum(assetMedia)).min(1).refine(unique, 'media must not repeat'),
  /** JSIC 大分類 letters the asset is typical for, or ["all"]. */
  industries: z.union([
    z.tuple([z.literal('all')]),
    z.array(z.enum(industryCodes)).min(1).refine(unique, 'industries must not repeat'),
  ]),
});

export type AssetStarterData = z.infer<typeof assetStarterSchema>;
export type AssetCategoryData = z.infer<typeof assetCategorySchema>;
