import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './fixtures.ts';

const locales = [
  {
    name: 'ja',
    prefix: '',
    incidentButton: 'もしかしてサイバー攻撃？',
    ransomware: '身代金を要求する画面が出た（ランサムウェア）',
    doTitle: '今すぐやること',
    nationwide: '東京都以外（全国の窓口）',
    yes: 'はい',
    no: 'いいえ',
    submit: '報告が必要か確かめる',
    required: '報告が必要です',
    notRequired: '法律上の報告義務はありません',
    finalDate: '2027年1月24日',
    preliminaryDate: '2026年11月30日',
    errorSummary: '入力に問題があります',
    contactsHeading: /件の窓口/,
  },
  {
    name: 'en',
    prefix: '/en',
    incidentButton: 'Under attack?',
    ransomware: 'A ransom or warning screen appeared (ransomware)',
    doTitle: 'Do this now',
    nationwide: 'Outside Tokyo (nationwide desks)',
    yes: 'Yes',
    no: 'No',
    submit: 'Check whether a report is required',
    required: 'A report is required',
    notRequired: 'No legal duty to report',
    finalDate: '24 January 2027',
    preliminaryDate: '30 November 2026',
    errorSummary: 'There is a problem',
    contactsHeading: /desks/,
  },
] as const;

type Locale = (typeof locales)[number];

const questions = ['personal', 'sensitive', 'financial', 'intentional', 'over1000', 'encrypted'] as const;

/** Answers the personal-data questions through the form, the way a visitor does. */
async function answerAppi(page: Page, l: Locale, yes: readonly string[], discovered: string) {
  const form = page.getByTestId('appi');
  for (const question of questions) {
    const answer = yes.includes(question) ? l.yes : l.no;
    await form.locator(`fieldset:has(input[name="${question}"])`).getByLabel(answer, { exact: true }).check();
  }
  await form.locator('#appi-discovered').fill(discovered);
  await form.getByRole('button', { name: l.submit }).click();
}

