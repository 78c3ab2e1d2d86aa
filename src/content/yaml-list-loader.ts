import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

/**
 * Loads every `*.yaml` file in a folder, each a list of entries with an `id`, into one
 * collection. Several files let several people edit one collection without conflicts; an id
 * defined twice fails the build.
 */
export function yamlListLoader(dir: string): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const seen = new Map<string, string>();
      const files = readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort();
      for (const name of files) {
        const entries: unknown = parse(readFileSync(join(dir, name), 'utf8'));
        if (!Array.isArray(entries)) throw new Error(`${dir}/${name}: expected a YAML list of entries`);
        for (const entry of entries as Record<string, unknown>[]) {
          const id = String(entry['id'] ?? '');
          if (!id) throw new Error(`${dir}/${name}: an entry has no id`);
          const earlier = seen.get(id);
          if (earlier) throw new Error(`${dir}: id "${id}" is defined in both ${earlier} and ${name}`);
          seen.set(id, name);
          const data = await parseData({ id, data: entry });
          store.set({ id, data, digest: generateDigest(entry) });
        }
      }
    },
  };
}
