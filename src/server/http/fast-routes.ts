/**
 * Routes the server entry answers without Astro's request pipeline, for endpoints whose budget
 * the pipeline's fixed cost would break (P4, the scoring API). Astro-side code registers them
 * (src/middleware.ts, with the same request guard it applies itself); the registry lives on
 * globalThis because the server entry and the Astro build each hold their own copy of this module.
 * Until the first request has loaded the middleware, every request goes through Astro.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiRequest } from './api-request.ts';
import type { JsonReply } from './json-reply.ts';
import { tooLargeReply } from './too-large.ts';

export interface FastRoute {
  method: string;
  /** Matched against the path without query; capture groups become `params`, URL-decoded. */
  pattern: RegExp;
  handle(request: ApiRequest, params: string[]): Promise<JsonReply | Response>;
}

const slot = Symbol.for('gokui.fast-routes');

function registry(): FastRoute[] {
  const holder = globalThis as { [slot]?: FastRoute[] };
  return (holder[slot] ??= []);
}

/** Adds a route once; `guard` runs first and its refusal, if any, is the answer. */
export function registerFastRoute(route: FastRoute, guard: (request: ApiRequest, url: URL) => Response | undefined) {
  const routes = registry();
  if (routes.some((known) => known.method === route.method && known.pattern.source === route.pattern.source)) return;
  routes.push({
    ...route,
    handle: (request, params) => Promise.resolve(guard(request, new URL(request.url)) ?? route.handle(request, params)),
  });
}

export function findFastRoute(method: string, pathname: string): { route: FastRoute; params: string[] } | undefined {
  for (const route of registry()) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(pathname);
    if (!match) continue;
    try {
      return { route, params: match.slice(1).map((part) => decodeURIComponent(part ?? '')) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Collects the body up to `maxBytes`; undefined when it is larger. A larger body is read to its
 * end and dropped, so the client gets the 413 instead of a reset connection; one beyond four
 * times the limit is cut off.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
      else if (size > 4 * maxBytes) req.destroy();
    });
    req.on('end', () => resolve(size > maxBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request body cut off'));
    });
  });
}

/** The request URL as Astro builds it: scheme of the socket, the Host header, the path. */
function absoluteUrl(req: IncomingMessage, path: string): string {
  const scheme = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  try {
    return new URL(path, `${scheme}://${req.headers.host ?? 'localhost'}`).href;
  } catch {
    return new URL(path, `${scheme}://localhost`).href;
  }
}

function headerReader(req: IncomingMessage): ApiRequest['headers'] {
  return {
    get(name) {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * Answers a request for a registered fast route; returns false when there is none, so the
 * caller hands the request to Astro.
 */
export function serveFastRoute(
  req: IncomingMessage,
  res: ServerResponse,
  options: { maxBodyBytes: number; onError: (error: unknown) => void },
): boolean {
  const method = req.method ?? 'GET';
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const found = findFastRoute(method, query === -1 ? url : url.slice(0, query));
  if (!found) return false;
  void (async () => {
    const body = await readBody(req, options.maxBodyBytes);
    if (body === undefined) {
      const reply = tooLargeReply(url, req.headers['accept-language']);
      res.writeHead(reply.status, { ...reply.headers, connection: 'close' });
      res.end(reply.body);
      return;
    }
    const request: ApiRequest = {
      method,
      url: absoluteUrl(req, url),
      headers: headerReader(req),
      text: () => Promise.resolve(body),
    };
    const answer = await found.route.handle(request, found.params);
    if (answer instanceof Response) {
      // A refusal from the request guard: rare, so the web Response is fine here.
      const text = await answer.text();
      answer.headers.forEach((value, name) => res.setHeader(name, value));
      res.writeHead(answer.status);
      res.end(text);
      return;
    }
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  })().catch((error: unknown) => {
    // A client that hung up mid-body is not a server error.
    if (!req.complete) {
      res.destroy();
      return;
    }
    options.onError(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end();
  });
  return true;
}
