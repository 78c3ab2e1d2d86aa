import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.ts';

const apiDir = fileURLToPath(new URL('../../pages/api/v1/', import.meta.url));

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? routeFiles(path) : [path];
  });
}

/** src/pages/api/v1/question-sets/[id]/score.ts → /question-sets/{id}/score */
function openApiPath(file: string): string {
  const route = relative(apiDir, file)
    .split(sep)
    .join('/')
    .replace(/\.ts$/, '')
    .replace(/(^|\/)index$/, '');
  return `/${route}`.replace(/\[(\w+)\]/g, '{$1}').replace(/\/$/, '') || '/';
}

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' ? [inner as string] : refs(inner)));
  }
  return [];
}

describe('OpenAPI document', () => {
  it('is OpenAPI 3.1 with a version', () => {
    expect(openApiDocument.openapi).toBe('3.1.0');
    expect(openApiDocument.info.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('describes every API route file under src/pages/api/v1', () => {
    const documented = Object.keys(openApiDocument.paths).sort();
    const files = routeFiles(apiDir)
      .filter((file) => !file.endsWith('openapi.json.ts'))
      .map(openApiPath)
      .sort();
    expect(files).toEqual(documented);
  });

  it('has only references that resolve', () => {
    const schemas = openApiDocument.components.schemas as Record<string, unknown>;
    for (const ref of refs(openApiDocument)) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.replace('#/components/schemas/', '')], ref).toBeDefined();
    }
  });

  it('gives every operation a unique id, responses, and a parameter for every path variable', () => {
    const ids = new Set<string>();
    for (const [path, item] of Object.entries(openApiDocument.paths)) {
      for (const operation of Object.values(item) as {
        operationId: string;
        responses: object;
        parameters?: { name: string; in: string }[];
      }[]) {
        expect(ids.has(operation.operationId)).toBe(false);
        ids.add(operation.operationId);
        expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        const variables = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
        const declared = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(declared.sort()).toEqual(variables.sort());
      }
    }
  });
});
