import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectNoAxeViolations, watchConsole } from './fixtures.ts';
import { pdfText } from './pdf-text.ts';

const locales = [
  {
    name: 'ja',
    prefix: '',
    start: '5分診断を始める',
    submit: '結果を見る',
    insufficient: '対策が足りません',
    mostly: 'おおむねできていますが、穴があります',
    total69: '69点',
    total90: '90点',
    missing25: '質問25の答えを選んでください。',
    invalid02: '質問2の答えが選択肢にありません。',
    unknownQ99: '「q99」という質問はありません。',
    oneStarInPlace: '5か条はすべて実施しています。',
    progress0: '0 / 25',
    saved: '保存しました。',
    restored: '前回、途中まで答えた内容を戻しました。',
    invalidCode: 'このURLからは結果を表示できません。',
    pdfTitle: '5分でできる情報セキュリティ自社診断の結果',
    summarySheet: '結果',
  },
  {
    name: 'en',
    prefix: '/en',
    start: 'Start the 5-minute check',
    submit: 'See the result',
    insufficient: 'Measures are clearly insufficient',
    mostly: 'Mostly done, with some gaps',
    total69: '69 points',
    total90: '90 points',
    missing25: 'Choose an answer for Question 25.',
    invalid02: 'The answer to Question 2 is not one of the options.',
    unknownQ99: 'There is no question "q99".',
    oneStarInPlace: 'All Five Principles are in place.',
    progress0: '0 / 25',
    saved: 'Saved.',
    restored: 'The answers you gave last time have been restored.',
    invalidCode: 'This address does not hold a result we can show.',
    pdfTitle: 'Result of the 5-minute information security self-check',
    summarySheet: 'Result',
  },
] as const;

const ids = Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);

/** q01–q17 "yes", q18 "partial", q19 "unknown", the rest "no": 68 + 2 − 1 = 69 (insufficient). */
const answers69: Record<string, string> = Object.fromEntries(
  ids.map((id, i) => [id, i < 17 ? 'yes' : i === 17 ? 'partial' : i === 18 ? 'unknown' : 'no']),
);
/** Everything "yes" except q11 and q23 "no" and q20 "partial": 100 − 4 − 4 − 2 = 90 (mostly). */
const answers90: Record<string, string> = {
  ...Object.fromEntries(ids.map((id) => [id, 'yes'])),
  q11: 'no',
  q20: 'partial',
  q23: 'no',
};

async function answer(page: Page, answers: Record<string, string>, only: string[] = ids): Promise<void> {
  for (const id of only) await page.locator(`#${id}-${answers[id]}`).check();
}

