import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectNoAxeViolations, signUp, watchConsole } from './fixtures.ts';

const text = {
  ja: {
    category: '業務分類',
    assetName: '情報資産の名称',
    personal: '個人情報',
    forced: '個人情報を含むため、重要度を2から3に引き上げました。',
    accepted: 'さんが',
    cellCount: '1件',
    rowProblem: '3行目の「機密性」：「9」は使えません。1、2、3のどれかを入れてください。',
    missingColumn: '「情報資産名称」の列がありません。',
    tooLarge: '5MBを超えています',
    header: '業務分類,情報資産名称,機密性,完全性,可用性',
  },
  en: {
    category: 'Business category',
    assetName: 'Asset name',
    personal: 'Personal data',
    forced: 'importance was raised from 2 to 3',
    accepted: 'Accepted by',
    cellCount: 'n = 1',
    rowProblem: 'Row 3, “Confidentiality”: “9” cannot be used. Enter 1, 2 or 3.',
    missingColumn: 'The column “Asset name” is missing.',
    tooLarge: 'larger than 5 MB',
    header: 'Business category,Asset name,Confidentiality,Integrity,Availability',
  },
} as const;

async function openOrganization(page: Page, locale: 'ja' | 'en', name: string) {
  await page.goto(`${locale === 'ja' ? '' : '/en'}/app/organizations/new`);
  await createOrganization(page, locale, name);
  await expect(page.getByTestId('current-organization')).toHaveText(name);
}

/** Name and C/I/A of every row of the register, in name order. */
async function registerRows(page: Page, prefix: string): Promise<string[]> {
  await page.goto(`${prefix}/app/assets?sort=name`);
  const rows = page.getByTestId('asset-row');
  const result: string[] = [];
  for (let index = 0; index < (await rows.count()); index++) {
    const row = rows.nth(index);
    result.push(
      `${await row.getAttribute('data-name')} ${await row.getByTestId('asset-cia').innerText()} ${await row.getByTestId('asset-risk').innerText()}`,
    );
  }
  return result;
}

for (const locale of ['ja', 'en'] as const) {
  const l = text[locale];
  const prefix = locale === 'ja' ? '' : '/en';

  test(`asset register, risks and Excel round trip (${locale})`, async ({ page }) => {
    test.setTimeout(180_000);
    const problems = watchConsole(page);
    const who = `assets-${locale}-${Date.now()}`;
    await page.goto(`${prefix}/app/sign-up`);
    await signUp(page, locale, who);
    await openOrganization(page, locale, `Source ${who}`);

    // Empty register, then pick two typical assets in one step.
    await page.goto(`${prefix}/app/assets`);
    await expect(page.getByTestId('asset-count')).toContainText('0');
    await expectNoAxeViolations(page);
    await page.goto(`${prefix}/app/assets/starter`);
    await page.locator('#starter-customer-list').check();
    await page.locator('#starter-quotes-invoices').check();
    await expectNoAxeViolations(page);
    await page.getByTestId('starter-add').click();
    await expect(page.getByTestId('assets-flash')).toContainText('2');
    await expect(page.getByTestId('asset-row')).toHaveCount(2);

    // Add one by hand: a missing name is refused beside the field, then it goes through.
    await page.goto(`${prefix}/app/assets/new`);
    await page.getByTestId('asset-category').fill(locale === 'ja' ? '総務' : 'General affairs');
    await page.locator('#confidentiality-2').check();
    await page.locator('#integrity-2').check();
    await page.locator('#availability-1').check();
    await page.getByTestId('asset-save').click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByTestId('asset-name').fill('=Staff list');
    await page.getByTestId('asset-personal').check();
    await page.getByTestId('asset-save').click();

    // Rate it: threat and vulnerability, treatment, a Mission2 action, residual risk.
    await expect(page.getByTestId('risk-flash')).toBeVisible();
    await expect(page.getByTestId('forced-reason')).toContainText(l.forced);
    await page.locator('#threat-3').check();
    await page.locator('#vulnerability-3').check();
    await page.locator('#treatment-reduce').check();
    await page.locator('#section-2-4').check();
    await page.locator('#residualThreat-3').check();
    await page.locator('#residualVulnerability-1').check();
    await page.getByTestId('risk-save').click();
    await expect(page.getByTestId('inherent-level')).toHaveAttribute('data-level', 'high');
    await expect(page.getByTestId('residual-level')).toHaveAttribute('data-level', 'medium');
    await expect(page.locator(`a[href="${prefix}/guide/mission2/2-4/"]`)).toBeVisible();
    await expectNoAxeViolations(page);

    // Accept the residual risk as the owner.
    await page.locator('#field-comment').fill(locale === 'ja' ? '来年度に見直す' : 'Review next year');
    await page.getByTestId('accept-submit').click();
    await expect(page.getByTestId('acceptance-record')).toContainText(l.accepted);

    // Heat map: the rated asset is counted in its cell, which opens the filtered list.
    await page.goto(`${prefix}/app/assets/risks`);
    await expect(page.getByTestId('heat-map')).toBeVisible();
    await expect(page.getByTestId('heat-map-count-3-3')).toHaveText(l.cellCount);
    await expectNoAxeViolations(page);
    await page.getByTestId('heat-map-table').getByRole('link', { name: l.cellCount }).first().click();
    await expect(page.getByTestId('asset-row')).toHaveCount(1);
    await expect(page.getByTestId('asset-row')).toHaveAttribute('data-name', '=Staff list');

    // Dashboard card.
    await page.goto(`${prefix}/app`);
    await expect(page.getByTestId('top-risks')).toContainText('=Staff list');

    const before = await registerRows(page, prefix);
    expect(before).toHaveLength(3);

    // Export .xlsx and re-import it into an empty organisation.
    await page.goto(`${prefix}/app/assets`);
    const downloading = page.waitForEvent('download');
    await page.getByTestId('export-xlsx').click();
    const download = await downloading;
    const file = readFileSync((await download.path()) ?? '');
    expect(file.subarray(0, 2).toString()).toBe('PK');

    await openOrganization(page, locale, `Target ${who}`);
    await page.goto(`${prefix}/app/assets/import`);
    await expectNoAxeViolations(page);
    await page.getByTestId('import-file').setInputFiles({
      name: 'register.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: file,
    });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('preview-row')).toHaveCount(3);
    await expectNoAxeViolations(page);
    await page.getByTestId('import-commit').click();
    await expect(page.getByTestId('assets-flash')).toContainText('3');
    expect(await registerRows(page, prefix)).toEqual(before);

    // Broken files: a bad value, a missing column, 6 MB. Nothing is imported.
    const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
    await page.goto(`${prefix}/app/assets/import`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: csv([l.header, 'A,One,1,1,1', 'B,Two,9,1,1']),
    });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('error-summary')).toContainText(l.rowProblem);
    await expect(page.getByTestId('import-commit')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`${prefix}/app/assets/import`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'missing.csv',
      mimeType: 'text/csv',
      buffer: csv(['業務分類,機密性,完全性,可用性', 'A,1,1,1']),
    });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('error-summary')).toContainText(l.missingColumn);

    await page.getByTestId('import-file').setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(6 * 1024 * 1024, 0x61),
    });
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('error-summary')).toContainText(l.tooLarge);
    await expectNoAxeViolations(page);

    expect(await registerRows(page, prefix)).toEqual(before);
    // The refused form and files answer 400/413 on purpose; anything else in the console is a fault.
    expect(problems.filter((problem) => !/status of (400|413)\b/.test(problem))).toEqual([]);
  });
}
