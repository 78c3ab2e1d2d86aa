import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchConsole } from './fixtures.ts';

const locales = [
  {
    name: 'ja',
    prefix: '',
    title: 'リスク計算',
    groups: {
      confidentiality: /^機密性/,
      integrity: /^完全性/,
      availability: /^可用性/,
      threat: /^脅威/,
      vulnerability: /^脆弱性/,
    },
    personalData: 'この資産は個人情報を含む',
    submit: '計算する',
    high: 'リスク 大',
    low: 'リスク 小',
    forced: '個人情報を含むため、重要度を1から3に引き上げました。',
    errorTitle: '入力に問題があります',
    missingThreat: '脅威を選んでください。',
    badConfidentiality: '機密性は、表示されている選択肢から選び直してください。',
    starterTitle: 'よくある情報資産の例',
    industry: '業種（日本標準産業分類の大分類）',
    construction: 'D 建設業',
    apply: '表示する',
    sitePhotos: '現場写真・施工記録',
    careRecords: '患者・利用者の記録',
    customerList: '顧客名簿',
    calculateCustomerList: /この資産のリスクを計算する\s*（顧客名簿）/,
    assetHeading: '「顧客名簿」のリスク計算',
  },
  {
    name: 'en',
    prefix: '/en',
    title: 'Risk calculator',
    groups: {
      confidentiality: /^Confidentiality/,
      integrity: /^Integrity/,
      availability: /^Availability/,
      threat: /^Threat/,
      vulnerability: /^Vulnerability/,
    },
    personalData: 'This asset contains personal data',
    submit: 'Calculate',
    high: 'High risk',
    low: 'Low risk',
    forced: 'Because the asset contains personal data, importance was raised from 1 to 3.',
    errorTitle: 'There is a problem with your answers',
    missingThreat: 'Please choose a value for Threat.',
    badConfidentiality: 'Please choose Confidentiality again from the options shown.',
    starterTitle: 'Typical information assets',
    industry: 'Industry (Japan Standard Industrial Classification, divisions)',
    construction: 'D Construction',
    apply: 'Show',
    sitePhotos: 'Site photos and construction records',
    careRecords: 'Patient and client records',
    customerList: 'Customer list',
    calculateCustomerList: /Calculate the risk of this asset\s*\(Customer list\)/,
    assetHeading: 'Risk calculator: Customer list',
  },
] as const;

type Field = keyof (typeof locales)[number]['groups'];

async function choose(page: Page, groups: Record<Field, RegExp>, ratings: Partial<Record<Field, 1 | 2 | 3>>) {
  for (const [field, value] of Object.entries(ratings) as [Field, 1 | 2 | 3][]) {
    await page
      .getByRole('group', { name: groups[field] })
      .getByRole('radio', { name: new RegExp(`^${value} `) })
      .check();
  }
}

