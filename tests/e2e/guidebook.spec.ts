import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './fixtures.ts';
import { pdfText } from './pdf-text.ts';

const locales = [
  {
    name: 'ja',
    prefix: '',
    mission1: 'ミッション1',
    ransomwareTitle: /ランサムウェア/,
    backupAction: /バックアップ/,
    counteredBy: 'この攻撃を防ぐ対策',
    ransomwareQuery: 'ランサムウェア',
    eventLabel: '身代金を要求する画面が出た（ランサムウェア）',
    pdfTitle: '相談・届出先クイックリスト',
  },
  {
    name: 'en',
    prefix: '/en',
    mission1: 'Mission 1',
    ransomwareTitle: /ransomware/i,
    backupAction: /back/i,
    counteredBy: 'Actions that counter this attack',
    ransomwareQuery: 'ransomware',
    eventLabel: 'A ransom or warning screen appeared (ransomware)',
    pdfTitle: 'Quick list of contacts',
  },
] as const;

for (const l of locales) {
  test.describe(`guidebook (${l.name})`, () => {
    test('walks from the mission map to a threat and on to the action that counters it', async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${l.prefix}/`);
      await page
        .getByTestId('mission-map')
        .getByRole('link', { name: new RegExp(l.mission1) })
        .click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/guide/mission1/$`));
      await page.getByTestId('mission-sections').getByRole('link', { name: l.ransomwareTitle }).first().click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/guide/mission1/1-2/$`));
      await expect(page.getByRole('heading', { level: 2, name: l.counteredBy })).toBeVisible();
      await page.getByTestId('countering-actions').getByRole('link', { name: /2-4/ }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/guide/mission2/2-4/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.backupAction);
      await expect(page.getByTestId('do-now').getByRole('listitem')).not.toHaveCount(0);
      await expect(page.getByTestId('countered-threats').getByRole('link', { name: /1-2/ })).toBeVisible();
      await expect(page.getByTestId('reviewed-at')).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('explains a glossary term used inside a section', async ({ page }) => {
      await page.goto(`${l.prefix}/guide/mission1/1-2/`);
      const term = page.locator('.prose a.glossary-term[href="#term-ransomware"]');
      await expect(term).toHaveCount(1);
      await term.click();
      await expect(page).toHaveURL(/#term-ransomware$/);
      const definition = page.locator('#term-ransomware');
      await expect(definition).toBeInViewport();
      await expect(definition.locator('dd')).not.toBeEmpty();
    });

    test('finds sections by searching without JavaScript semantics (server-rendered)', async ({ page }) => {
      for (const [query, expected] of [
        [l.ransomwareQuery, '/guide/mission1/1-2/'],
        ['usb', '/guide/mission2/2-7/'],
      ] as const) {
        await page.goto(`${l.prefix}/search`);
        await page.getByRole('searchbox').fill(query);
        await page.getByRole('searchbox').press('Enter');
        await expect(page).toHaveURL(new RegExp(`${l.prefix}/search\\?q=`));
        const results = page.getByTestId('search-results').getByRole('link');
        const hrefs = await results.evaluateAll((links) => links.slice(0, 10).map((a) => a.getAttribute('href')));
        expect(hrefs).toContain(`${l.prefix}${expected}`);
      }
    });

    test('filters contacts by what happened and downloads the quick list as a PDF with text', async ({ page }) => {
      await page.goto(`${l.prefix}/contacts`);
      const all = await page.getByTestId('contact-list').getByRole('listitem').count();
      await page.getByRole('combobox').first().selectOption({ label: l.eventLabel });
      await page
        .getByRole('button')
        .filter({ hasText: /表示する|Show/ })
        .click();
      await expect(page).toHaveURL(/event=ransomware/);
      const filtered = page.getByTestId('contact-list').getByRole('listitem');
      expect(await filtered.count()).toBeLessThan(all);
      await expect(page.locator('[data-contact="mpd-cybercrime"]')).toBeVisible();
      await expect(page.locator('[data-contact="mpd-cybercrime"] a[href^="tel:"]')).toBeVisible();

      const download = page.waitForEvent('download');
      await page.getByTestId('quick-list-pdf').click();
      const file = await (await download).path();
      const text = await pdfText(readFileSync(file));
      expect(text).toContain(l.pdfTitle);
      expect(text).toContain('03-5805-1731');
      if (l.name === 'ja') expect(text).toContain('警視庁');
    });

    for (const path of ['/guide/', '/guide/mission1/1-2/', '/glossary', '/contacts', '/search?q=usb']) {
      test(`has no accessibility violations at ${l.prefix}${path}`, async ({ page }) => {
        await page.goto(`${l.prefix}${path}`);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('guidebook pages ship no JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/guide/mission2/2-4/');
  expect(scripts).toEqual([]);
  expect(await page.locator('script').count()).toBe(0);
});

test('a section prints without navigation', async ({ page }) => {
  await page.goto('/guide/mission2/2-4/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.breadcrumbs')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.getByTestId('do-now')).toBeVisible();
});
