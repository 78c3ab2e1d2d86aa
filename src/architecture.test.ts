/**
 * Feature boundaries, enforced by the test run rather than by review:
 * - code outside src/features/<x>/ reaches feature <x> only through src/features/<x>/index.ts, so a
 *   feature can reorganise its files without breaking pages, the server or other features;
 * - features depend on each other without cycles, so every feature can be read (and loaded) after
 *   the features it uses;
 * - every feature folder has an index.ts.
 * Tests and test support (fixtures, builders) may reach into any feature: they exercise internals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const featuresDir = join(root, 'src', 'features');

interface AllowedImport {
  from: string;
  to: string;
  why: string;
}

/** Imports past a feature's index.ts that are needed; each says why. Paths are from the project root. */
const beforeFirstRequest =
  "organisation tables register themselves before the first request (export, import and deletion of an organisation see them); the feature's index would load its routes and exporters at start-up";
const allowed: AllowedImport[] = [
  { from: 'src/middleware.ts', to: 'src/features/assets/org-tables.ts', why: beforeFirstRequest },
  { from: 'src/middleware.ts', to: 'src/features/checks/history/org-tables.ts', why: beforeFirstRequest },
  { from: 'src/middleware.ts', to: 'src/features/documents/org-tables.ts', why: beforeFirstRequest },
  { from: 'src/middleware.ts', to: 'src/features/incident-records/org-tables.ts', why: beforeFirstRequest },
  { from: 'src/middleware.ts', to: 'src/features/manual/org-tables.ts', why: beforeFirstRequest },
  {
    from: 'src/middleware.ts',
    to: 'src/features/checks/fast-route.ts',
    why: 'the server entry answers the scoring API itself (budget P4); this module loads the route code on first use, the index would load the whole feature at start-up',
  },
];

/** The module specifiers a source file imports: static, re-exports, side-effect and dynamic imports. */
function importSpecifiers(source: string): string[] {
  // One pass over the text: `… from '…'` covers import and export declarations, `import '…'` bare
  // imports and `import('…')` dynamic ones. Words in comments or strings may match; only relative
  // specifiers are used, and those are real paths.
  const pattern = /\b(?:from|import)\s*(?:\(\s*)?(['"])([^'"\n]+)\1/g;
  return [...source.matchAll(pattern)].map((match) => match[2]!);
}

interface ImportEdge {
  /** Importing file, from the project root with forward slashes. */
  file: string;
  specifier: string;
  /** Imported file, from the project root with forward slashes. */
  target: string;
}

const toPosix = (path: string) => path.split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|tsx|astro)$/.test(entry.name) ? [path] : [];
  });
}

function importEdges(): ImportEdge[] {
  return sourceFiles(join(root, 'src')).flatMap((path) => {
    const file = toPosix(relative(root, path));
    return importSpecifiers(readFileSync(path, 'utf8'))
      .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
      .map((specifier) => ({
        file,
        specifier,
        target: toPosix(relative(root, resolve(dirname(path), specifier.replace(/\?.*$/, '')))),
      }));
  });
}

/** The feature a file belongs to, or undefined outside src/features/. */
function featureOf(file: string): string | undefined {
  return /^src\/features\/([^/]+)\//.exec(file)?.[1];
}

function isTestCode(file: string): boolean {
  return /\.test\.tsx?$/.test(file) || /\/testing\//.test(file) || /\/test-[^/]+\.ts$/.test(file);
}

const isAllowed = (edge: ImportEdge) => allowed.some((rule) => rule.from === edge.file && rule.to === edge.target);

/** Imports that reach into a feature from outside it past its index.ts. */
function boundaryViolations(edges: ImportEdge[]): ImportEdge[] {
  return edges.filter((edge) => {
    const target = featureOf(edge.target);
    if (target === undefined || featureOf(edge.file) === target || isTestCode(edge.file)) return false;
    return edge.target !== `src/features/${target}/index.ts` && !isAllowed(edge);
  });
}

/** A cycle in the feature graph as "a → b → a" with the import behind each step, or undefined. */
function featureCycle(edges: ImportEdge[]): string | undefined {
  const graph = new Map<string, Map<string, ImportEdge>>();
  for (const edge of edges) {
    const from = featureOf(edge.file);
    const to = featureOf(edge.target);
    if (from === undefined || to === undefined || from === to) continue;
    const targets = graph.get(from) ?? new Map<string, ImportEdge>();
    // The import a message names: one from production code when there is one.
    const named = targets.get(to);
    if (!named || (isTestCode(named.file) && !isTestCode(edge.file))) targets.set(to, edge);
    graph.set(from, targets);
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (feature: string): string[] | undefined => {
    const at = path.indexOf(feature);
    if (at >= 0) return [...path.slice(at), feature];
    if (done.has(feature)) return undefined;
    path.push(feature);
    for (const next of [...(graph.get(feature)?.keys() ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(feature);
    return undefined;
  };
  for (const feature of [...graph.keys()].sort()) {
    const cycle = visit(feature);
    if (!cycle) continue;
    const steps = cycle.slice(1).map((to, i) => {
      const edge = graph.get(cycle[i]!)!.get(to)!;
      return `  ${cycle[i]} → ${to}: ${edge.file} imports '${edge.specifier}'`;
    });
    return `${cycle.join(' → ')}\n${steps.join('\n')}`;
  }
  return undefined;
}

describe('import scanner', () => {
  it('finds static, type, re-export, bare and dynamic imports, over several lines', () => {
    const source = [
      "import a from './a.ts';",
      "import type { B } from '../b.ts';",
      'import {\n  c,\n  d,\n} from "./c.ts";',
      "export { default as E } from './e.astro';",
      "export * from './f.ts';",
      "import './g.ts';",
      "const h = await import('./h.ts');",
      "import i from 'kysely';",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual([
      './a.ts',
      '../b.ts',
      './c.ts',
      './e.astro',
      './f.ts',
      './g.ts',
      './h.ts',
      'kysely',
    ]);
  });
});

describe('feature boundaries', () => {
  const edges = importEdges();

  it('sees the imports of .ts and .astro files', () => {
    expect(edges.some((edge) => edge.file.endsWith('.astro') && featureOf(edge.target) !== undefined)).toBe(true);
    expect(edges.some((edge) => edge.file.endsWith('.ts') && featureOf(edge.target) !== undefined)).toBe(true);
  });

  it('every feature folder has an index.ts', () => {
    const missing = readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !existsSync(join(featuresDir, entry.name, 'index.ts')))
      .map((entry) => `src/features/${entry.name}/index.ts is missing`);
    expect(missing).toEqual([]);
  });

  it('code outside a feature imports it only through its index.ts', () => {
    const messages = boundaryViolations(edges).map(
      (edge) =>
        `${edge.file} imports '${edge.specifier}' (inside feature ${featureOf(edge.target)}): ` +
        `export it from src/features/${featureOf(edge.target)}/index.ts and import that`,
    );
    expect(messages).toEqual([]);
  });

  it('every allowed exception is still used', () => {
    const unused = allowed
      .filter((rule) => !edges.some((edge) => edge.file === rule.from && edge.target === rule.to))
      .map((rule) => `${rule.from} → ${rule.to}`);
    expect(unused).toEqual([]);
  });

  it('features depend on each other without cycles', () => {
    expect(featureCycle(edges)).toBeUndefined();
  });
});
