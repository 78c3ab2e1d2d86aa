/**
 * Marks the first use of each glossary term in a section's rendered HTML with a link to the
 * term's explanation on the same page (keyboard- and screen-reader-friendly, not hover-only).
 * Works on the simple, well-formed HTML that Markdown renders: only text between tags is
 * touched, never attributes, and never inside links, headings or code.
 */
export interface TermToMark {
  id: string;
  /** Spellings to look for, e.g. the term and its aliases. */
  labels: string[];
}

const skipInside = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function patternFor(labels: string[]): RegExp | undefined {
  const usable = labels
    .map((label) => label.trim())
    .filter((label) => label.length > 0)
    .sort((a, b) => b.length - a.length);
  if (usable.length === 0) return undefined;
  const parts = usable.map((label) => {
    const escaped = escapeRegExp(escapeHtmlText(label));
    // Latin words must stand alone ("IoT" not inside "IoTs"); Japanese has no word spaces.
    return /^[\x20-\x7e]+$/.test(label) ? `(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])` : escaped;
  });
  return new RegExp(parts.join('|'), 'i');
}

export function markGlossaryTerms(html: string, terms: TermToMark[], className = 'glossary-term'): string {
  const pending = terms
    .map((term) => ({ id: term.id, pattern: patternFor(term.labels) }))
    .filter((term): term is { id: string; pattern: RegExp } => term.pattern !== undefined);
  if (pending.length === 0) return html;

  const tokens = html.split(/(<[^>]+>)/);
  const open: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? '';
    if (token.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9]+)/.exec(token)?.[1]?.toLowerCase();
      if (!tag || token.endsWith('/>')) continue;
      if (token.startsWith('</')) {
        const at = open.lastIndexOf(tag);
        if (at !== -1) open.splice(at);
      } else if (!['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr'].includes(tag)) {
        open.push(tag);
      }
      continue;
    }
    if (token.trim() === '' || open.some((tag) => skipInside.has(tag))) continue;
    // Matched terms become placeholders first, so later terms never match inside a link.
    const links: string[] = [];
    let text = token;
    for (let t = 0; t < pending.length; t++) {
      const term = pending[t];
      const match = term?.pattern.exec(text);
      if (!term || !match) continue;
      links.push(`<a class="${className}" href="#term-${term.id}">${match[0]}</a>`);
      text = `${text.slice(0, match.index)}\uE000${links.length - 1}\uE000${text.slice(match.index + match[0].length)}`;
      pending.splice(t, 1);
      t--;
    }
    tokens[index] = text.replace(/\uE000(\d+)\uE000/g, (_, at: string) => links[Number(at)] ?? '');
  }
  return tokens.join('');
}
