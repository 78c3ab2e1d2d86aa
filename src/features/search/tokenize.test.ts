import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('splits Japanese into words and drops particles', () => {
    expect(tokenize('標的型攻撃メールへの対応')).toEqual(['標的', '型', '攻撃', 'メール', '対応']);
  });

  it('folds full-width letters and case so ＵＳＢ, USB and usb are one token', () => {
    expect(tokenize('ＵＳＢメモリ')).toContain('usb');
    expect(tokenize('USB memory')).toEqual(['usb', 'memory']);
    expect(normalizeText('ＰＡＳＳＷＯＲＤ１２３')).toBe('password123');
  });

  it('also keeps a katakana loanword whole', () => {
    expect(tokenize('ランサムウェアに感染した')).toEqual(['ラン', 'サム', 'ウェア', 'ランサムウェア', '感染', 'した']);
    expect(tokenize('ビジネスメール詐欺')).toEqual(['ビジネス', 'メール', 'ビジネスメール', '詐欺']);
  });

  it('drops punctuation and spaces', () => {
    expect(tokenize('「バックアップ」、 必ず！')).toEqual(['バックアップ', '必ず']);
  });

  it('never returns empty tokens or tokens with spaces, for any input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const token of tokenize(text)) {
          expect(token.length).toBeGreaterThan(0);
          expect(token).not.toMatch(/\s/);
          expect(token).toBe(normalizeText(token));
        }
      }),
    );
  });
});
