import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Fails with the list of WCAG 2.2 AA violations axe finds on the page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Collects CSP violations and console errors, so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Waits until every Astro island on the page has hydrated (Astro drops the `ssr` attribute then).
 * Islands that render only in the browser shift the layout when they appear; a click aimed before
 * that can land on the wrong element.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The labels of the sign-up and new-organisation forms, as a user reads them. */
export const accountLabels = {
  ja: {
    name: 'お名前',
    email: 'メールアドレス',
    password: 'パスワード',
    createAccount: 'アカウントを作成する',
    orgName: '組織名（会社名）',
    industry: '業種',
    size: '規模',
    createOrg: '組織を作成する',
  },
  en: {
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    createAccount: 'Create account',
    orgName: 'Organisation (company) name',
    industry: 'Industry',
    size: 'Size',
    createOrg: 'Create organisation',
  },
} as const;

/** Fills in and sends the sign-up form the page shows; `who` becomes the name and `{who}@example.jp`. */
export async function signUp(page: Page, locale: 'ja' | 'en', who: string, password = 'a long enough password') {
  const l = accountLabels[locale];
  await page.getByLabel(l.name).fill(who);
  await page.getByLabel(l.email).fill(`${who}@example.jp`);
  await page.getByLabel(l.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: l.createAccount }).click();
}

/** Fills in and sends the new-organisation form the page shows. */
export async function createOrganization(
  page: Page,
  locale: 'ja' | 'en',
  name: string,
  { industry = 'E', size = 'small' }: { industry?: string; size?: string } = {},
) {
  const l = accountLabels[locale];
  await page.getByLabel(l.orgName).fill(name);
  await page.getByLabel(l.industry).selectOption(industry);
  await page.getByLabel(l.size).selectOption(size);
  await page.getByRole('button', { name: l.createOrg }).click();
}
