import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('gives working defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(4321);
    expect(env.HOST).toBe('0.0.0.0');
    expect(env.GOKUI_DATA_DIR).toBe('./data');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats blank values as unset', () => {
    expect(parseEnv({ PORT: '  ', DATABASE_URL: '' }).PORT).toBe(4321);
  });

  it('accepts a PostgreSQL URL and a public URL', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u@db:5432/gokui', PUBLIC_URL: 'https://gokui.example.jp' });
    expect(env.DATABASE_URL).toBe('postgresql://u@db:5432/gokui');
    expect(env.PUBLIC_URL).toBe('https://gokui.example.jp');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_URL', 'ftp://example.jp'],
    ['SMTP_URL', 'http://mail'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    let thrown: unknown;
    try {
      parseEnv({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvError);
    const message = (thrown as Error).message;
    expect(message).toContain(name);
    expect(message).toContain(value);
    expect(message).not.toContain('\n');
  });
});
