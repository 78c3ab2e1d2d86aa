import { describe, expect, it } from 'vitest';
import { parseAccountForm as parseForm, safeNextPath, schemas } from './forms.ts';

const form = (entries: Record<string, string>) => entries;

describe('parseForm', () => {
  it('accepts a valid sign-up', () => {
    const result = parseForm(
      schemas.signUp,
      form({ name: '山田', email: 'yamada@example.jp', password: 'long enough pw' }),
    );
    expect(result.ok).toBe(true);
  });

  it('names every bad field with a message key and never echoes the password', () => {
    const result = parseForm(schemas.signUp, form({ name: ' ', email: 'not-an-email', password: 'short' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: 'form.error.name',
      email: 'form.error.email',
      password: 'form.error.passwordShort',
    });
    expect(result.values['email']).toBe('not-an-email');
    expect(result.values['password']).toBeUndefined();
  });

  it('refuses the owner role in an invitation', () => {
    expect(parseForm(schemas.invite, form({ role: 'owner' })).ok).toBe(false);
    expect(parseForm(schemas.invite, form({ role: 'advisor', email: '' })).ok).toBe(true);
  });
});

describe('safeNextPath', () => {
  it('follows paths inside the signed-in area only', () => {
    expect(safeNextPath('/app/settings/organization', '/app')).toBe('/app/settings/organization');
    expect(safeNextPath('/en/app/join/abc', '/app')).toBe('/en/app/join/abc');
    expect(safeNextPath('https://evil.example/app', '/app')).toBe('/app');
    expect(safeNextPath('//evil.example/app', '/app')).toBe('/app');
    expect(safeNextPath('/app//evil.example', '/app')).toBe('/app');
    expect(safeNextPath('/guide/', '/app')).toBe('/app');
    expect(safeNextPath(null, '/app')).toBe('/app');
  });
});