for (const l of locales) {
  test.describe(`incident navigator without JavaScript (${l.name})`, () => {
    test.use({ javaScriptEnabled: false });

    test('reaches the ransomware answer from the home page in at most three choices and shows phone numbers', async ({
      page,
    }) => {
      const problems = watchConsole(page);
      await page.goto(`${l.prefix}/`);
      let choices = 0;
      await page.locator('main').getByRole('link', { name: l.incidentButton }).click();
      choices += 1;
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/incident$`));
      await page.getByTestId('incident-events').getByRole('link', { name: l.ransomware }).click();
      choices += 1;
      expect(choices).toBeLessThanOrEqual(3);

      await expect(page).toHaveURL(new RegExp(`${l.prefix}/incident/ransomware$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.ransomware);
      await expect(page.getByRole('heading', { level: 2, name: l.doTitle })).toBeVisible();
      const phones = page.getByTestId('incident-contacts').locator('a[href^="tel:"]');
      expect(await phones.count()).toBeGreaterThanOrEqual(3);
      // Tokyo is the default region: the Metropolitan Police cybercrime desk comes first.
      await expect(phones.first()).toHaveText('03-5805-1731');
      await expect(phones.first()).toHaveAttribute('href', 'tel:0358051731');
      await expect(phones.first()).toBeVisible();
      expect(await page.locator('script').count()).toBe(0);
      // The guidebook sections to read next, with their titles.
      const guide = page.getByTestId('incident-sections').getByRole('link');
      await expect(guide.first()).toHaveAttribute('href', `${l.prefix}/guide/mission4/4-5/`);
      await expect(guide.first()).toContainText('4-5');
      expect(problems).toEqual([]);
    });

    test('switches the desks to another region with a plain link', async ({ page }) => {
      await page.goto(`${l.prefix}/incident/ransomware`);
      await expect(page.locator('[data-contact="mpd-cybercrime"]')).toHaveCount(1);
      await page.getByRole('link', { name: l.nationwide }).click();
      await expect(page).toHaveURL(/region=nationwide/);
      await expect(page.locator('[data-contact="mpd-cybercrime"]')).toHaveCount(0);
      await expect(page.locator('[data-contact="ipa-anshin"] a[href^="tel:"]')).toHaveText('03-5978-7509');
    });

    test('links to the full contact list filtered by the event', async ({ page }) => {
      await page.goto(`${l.prefix}/incident/ransomware`);
      await page.getByTestId('all-contacts').click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/contacts\\?event=ransomware&region=tokyo$`));
      await expect(page.getByTestId('contact-count')).toContainText(l.ransomware);
      await expect(page.getByTestId('contact-count')).toHaveText(l.contactsHeading);
    });

    test('says a report is required, with the dates, for an unauthorised-access leak', async ({ page }) => {
      await page.goto(`${l.prefix}/incident/data-leak`);
      await answerAppi(page, l, ['personal', 'intentional'], '2026-11-25');
      await expect(page).toHaveURL(/intentional=yes/);
      const result = page.getByTestId('appi-result');
      await expect(result).toHaveAttribute('data-required', 'true');
      await expect(result).toContainText(l.required);
      await expect(page.getByTestId('appi-final')).toContainText(l.finalDate);
      await expect(page.getByTestId('appi-final')).toContainText('60');
      await expect(page.getByTestId('appi-preliminary')).toContainText(l.preliminaryDate);
      // The answers stay selected so the visitor can change one and check again.
      await expect(page.locator('#appi-intentional-yes')).toBeChecked();
      await expect(page.locator('#appi-discovered')).toHaveValue('2026-11-25');
    });

    test('says no report is required for a small leak by mistake', async ({ page }) => {
      await page.goto(`${l.prefix}/incident/data-leak`);
      await answerAppi(page, l, ['personal'], '2026-11-25');
      const result = page.getByTestId('appi-result');
      await expect(result).toHaveAttribute('data-required', 'false');
      await expect(result).toContainText(l.notRequired);
      await expect(page.getByTestId('appi-deadlines')).toHaveCount(0);
    });

    test('answers unanswered questions with 400 and a translated error summary, keeping what was typed', async ({
      page,
    }) => {
      await page.goto(`${l.prefix}/incident/data-leak`);
      await page.locator('#appi-personal-yes').check();
      await page.locator('#appi-discovered').fill('2026-11-20');
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/incident/data-leak?')),
        page.getByRole('button', { name: l.submit }).click(),
      ]);
      expect(response.status()).toBe(400);
      const summary = page.getByTestId('appi-errors');
      await expect(summary).toContainText(l.errorSummary);
      await expect(summary.getByRole('link')).toHaveCount(5);
      await expect(page.getByTestId('appi-result')).toHaveCount(0);
      await expect(page.locator('#appi-personal-yes')).toBeChecked();
      await expect(page.locator('#appi-discovered')).toHaveValue('2026-11-20');
    });

    test('answers an unknown event with 404 and a bad query with 400', async ({ page }) => {
      expect((await page.goto(`${l.prefix}/incident/earthquake`))?.status()).toBe(404);
      const bad = await page.goto(`${l.prefix}/incident/ransomware?region=osaka`);
      expect(bad?.status()).toBe(400);
      await expect(page.getByTestId('invalid-query')).toBeVisible();
      // The answer is still there: a panicking visitor must never be left without it.
      await expect(page.getByTestId('incident-contacts').locator('a[href^="tel:"]').first()).toBeVisible();
    });

    test('prints the answer without navigation or forms, phone numbers large', async ({ page }) => {
      await page.goto(
        `${l.prefix}/incident/ransomware?personal=yes&sensitive=no&financial=no&intentional=yes&over1000=no&encrypted=no&discovered=2026-11-25`,
      );
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.getByRole('link', { name: l.nationwide })).toBeHidden();
      await expect(page.getByRole('button', { name: l.submit })).toBeHidden();
      await expect(page.getByTestId('appi-result')).toBeVisible();
      await expect(page.locator('.record-sheet')).toBeVisible();
      const phone = page.getByTestId('incident-contacts').locator('a[href^="tel:"]').first();
      await expect(phone).toBeVisible();
      const size = await phone.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(20); // 16pt
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('.record-sheet')).toBeHidden();
    });
  });

  test.describe(`incident navigator accessibility (${l.name})`, () => {
    for (const path of [
      '/incident',
      '/incident/ransomware',
      '/incident/data-leak?personal=yes&sensitive=no&financial=no&intentional=yes&over1000=unsure&encrypted=no&discovered=2026-11-25',
      '/incident/device-lost?personal=yes&discovered=2026-11-25',
      '/incident/money-fraud',
    ]) {
      test(`has no accessibility violations at ${l.prefix}${path}`, async ({ page }) => {
        const problems = watchConsole(page);
        await page.goto(`${l.prefix}${path}`);
        await expectNoAxeViolations(page);
        expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
      });
    }
  });
}

test('the English navigator is written in English', async ({ page }) => {
  for (const path of ['/en/incident', '/en/incident/data-leak', '/en/incident/harmful-content']) {
    await page.goto(path);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  }
});

test('every event in the list opens an answer with first steps', async ({ page }) => {
  await page.goto('/incident');
  const links = page.getByTestId('incident-events').getByRole('link');
  const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  expect(hrefs).toHaveLength(13);
  for (const href of hrefs) {
    const response = await page.goto(href as string);
    expect(response?.status(), href as string).toBe(200);
    await expect(page.getByTestId('incident-do').getByRole('listitem')).not.toHaveCount(0);
  }
});
