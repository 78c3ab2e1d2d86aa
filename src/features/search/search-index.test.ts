import { describe, expect, it } from 'vitest';
import { buildSearchIndex, htmlToText, searchIndex, type SearchDocument } from './search-index.ts';

const documents: SearchDocument[] = [
  {
    id: 's:1-2',
    kind: 'section',
    path: '/guide/mission1/1-2/',
    title: 'ランサムウェアでデータを人質に取られる',
    snippet: 'ファイルを暗号化して身代金を要求します。',
    body: '感染するとファイルが開けなくなります。',
  },
  {
    id: 's:2-7',
    kind: 'section',
    path: '/guide/mission2/2-7/',
    title: '紛失や盗難から情報を守る',
    snippet: 'ＵＳＢメモリやノートパソコンの持ち出しに注意します。',
    body: '暗号化とパスワードで守ります。',
  },
  {
    id: 'e:2-5',
    kind: 'section',
    path: '/guide/mission2/2-5/',
    title: 'Manage passwords',
    snippet: 'Use long, unique passwords and multi-factor authentication.',
    body: 'A password manager helps.',
  },
];

describe('search index', () => {
  const index = buildSearchIndex(documents);

  it('finds a Japanese loanword', () => {
    expect(searchIndex(index, 'ランサムウェア')[0]?.path).toBe('/guide/mission1/1-2/');
  });

  it('finds full-width text with a half-width lower-case query', () => {
    expect(searchIndex(index, 'usb').map((hit) => hit.path)).toEqual(['/guide/mission2/2-7/']);
  });

  it('requires every word when possible', () => {
    expect(searchIndex(index, '暗号化 ＵＳＢ').map((hit) => hit.path)).toEqual(['/guide/mission2/2-7/']);
  });

  it('falls back to any word when no document has them all', () => {
    expect(searchIndex(index, 'ランサムウェア 盗難').length).toBe(2);
  });

  it('forgives English typos and plural forms', () => {
    expect(searchIndex(index, 'pasword')[0]?.path).toBe('/guide/mission2/2-5/');
    expect(searchIndex(index, 'authentications')[0]?.path).toBe('/guide/mission2/2-5/');
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(searchIndex(index, '   ')).toEqual([]);
    expect(searchIndex(index, '、。！')).toEqual([]);
  });
});

describe('htmlToText', () => {
  it('keeps visible text only', () => {
    expect(htmlToText('<h2>見出し</h2><p>本文&amp;<a href="#x">リンク</a></p>')).toBe('見出し 本文& リンク');
  });
});
