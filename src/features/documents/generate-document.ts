/**
 * The pure generator of the policy, the rules and the handbook: content + answers + locale →
 * the shared DocumentModel. Blocks whose condition does not hold are dropped before numbering,
 * so chapters and clauses stay consecutive; every text has its placeholders filled.
 */
import type { PolicyDocumentContent } from '../../content/policy-document-schemas.ts';
import { formatDate, t, type Locale } from '../../i18n/index.ts';
// model.ts directly (not the pipeline's index): keeps the generator free of Astro components, so
// scripts such as the benchmark can run it under plain Node.
import { plainText, type Block, type DocumentModel } from '../../server/exports/document/model.ts';
import type { DocumentAnswers } from './answers.ts';
import { conditionHolds } from './conditions.ts';
import { fillPlaceholders, placeholderValues } from './fill-placeholders.ts';

export interface GuideLink {
  title: string;
  /** Absolute URL of the guidebook section in the document's language. */
  url: string;
}

export interface GenerateInput {
  content: PolicyDocumentContent;
  answers: DocumentAnswers;
  locale: Locale;
  /** The guidebook section a handbook rule points to, or undefined when it does not exist. */
  guideLink: (sectionId: string) => GuideLink | undefined;
}

const numbered = (template: string, n: number, title = '') =>
  template.replace('{n}', String(n)).replace('{title}', title);

export function generateDocument({ content, answers, locale, guideLink }: GenerateInput): DocumentModel {
  const values = placeholderValues(answers, locale);
  const fill = (text: { ja: string; en: string }) => plainText(fillPlaceholders(text[locale], values));
  const applies = (item: { when?: string | undefined }) => conditionHolds(item.when, answers);

  const blocks: Block[] = content.preamble.map((text) => ({ kind: 'paragraph', text: fill(text) }));
  let chapterNumber = 0;
  let clauseNumber = 0;
  for (const chapter of content.chapters.filter(applies)) {
    const body = chapter.blocks.filter(applies);
    if (body.length === 0) continue;
    chapterNumber += 1;
    blocks.push({
      kind: 'heading',
      level: 1,
      id: `chapter-${chapter.id}`,
      text: numbered(content.numbering.chapter[locale], chapterNumber, fill(chapter.title)),
    });
    for (const block of body) {
      switch (block.kind) {
        case 'clause': {
          clauseNumber += 1;
          const items = (block.items ?? []).filter(applies).map((item) => fill(item.text));
          blocks.push({
            kind: 'clause',
            number: numbered(content.numbering.clause[locale], clauseNumber),
            title: fill(block.title),
            text: fill(block.text),
            ...(items.length > 0 ? { items } : {}),
          });
          break;
        }
        case 'paragraph':
          blocks.push({ kind: 'paragraph', text: fill(block.text) });
          break;
        case 'note':
          blocks.push({ kind: 'note', text: fill(block.text) });
          break;
        case 'list':
          blocks.push({
            kind: 'list',
            ordered: block.ordered,
            items: block.items.filter(applies).map((item) => fill(item.text)),
          });
          break;
        case 'table':
          blocks.push({
            kind: 'table',
            caption: fill(block.caption),
            header: block.header.map(fill),
            rows: block.rows.map((row) => row.map(fill)),
            ...(block.widths ? { widths: block.widths } : {}),
          });
          break;
        case 'links': {
          const links = block.sections.flatMap((id) => {
            const link = guideLink(id);
            return link ? [t(locale, 'documents.model.guideLink', { title: link.title, url: link.url })] : [];
          });
          if (links.length > 0) {
            blocks.push({ kind: 'paragraph', text: t(locale, 'documents.model.guideLead') });
            blocks.push({ kind: 'list', ordered: false, items: links });
          }
          break;
        }
      }
    }
  }
  for (const line of content.signatures) blocks.push({ kind: 'fill', label: fill(line) });
  blocks.push({
    kind: 'note',
    text: t(locale, 'documents.model.sources', {
      sources: content.sources.map((source) => source[locale]).join(t(locale, 'documents.model.separator')),
    }),
  });

  return {
    locale,
    title: fill(content.title),
    ...(content.subtitle ? { subtitle: fill(content.subtitle) } : {}),
    meta: [
      { label: t(locale, 'documents.model.firm'), value: plainText(answers.firmName) },
      { label: t(locale, 'documents.model.effectiveDate'), value: values['effectiveDate'] ?? '' },
    ],
    toc: content.toc,
    tocTitle: t(locale, 'documents.model.toc'),
    blocks,
    footer: t(locale, 'documents.model.footer', { firm: plainText(answers.firmName) }),
  };
}

export interface VersionInfo {
  number: number;
  createdAt: string;
  approvedAt: string | null;
  approvedByName: string | null;
}

/**
 * The model of a stored version with its number and approval in the title lines. Stored models
 * leave these out so that a diff between versions shows only what changed in the text.
 */
export function withVersionMeta(model: DocumentModel, version: VersionInfo): DocumentModel {
  const locale = model.locale;
  const meta = [
    ...model.meta,
    {
      label: t(locale, 'documents.model.version'),
      value: t(locale, 'documents.model.versionValue', {
        number: version.number,
        date: formatDate(locale, version.createdAt),
      }),
    },
    {
      label: t(locale, 'documents.model.approval'),
      value:
        version.approvedAt && version.approvedByName
          ? t(locale, 'documents.model.approvedValue', {
              date: formatDate(locale, version.approvedAt),
              name: plainText(version.approvedByName),
            })
          : t(locale, 'documents.model.notApproved'),
    },
  ];
  return { ...model, meta };
}
