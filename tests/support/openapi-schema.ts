/**
 * Test support: checks a value against a schema of /api/v1/openapi.json (the subset of JSON
 * Schema the document uses: $ref, type, required, properties, additionalProperties, items,
 * minimum, pattern), so tests prove that real responses match what the document promises.
 */
import { openApiDocument } from '../../src/features/api-docs/index.ts';

type Schema = Record<string, unknown>;

function resolve(schema: Schema): Schema {
  const ref = schema['$ref'];
  if (typeof ref !== 'string') return schema;
  const name = ref.replace('#/components/schemas/', '');
  const target = (openApiDocument.components.schemas as Record<string, Schema>)[name];
  if (!target) throw new Error(`unresolved ${ref}`);
  return resolve(target);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Every place where `value` breaks `schema`, as "path: problem" lines. */
export function schemaProblems(value: unknown, schemaOrRef: Schema | string, path = '$'): string[] {
  const schema = resolve(
    typeof schemaOrRef === 'string' ? { $ref: `#/components/schemas/${schemaOrRef}` } : schemaOrRef,
  );
  const problems: string[] = [];
  const expected = schema['type'];
  if (typeof expected === 'string') {
    const actual = typeOf(value);
    if (actual !== expected && !(expected === 'number' && actual === 'integer')) {
      return [`${path}: expected ${expected}, got ${actual}`];
    }
  }
  if (typeof schema['minimum'] === 'number' && typeof value === 'number' && value < schema['minimum']) {
    problems.push(`${path}: below ${schema['minimum']}`);
  }
  if (
    typeof schema['pattern'] === 'string' &&
    typeof value === 'string' &&
    !new RegExp(schema['pattern']).test(value)
  ) {
    problems.push(`${path}: does not match ${schema['pattern']}`);
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema['required'] as string[] | undefined) ?? []) {
      if (!(key in record)) problems.push(`${path}.${key}: missing`);
    }
    const properties = (schema['properties'] as Record<string, Schema> | undefined) ?? {};
    for (const [key, inner] of Object.entries(record)) {
      const property = properties[key];
      if (property) problems.push(...schemaProblems(inner, property, `${path}.${key}`));
      else if (schema['additionalProperties'] === false) problems.push(`${path}.${key}: not allowed`);
      else if (schema['additionalProperties'] && typeof schema['additionalProperties'] === 'object') {
        problems.push(...schemaProblems(inner, schema['additionalProperties'] as Schema, `${path}.${key}`));
      }
    }
  }
  if (Array.isArray(value) && schema['items'] && typeof schema['items'] === 'object') {
    value.forEach((item, index) =>
      problems.push(...schemaProblems(item, schema['items'] as Schema, `${path}[${index}]`)),
    );
  }
  return problems;
}
