import { describe, expect, it } from 'vitest';
import { markGlossaryTerms } from './glossary-marking.ts';

describe('markGlossaryTerms', () => {
  it('links the first use of a Japanese term only', () => {
    const html = '<p>ランサムウェアに感染すると、ランサムウェアは…</p>';
    expect(markGlossaryTerms(html, [{ id: 'ransomware', labels: ['ランサムウェア'] }])).toBe(
      '<p><a class="glossary-term" href="#term-ransomware">ランサムウェア</a>に感染すると、ランサムウェアは…</p>',
    );
  });

  it('never marks inside headings, links, code or attributes', () => {
    const html =
      '<h2>VPNの設定</h2><p><a href="/x" title="VPN">VPN</a> <code>VPN</code> <img alt="VPN"></p><p>VPN機器</p>';
    const marked = markGlossaryTerms(html, [{ id: 'vpn', labels: ['VPN'] }]);
    expect(marked).toBe(
      '<h2>VPNの設定</h2><p><a href="/x" title="VPN">VPN</a> <code>VPN</code> <img alt="VPN"></p><p><a class="glossary-term" href="#term-vpn">VPN</a>機器</p>',
    );
  });

  it('matches Latin terms as whole words, case-insensitively, keeping the original spelling', () => {
    const html = '<p>IoTs and iot devices</p>';
    expect(markGlossaryTerms(html, [{ id: 'iot', labels: ['IoT'] }])).toBe(
      '<p>IoTs and <a class="glossary-term" href="#term-iot">iot</a> devices</p>',
    );
  });

  it('prefers the longest label and does not nest one term inside another', () => {
    const html = '<p>標的型攻撃メールに注意し、メールを確認する</p>';
    const marked = markGlossaryTerms(html, [
      { id: 'targeted-attack-email', labels: ['標的型攻撃', '標的型攻撃メール'] },
      { id: 'email', labels: ['メール'] },
    ]);
    expect(marked).toBe(
      '<p><a class="glossary-term" href="#term-targeted-attack-email">標的型攻撃メール</a>に注意し、<a class="glossary-term" href="#term-email">メール</a>を確認する</p>',
    );
  });

  it('escapes labels for matching against HTML text', () => {
    const html = '<p>R&amp;D部門</p>';
    expect(markGlossaryTerms(html, [{ id: 'rd', labels: ['R&D'] }])).toBe(
      '<p><a class="glossary-term" href="#term-rd">R&amp;D</a>部門</p>',
    );
  });

  it('leaves HTML unchanged when no term occurs', () => {
    const html = '<ul><li>一つ目</li></ul>';
    expect(markGlossaryTerms(html, [{ id: 'x', labels: ['存在しない'] }])).toBe(html);
  });
});
