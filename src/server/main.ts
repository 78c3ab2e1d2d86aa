/**
 * The production server: validates the environment, migrates the database, then serves the
 * Astro build with our own HTTP layer (security headers, body limit, graceful shutdown, logs).
 * Run by Node 24 directly (type stripping), after `astro build`.
 */
import http from 'node:http';
import { getHeapStatistics } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { closeDb, getDb, migrateToLatest } from './db/index.ts';
import { EnvError, getEnv, type Env } from './env.ts';
import { t } from '../i18n/index.ts';
import { MAX_BODY_BYTES } from './limits.ts';
import { describeError, log } from './log.ts';
import { CLIENT_IP_HEADER } from './http/client-ip.ts';
import { baseSecurityHeaders } from './security/security-headers.ts';
import { loadStaticFiles, serveStaticFile } from './http/static-files.ts';
import { serveFastRoute } from './http/fast-routes.ts';
import { tooLargeReply } from './http/too-large.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function loadEnv(): Env {
  try {
    return getEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      process.stderr.write(`gokui: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function loadAstroHandler(): Promise<Handler> {
  // The adapter runs in middleware mode: it renders routes only. Built files are served from
  // memory below; the adapter's own static layer would stat the disk on every request.
  const entry = (await import(new URL('../../dist/server/entry.mjs', import.meta.url).href)) as {
    handler: Handler;
  };
  return entry.handler;
}

/** A request line whose path does not decode is answered here, before any routing. */
function refuseMalformedUrl(req: IncomingMessage, res: ServerResponse): boolean {
  try {
    decodeURI(req.url ?? '/');
    return false;
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`${t('ja', 'error.badUrl')}\n${t('en', 'error.badUrl')}\n`);
    return true;
  }
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string' && forwarded.trim() !== '') {
    // The proxy appends the address it saw; the right-most entry is the one it vouches for.
    const parts = forwarded.split(',').map((part) => part.trim());
    return parts[parts.length - 1] ?? req.socket.remoteAddress ?? 'unknown';
  }
  return req.socket.remoteAddress ?? 'unknown';
}

function refuseOversized(req: IncomingMessage, res: ServerResponse): boolean {
  const length = Number(req.headers['content-length'] ?? 0);
  if (!(length > MAX_BODY_BYTES)) return false;
  const reply = tooLargeReply(req.url ?? '/', req.headers['accept-language']);
  res.writeHead(reply.status, { ...reply.headers, connection: 'close' });
  res.end(reply.body);
  req.destroy();
  return true;
}

async function main(): Promise<void> {
  const started = performance.now();
  const env = loadEnv();
  const { db, engine } = getDb();
  const applied = await migrateToLatest(db);
  if (applied.length > 0) log('info', 'migrations applied', { engine, migrations: applied });

  const astro = await loadAstroHandler();
  const security = baseSecurityHeaders({ https: env.PUBLIC_URL?.startsWith('https:') ?? false });
  const securityHeaders = Object.entries(security);
  const staticFiles = loadStaticFiles(fileURLToPath(new URL('../../dist/client', import.meta.url)), security);
  const logRequests = env.LOG_LEVEL === 'debug';
  const fastRouteOptions = {
    maxBodyBytes: MAX_BODY_BYTES,
    onError: (error: unknown) => log('error', 'request failed', describeError(error)),
  };

  const server = http.createServer((req, res) => {
    if (serveStaticFile(staticFiles, req, res)) return;
    // The client address for rate limits and the audit log; a client cannot set it itself.
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, env.TRUST_PROXY);
    for (const [name, value] of securityHeaders) res.setHeader(name, value);
    if (refuseOversized(req, res) || refuseMalformedUrl(req, res)) return;
    if (logRequests) {
      const begin = performance.now();
      res.on('finish', () =>
        log('debug', 'request', {
          method: req.method,
          path: req.url,
          status: res.statusCode,
          ms: Math.round((performance.now() - begin) * 10) / 10,
        }),
      );
    }
    if (req.method === 'POST' && serveFastRoute(req, res, fastRouteOptions)) return;
    astro(req, res);
  });

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', 'shutting down', { signal });
    // Finish requests in flight, drop idle keep-alive sockets, and give up after 10 s.
    const force = setTimeout(() => server.closeAllConnections(), 10_000);
    force.unref();
    server.close(() => {
      void closeDb().finally(() => {
        log('info', 'stopped');
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));

  server.listen(env.PORT, env.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : env.PORT;
    log('info', 'listening', {
      url: `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`,
      port,
      engine,
      startupMs: Math.round(performance.now() - started),
      // 256-ish when started with src/server/node-flags.ts; far more means the flags are missing.
      heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 2 ** 20),
    });
  });
}

process.on('unhandledRejection', (reason) => log('error', 'unhandled rejection', describeError(reason)));

main().catch((error: unknown) => {
  log('error', 'server failed to start', describeError(error));
  process.exit(1);
});
