/**
 * Schema of the generated documents' text (src/content/policy-documents/*.yaml): the 基本方針,
 * the 関連規程 and the employee handbook, each a list of chapters whose blocks may depend on the
 * questionnaire's switches. Text is bilingual in place so both languages keep the same structure.
 */
import { z } from 'zod';

export const documentKinds = ['policy', 'rules', 'handbook'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** The questionnaire switches a block can depend on. */
export const documentSwitches = [
  'cloud',
  'myNumber',
  'byod',
  'telework',
  'website',
  'software',
  'outsourcing',
  'serverRoom',
] as const;
export type DocumentSwitch = (typeof documentSwitches)[number];

/** Placeholders the text may use; the generator fills them from the answers. */
export const documentPlaceholders = [
  'firmName',
  'representative',
  'securityOfficer',
  'effectiveDate',
  'staffCount',
] as const;

/**
 * A condition: a switch (`byod`), its negation (`!byod`), or a staff threshold (`staff>=50`,
 * `staff<50`).
 */
export const conditionPattern = new RegExp(`^(!?(${documentSwitches.join('|')})|staff(>=|<)[1-9]\\d{0,5})$`);
const condition = z.string().regex(conditionPattern, 'unknown condition');

const placeholderCheck = (value: string) =>
  [...value.matchAll(/\{(\w+)\}/g)].every((match) =>
    (documentPlaceholders as readonly string[]).includes(match[1] ?? ''),
  );
const line = z
  .string()
  .trim()
  .min(1)
  .refine(placeholderCheck, { message: `unknown placeholder (known: ${documentPlaceholders.join(', ')})` });
export const bilingual = z.strictObject({ ja: line, en: line });
export type Bilingual = z.infer<typeof bilingual>;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id');
const sectionId = z.string().regex(/^[0-9]-\d{1,2}$|^(intro|case-\d)$/, 'guidebook section id');
const item = z.strictObject({ text: bilingual, when: condition.optional() });

export const documentBlockSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('clause'),
    id,
    when: condition.optional(),
    title: bilingual,
    text: bilingual,
    items: z.array(item).optional(),
  }),
  z.strictObject({ kind: z.literal('paragraph'), when: condition.optional(), text: bilingual }),
  z.strictObject({
    kind: z.literal('list'),
    when: condition.optional(),
    ordered: z.boolean().default(false),
    items: z.array(item).min(1),
  }),
  z
    .strictObject({
      kind: z.literal('table'),
      when: condition.optional(),
      caption: bilingual,
      header: z.array(bilingual).min(1),
      rows: z.array(z.array(bilingual)).min(1),
      widths: z.array(z.number().positive()).optional(),
    })
    .refine((table) => table.rows.every((row) => row.length === table.header.length), {
      message: 'every row needs as many cells as the header',
    }),
  z.strictObject({ kind: z.literal('note'), when: condition.optional(), text: bilingual }),
  /** Links to guidebook sections, printed with their title and full URL. */
  z.strictObject({ kind: z.literal('links'), when: condition.optional(), sections: z.array(sectionId).min(1) }),
]);
export type DocumentBlockContent = z.infer<typeof documentBlockSchema>;

export const documentChapterSchema = z.strictObject({
  id,
  when: condition.optional(),
  title: bilingual,
  blocks: z.array(documentBlockSchema).min(1),
});
export type DocumentChapterContent = z.infer<typeof documentChapterSchema>;

/** A numbering pattern: `{n}` is the number, `{title}` the chapter title. */
const template = z.strictObject({
  ja: z
    .string()
    .min(1)
    .refine((value) => value.includes('{n}'), 'needs {n}'),
  en: z
    .string()
    .min(1)
    .refine((value) => value.includes('{n}'), 'needs {n}'),
});

export const policyDocumentSchema = z
  .strictObject({
    id: z.enum(documentKinds),
    title: bilingual,
    subtitle: bilingual.optional(),
    /** How chapters and clauses are numbered; `{n}` is the number (clauses count across chapters). */
    numbering: z.strictObject({ chapter: template, clause: template }),
    toc: z.boolean(),
    /** Sentences before the first chapter. */
    preamble: z.array(bilingual).default([]),
    chapters: z.array(documentChapterSchema).min(1),
    /** Lines to sign by hand at the end (e.g. the representative's signature). */
    signatures: z.array(bilingual).default([]),
    sources: z.array(bilingual).min(1),
    reviewedAt: z.iso.date(),
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>();
    for (const chapter of doc.chapters) {
      for (const key of [chapter.id, ...chapter.blocks.flatMap((b) => (b.kind === 'clause' ? [b.id] : []))]) {
        if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `id "${key}" is used twice` });
        seen.add(key);
      }
    }
  });
export type PolicyDocumentContent = z.infer<typeof policyDocumentSchema>;
