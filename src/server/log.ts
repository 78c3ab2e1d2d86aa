import { getEnv } from './env.ts';

const levels = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof levels;

/** Writes one JSON object per line to stdout (stderr for errors), for log collectors. */
export function log(level: LogLevel, msg: string, fields: Record<string, unknown> = {}): void {
  if (levels[level] < levels[getEnv().LOG_LEVEL]) return;
  const line = JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields });
  (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
}

/** A loggable summary of an unknown thrown value (never sent to users). */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { error: error.message, stack: error.stack };
  return { error: String(error) };
}
