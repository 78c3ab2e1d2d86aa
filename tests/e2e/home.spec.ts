import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './fixtures.ts';

test.describe('home page', () => {
  test('Japanese home shows the mission map and the incident link', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('サイバー攻撃から会社を守る');
    const missions = page.getByTestId('mission-map').getByRole('listitem');
    await expect(missions).toHaveCount(9);
    await expect(missions.first()).toContainText('ミッション0');
    await expect(missions.last()).toContainText('付録');
    const incident = page.getByTestId('incident-link');
    await expect(incident).toBeVisible();
    await expect(incident).toHaveAttribute('href', '/incident');
    await expect(incident).toContainText('もしかしてサイバー攻撃');
    expect(problems).toEqual([]);
  });

  test('English home is complete and in English', async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('protecting your firm');
    await expect(page.getByTestId('mission-map').getByRole('listitem')).toHaveCount(9);
    await expect(page.getByTestId('incident-link')).toHaveAttribute('href', '/en/incident');
    const body = await page.locator('main').innerText();
    expect(body).not.toMatch(/[\u3040-\u30ff]/);
    expect(problems).toEqual([]);
  });

  test('the language switch moves between the same page in each language', async ({ page }) => {
    await page.goto('/');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });

  test('hreflang alternates point at both languages', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
      'href',
      /^https?:\/\/[^/]+\/en\/$/,
    );
  });

  test('the incident link stays visible on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    const box = await page.getByTestId('incident-link').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(740);
    expect(box!.height).toBeGreaterThanOrEqual(44);
  });

  for (const path of ['/', '/en/']) {
    test(`has no accessibility violations at ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('not found', () => {
  test('Japanese 404 page', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
    await expect(page.getByRole('link', { name: 'ホームへ戻る' })).toHaveAttribute('href', '/');
    await expectNoAxeViolations(page);
  });

  test('English 404 page', async ({ page }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expectNoAxeViolations(page);
  });
});

test('print hides navigation', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