for (const l of locales) {
  test.describe(`risk calculator without JavaScript (${l.name})`, () => {
    test.use({ javaScriptEnabled: false });

    test('rates an asset and shows the level and the highlighted heat-map cell', async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${l.prefix}/risk`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.title);
      await choose(page, l.groups, { confidentiality: 1, integrity: 1, availability: 1, threat: 3, vulnerability: 2 });
      await page.getByRole('checkbox', { name: l.personalData }).check();
      await page.getByRole('button', { name: l.submit }).click();

      await expect(page).toHaveURL(/matrix=gokui-default/);
      const result = page.getByTestId('risk-result');
      await expect(result).toBeVisible();
      const level = page.getByTestId('risk-level');
      await expect(level).toHaveText(l.high);
      await expect(level).toHaveAttribute('data-level', 'high');
      // A word and a shape, not colour alone.
      await expect(level.locator('svg path')).toHaveCount(1);
      await expect(page.getByTestId('risk-importance')).toHaveText('3');
      await expect(page.getByTestId('risk-forced-reason')).toHaveText(l.forced);
      await expect(page.getByTestId('risk-likelihood')).toHaveText('2');
      await expect(page.getByTestId('risk-value')).toHaveText('6');

      const current = page.locator('[data-testid="heat-map"] g[data-current="true"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('data-importance', '3');
      await expect(current).toHaveAttribute('data-likelihood', '2');
      await expect(page.getByTestId('heat-map-table').locator('td[data-current="true"]')).toHaveCount(1);
      await expect(page.getByTestId('heat-map-current')).toBeVisible();

      // The choices stay selected for a second try.
      await expect(
        page.getByRole('group', { name: l.groups.threat }).getByRole('radio', { name: /^3 / }),
      ).toBeChecked();
      await expect(page.getByRole('checkbox', { name: l.personalData })).toBeChecked();
      expect(problems).toEqual([]);
    });

    test('a low risk under the default matrix is shown as low', async ({ page }) => {
      await page.goto(`${l.prefix}/risk`);
      await choose(page, l.groups, { confidentiality: 2, integrity: 1, availability: 1, threat: 1, vulnerability: 3 });
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page.getByTestId('risk-level')).toHaveText(l.low);
      await expect(page.getByTestId('risk-forced-reason')).toHaveCount(0);
      const current = page.locator('[data-testid="heat-map"] g[data-current="true"]');
      await expect(current).toHaveAttribute('data-level', 'low');
    });

    test('a form sent with choices missing names each of them and keeps what was chosen', async ({ page }) => {
      await page.goto(`${l.prefix}/risk`);
      await choose(page, l.groups, { confidentiality: 2, integrity: 3 });
      await page.getByRole('button', { name: l.submit }).click();
      const summary = page.getByTestId('risk-errors');
      await expect(summary).toContainText(l.errorTitle);
      await expect(summary.getByRole('listitem')).toHaveCount(3);
      await expect(summary.getByRole('link', { name: l.missingThreat })).toHaveAttribute('href', '#risk-threat-1');
      await expect(page.getByTestId('risk-result')).toHaveCount(0);
      await expect(
        page.getByRole('group', { name: l.groups.integrity }).getByRole('radio', { name: /^3 / }),
      ).toBeChecked();
    });

    test('a bad value answers 400 with the error beside the field', async ({ page }) => {
      const response = await page.goto(
        `${l.prefix}/risk?matrix=gokui-default&confidentiality=5&integrity=2&availability=2&threat=2&vulnerability=2`,
      );
      expect(response?.status()).toBe(400);
      await expect(page.getByTestId('risk-errors').getByRole('link')).toHaveText([l.badConfidentiality]);
      await expect(page.locator('#risk-confidentiality-error')).toHaveText(l.badConfidentiality);
      await expect(
        page.getByRole('group', { name: l.groups.integrity }).getByRole('radio', { name: /^2 / }),
      ).toBeChecked();
    });
  });

  test.describe(`starter list of information assets (${l.name})`, () => {
    test.use({ javaScriptEnabled: false });

    test('filters by industry and opens the calculator for an asset', async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`${l.prefix}/risk/starter-assets`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.starterTitle);
      await expect(page.getByRole('rowheader', { name: new RegExp(l.careRecords) })).toHaveCount(1);

      await page.getByLabel(l.industry).selectOption({ label: l.construction });
      await page.getByRole('button', { name: l.apply }).click();
      await expect(page).toHaveURL(/industry=D/);
      await expect(page.getByTestId('starter-count')).toContainText(l.construction);
      await expect(page.getByRole('rowheader', { name: new RegExp(l.sitePhotos) })).toHaveCount(1);
      await expect(page.getByRole('rowheader', { name: new RegExp(l.careRecords) })).toHaveCount(0);

      await page.getByRole('link', { name: l.calculateCustomerList }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.assetHeading);
      await expect(
        page.getByRole('group', { name: l.groups.confidentiality }).getByRole('radio', { name: /^3 / }),
      ).toBeChecked();
      await expect(page.getByRole('checkbox', { name: l.personalData })).toBeChecked();
      await expect(page.getByTestId('risk-errors')).toHaveCount(0);
      await choose(page, l.groups, { threat: 2, vulnerability: 2 });
      await page.getByRole('button', { name: l.submit }).click();
      await expect(page.getByTestId('risk-result')).toContainText(l.customerList);
      await expect(page.getByTestId('risk-value')).toHaveText('3');
      expect(problems).toEqual([]);
    });

    test('an unknown industry answers 400 with a message', async ({ page }) => {
      const response = await page.goto(`${l.prefix}/risk/starter-assets?industry=Z`);
      expect(response?.status()).toBe(400);
      await expect(page.getByTestId('starter-errors')).toBeVisible();
    });
  });

  // axe runs inside the page, so these visits keep JavaScript on; the pages are the same HTML.
  test.describe(`risk pages are accessible (${l.name})`, () => {
    const pages = {
      'the empty calculator': '/risk',
      'a result':
        '/risk?matrix=gokui-default&confidentiality=1&integrity=2&availability=1&personalData=yes&threat=3&vulnerability=2',
      'a result under the stricter matrix':
        '/risk?matrix=gokui-strict&confidentiality=2&integrity=2&availability=1&threat=2&vulnerability=3',
      errors: '/risk?matrix=gokui-default&confidentiality=5&personalData=maybe',
      'the starter list': '/risk/starter-assets',
      'a filtered starter list': '/risk/starter-assets?industry=P',
      'a bad starter filter': '/risk/starter-assets?industry=Z',
    };
    for (const [what, path] of Object.entries(pages)) {
      test(`no violations on ${what}`, async ({ page }) => {
        // The starter list is a long page: axe needs more than the default time on a busy machine.
        test.setTimeout(120_000);
        const problems = watchConsole(page);
        await page.goto(`${l.prefix}${path}`);
        await expectNoAxeViolations(page);
        // Pages answering 400 make the browser log the status; nothing else may appear.
        expect(problems.filter((problem) => !problem.includes('status of 400'))).toEqual([]);
      });
    }

    test('the risk map stays readable on a phone', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${l.prefix}${pages['a result']}`);
      const box = await page.locator('.heat-map__svg').boundingBox();
      expect(box).not.toBeNull();
      expect(box!.width).toBeLessThanOrEqual(360);
      expect(box!.width).toBeGreaterThan(250);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll).toBeLessThanOrEqual(360);
    });
  });
}
