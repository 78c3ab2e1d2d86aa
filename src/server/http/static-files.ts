/**
 * Serves the prerendered pages and built assets from memory. They never change while the
 * process runs, so headers are computed once and compressed bodies are made on first use; this
 * keeps a guidebook page close to the cost of a bare node:http response (budget P3).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.webmanifest': 'application/manifest+json',
};

const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

type Encoding = 'br' | 'gzip' | 'identity';

export interface StaticFile {
  body: Buffer;
  etag: string;
  compressible: boolean;
  headers: Record<string, string>;
  encoded: Partial<Record<Encoding, { body: Buffer; headers: Record<string, string> }>>;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Reads every built client file into memory, keyed by URL path. */
export function loadStaticFiles(clientDir: string, extraHeaders: Record<string, string>): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const file of listFiles(clientDir)) {
    const urlPath = '/' + relative(clientDir, file).split(sep).join('/');
    const ext = extname(file);
    const body = readFileSync(file);
    const etag = `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
    const cacheControl = urlPath.startsWith('/_astro/')
      ? 'public, max-age=31536000, immutable'
      : ext === '.html'
        ? 'no-cache'
        : 'public, max-age=3600';
    files.set(urlPath, {
      body,
      etag,
      compressible: compressible.has(ext) && body.length > 512,
      headers: {
        ...extraHeaders,
        'content-type': contentTypes[ext] ?? 'application/octet-stream',
        'cache-control': cacheControl,
        etag,
      },
      encoded: {},
    });
  }
  return files;
}

/** The file a request path names: `/` and `/en/` are directory indexes; `/en` works too. */
export function findStaticFile(files: Map<string, StaticFile>, pathname: string): StaticFile | undefined {
  if (pathname.endsWith('/')) return files.get(`${pathname}index.html`);
  return files.get(pathname) ?? (extname(pathname) === '' ? files.get(`${pathname}/index.html`) : undefined);
}

function chooseEncoding(file: StaticFile, acceptEncoding: string | undefined): Encoding {
  if (!file.compressible || !acceptEncoding) return 'identity';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return 'identity';
}

function encode(file: StaticFile, encoding: Encoding): { body: Buffer; headers: Record<string, string> } {
  const cached = file.encoded[encoding];
  if (cached) return cached;
  const body =
    encoding === 'br'
      ? brotliCompressSync(file.body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9 } })
      : encoding === 'gzip'
        ? gzipSync(file.body, { level: 9 })
        : file.body;
  const headers: Record<string, string> = { ...file.headers, 'content-length': String(body.length) };
  if (file.compressible) headers['vary'] = 'Accept-Encoding';
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  const result = { body, headers };
  file.encoded[encoding] = result;
  return result;
}

/** Answers GET/HEAD for a built file; returns false when the request is not for one. */
export function serveStaticFile(files: Map<string, StaticFile>, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  let pathname = query === -1 ? url : url.slice(0, query);
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = findStaticFile(files, pathname);
  if (!file) return false;
  const encoded = encode(file, chooseEncoding(file, req.headers['accept-encoding']));
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, { etag: file.etag, 'cache-control': encoded.headers['cache-control'] ?? 'no-cache' });
    res.end();
    return true;
  }
  res.writeHead(200, encoded.headers);
  res.end(req.method === 'HEAD' ? undefined : encoded.body);
  return true;
}