for (const l of locales) {
  test.describe(`5-minute check (${l.name})`, () => {
    test('is reached from the home page', async ({ page }) => {
      await page.goto(`${l.prefix}/`);
      await page.getByRole('link', { name: l.start }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/check/five-minute$`));
      await expect(page.getByTestId('check-form').locator('fieldset')).toHaveCount(25);
    });

    test('works without JavaScript: a missing answer is reported, then the result shows band and next steps', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${l.prefix}/check/five-minute`);
      await expect(page.getByTestId('check-progress')).toHaveCount(0);
      await expect(page.getByRole('group')).toHaveCount(25);

      // Leave question 25 unanswered: the form comes back with 400, the message and the answers kept.
      await answer(page, answers69, ids.slice(0, 24));
      const refused = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: l.submit }).click();
      expect((await refused).status()).toBe(400);
      await expect(page.getByTestId('error-summary')).toContainText(l.missing25);
      await expect(page.locator('#q25-error')).toHaveText(l.missing25);
      await expect(page.locator('#q01-yes')).toBeChecked();
      await expect(page.locator('#q19-unknown')).toBeChecked();

      await answer(page, answers69, ['q25']);
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/check/five-minute/result\\?v=1&a=[0-9-]{25}$`));
      await expect(page.getByTestId('total')).toHaveText(l.total69);
      await expect(page.getByTestId('verdict')).toHaveAttribute('data-band', 'insufficient');
      await expect(page.getByTestId('band')).toContainText(l.insufficient);
      await expect(page.getByTestId('band').locator('svg path')).toHaveCount(1);

      const steps = page.getByTestId('next-steps').locator('li[data-question]');
      await expect(steps).toHaveCount(3);
      await expect(steps.first()).toHaveAttribute('data-question', 'q19');
      await expect(steps.first().getByRole('link').first()).toHaveAttribute('href', `${l.prefix}/guide/mission2/2-14/`);
      await expect(page.getByTestId('review-list').getByRole('listitem')).toHaveCount(1);
      await expect(page.getByTestId('part-table').locator('tbody tr')).toHaveCount(3);
      await expect(page.getByTestId('part-table').locator('[data-part="basic"] td').first()).toHaveText('20');

      // Every answer below "yes" links to the action that fixes it; "yes" answers do not.
      const partial = page.locator('#answer-q18');
      await expect(partial.getByRole('link', { name: /2-15/ })).toHaveAttribute(
        'href',
        `${l.prefix}/guide/mission2/2-15/`,
      );
      await expect(page.locator('#answer-q01').getByRole('link')).toHaveCount(0);
      for (const id of ids.slice(17)) await expect(page.locator(`#answer-${id}`).getByRole('link')).not.toHaveCount(0);

      await expect(page.getByTestId('security-action')).toContainText(l.oneStarInPlace);
      await expect(page.getByTestId('sa-two-star').locator('[data-status="done"]')).toHaveCount(1);
      await expect(page.getByTestId('sa-two-star').getByRole('link').first()).toHaveAttribute(
        'href',
        `${l.prefix}/guide/mission6/6-5/`,
      );
      await expect(page.getByTestId('security-action')).not.toContainText(/認定|取得|certified/);

      await steps.first().getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/guide/mission2/2-14/$`));
      await context.close();
    });

    test('with JavaScript: progress, result, downloads, and keeping the result in this browser', async ({ page }) => {
      test.slow(); // two axe runs, a PDF and a workbook
      const problems = watchConsole(page);
      await page.goto(`${l.prefix}/check/five-minute`);
      const progress = page.getByTestId('check-progress');
      await expect(progress).toContainText(l.progress0);
      await answer(page, answers90, ids.slice(0, 12));
      await expect(progress).toContainText('12 / 25');
      await expect(progress.locator('progress')).toHaveAttribute('value', '12');
      await expectNoAxeViolations(page);

      // Leaving and coming back restores the unfinished answers.
      await page.reload();
      await expect(progress).toContainText('12 / 25');
      await expect(progress).toContainText(l.restored);
      await expect(page.locator('#q11-no')).toBeChecked();

      await answer(page, answers90, ids.slice(12));
      await expect(progress).toContainText('25 / 25');
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page).toHaveURL(/\/result\?/);
      await expect(page.getByTestId('total')).toHaveText(l.total90);
      await expect(page.getByTestId('band')).toContainText(l.mostly);
      await expect(page.getByTestId('next-steps').locator('li[data-question]')).toHaveCount(3);
      await expect(page.getByTestId('next-steps').locator('li[data-question]').first()).toHaveAttribute(
        'data-question',
        'q11',
      );
      await expectNoAxeViolations(page);

      const pdfDownload = page.waitForEvent('download');
      await page.getByTestId('download-pdf').click();
      const pdf = await pdfDownload;
      expect(pdf.suggestedFilename()).toBe(`gokui-five-minute-check-90-${l.name}.pdf`);
      const text = await pdfText(readFileSync(await pdf.path()));
      expect(text).toContain(l.pdfTitle);
      expect(text.replace(/\s+/g, ' ')).toContain(l.total90);
      expect(text).toContain(l.mostly);
      expect(text).toContain('/guide/mission2/2-4/');

      const xlsxDownload = page.waitForEvent('download');
      await page.getByTestId('download-xlsx').click();
      const xlsx = await xlsxDownload;
      expect(xlsx.suggestedFilename()).toBe(`gokui-five-minute-check-90-${l.name}.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
      const summary = workbook.getWorksheet(l.summarySheet);
      expect(summary?.getColumn(2).values).toContain(90);
      expect(summary?.getColumn(2).values).toContain(l.mostly);
      const answersSheet = workbook.worksheets[2];
      expect(answersSheet?.rowCount).toBe(26);
      expect(answersSheet?.getRow(12).getCell(6).value).toBe(0);

      // Keep it in this browser; the questionnaire then links back to it, scored again in the browser.
      await page.getByTestId('keep-result').getByRole('button').click();
      await expect(page.getByTestId('keep-result')).toContainText(l.saved);
      const resultUrl = page.url();
      await page.goto(`${l.prefix}/check/five-minute`);
      const kept = page.getByTestId('kept-result');
      await expect(kept).toContainText('90');
      await expect(kept).toContainText(l.mostly);
      await expect(progress).toContainText(l.progress0);
      await kept.getByRole('link').click();
      await expect(page).toHaveURL(resultUrl);
      expect(problems).toEqual([]);
    });

    test('a tampered post gives a 400 page naming every problem, with the answers kept', async ({ page }) => {
      await page.goto(`${l.prefix}/check/five-minute`);
      await answer(page, answers69, ids.slice(0, 24));
      await page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('[data-testid="check-form"]');
        const yes = document.querySelector<HTMLInputElement>('#q02-yes');
        if (!form || !yes) throw new Error('form not found');
        yes.value = 'maybe';
        const extra = document.createElement('input');
        extra.type = 'hidden';
        extra.name = 'q99';
        extra.value = 'yes';
        form.append(extra);
      });
      const refused = page.waitForResponse((r) => r.request().method() === 'POST');
      await page.getByRole('button', { name: l.submit }).click();
      expect((await refused).status()).toBe(400);
      const summary = page.getByTestId('error-summary');
      await expect(summary).toContainText(l.invalid02);
      await expect(summary).toContainText(l.missing25);
      await expect(summary).toContainText(l.unknownQ99);
      await expect(summary.getByRole('listitem')).toHaveCount(3);
      await expect(page.locator('#q01-yes')).toBeChecked();
      await expect(page.locator('#q02-yes')).not.toBeChecked();
      await expect(page.locator('#q02')).toHaveClass(/question--error/);
      await expectNoAxeViolations(page);
      await summary.getByRole('link', { name: l.missing25 }).click();
      await expect(page).toHaveURL(/#q25-yes$/);
      await expect(page.locator('#q25-yes')).toBeInViewport();
    });

    test('a result URL that was cut or changed answers 400 with a way back', async ({ page }) => {
      const response = await page.goto(`${l.prefix}/check/five-minute/result?v=1&a=0123`);
      expect(response?.status()).toBe(400);
      await expect(page.getByTestId('invalid-result')).toContainText(l.invalidCode);
      await expect(page.getByRole('link', { name: /もう一度|again/ }).last()).toHaveAttribute(
        'href',
        `${l.prefix}/check/five-minute`,
      );
      const download = await page.request.get(`${l.prefix}/check/five-minute/result.pdf?v=1&a=0123`);
      expect(download.status()).toBe(400);
      // A bare result address (the language switch drops the query) leads back to the form.
      await page.goto(`${l.prefix}/check/five-minute/result`);
      await expect(page).toHaveURL(new RegExp(`${l.prefix}/check/five-minute$`));
    });
  });
}

test('the check page ships less than 60 KB of JavaScript, even uncompressed (budget P2: 60 KB gzip)', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/check/five-minute');
  await expect(page.getByTestId('check-progress')).toBeVisible();
  let total = 0;
  for (const url of scripts) {
    total += (await (await page.request.get(url)).body()).length;
  }
  expect(scripts.length).toBeGreaterThan(0);
  expect(total).toBeLessThan(60 * 1024);
});
