/**
 * Load at a fixed offered rate over a fixed number of keep-alive connections, for budgets
 * stated as "p99 at N connections" (P4, P5). Each connection sends on its own schedule
 * (rate / connections per second, staggered); latency counts from the scheduled send time, so
 * a slow answer that delays later requests shows up in their latency too (no coordinated
 * omission). autocannon's closed loop instead sends as fast as answers come back: its p99 is
 * then the queue of 50 waiting requests, i.e. 50 / throughput, whatever the service time.
 * Loopback only.
 */
import http from 'node:http';

export interface PacedLoadOptions {
  url: string;
  connections: number;
  /** Requests per second over all connections. */
  rate: number;
  durationS: number;
  /** Seconds of load before measuring: connections open and code warms up (default 2). */
  warmupS?: number;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface PacedLoadResult {
  sent: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  max: number;
  /** Requests actually completed per second. */
  achievedRate: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function once(agent: http.Agent, url: URL, options: PacedLoadOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function pacedLoad(options: PacedLoadOptions): Promise<PacedLoadResult> {
  const url = new URL(options.url);
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') throw new Error('paced load targets loopback only');
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const interval = (1000 * options.connections) / options.rate;
  const start = performance.now() + 50;
  const measureFrom = start + (options.warmupS ?? 2) * 1000;
  const end = measureFrom + options.durationS * 1000;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const connection = async (index: number) => {
    for (let k = 0; ; k++) {
      const scheduled = start + (index * interval) / options.connections + k * interval;
      if (scheduled >= end) return;
      await sleep(scheduled - performance.now());
      const measured = scheduled >= measureFrom;
      try {
        const status = await once(agent, url, options);
        if (!measured) continue;
        if (status < 200 || status >= 300) non2xx++;
        latencies.push(performance.now() - scheduled);
      } catch {
        if (measured) errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, index) => connection(index)));
  const finished = performance.now();
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    sent: latencies.length + errors,
    errors,
    non2xx,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? Number.NaN),
    achievedRate: Math.round(latencies.length / ((finished - measureFrom) / 1000)),
  };
}
