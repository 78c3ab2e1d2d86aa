/**
 * Builds the app when the sources changed since the last build (or there is none), so that
 * `npm start` works on a fresh clone and stays fast on later starts.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const stampFile = join(root, 'dist', '.gokui-build-stamp');
const inputs = ['src', 'public', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function listFiles(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => listFiles(join(path, name)));
}

export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of listFiles(join(root, input))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  hash.update(`PUBLIC_URL=${process.env['PUBLIC_URL'] ?? ''}`);
  return hash.digest('hex');
}

export function ensureBuild(): void {
  const hash = sourceHash();
  const built = existsSync(join(root, 'dist', 'server', 'entry.mjs'));
  if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;
  process.stdout.write('gokui: building the app (first start or sources changed)…\n');
  const result = spawnSync('astro', ['build'], { cwd: root, stdio: 'inherit', shell: false });
  if (result.status !== 0) {
    process.stderr.write('gokui: the build failed; see the messages above.\n');
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, hash);
}

if (import.meta.main) ensureBuild();
