/**
 * Signed-in check results in ja and en: sign in from the anonymous result, save it, answer again,
 * see the trend and the comparison, then opt in to the peer benchmark after seeing the payload.
 */
import { expect, test, type Page } from '@playwright/test';
import { createOrganization, expectNoAxeViolations, signUp, waitForIslands, watchConsole } from './fixtures.ts';

const text = {
  ja: {
    signUp: 'アカウントを作成',
    email: 'メールアドレス',
    password: 'パスワード',
    signIn: 'ログインする',
    submit: '結果を見る',
    save: '組織に保存する',
    confirm: 'この組織に保存する',
    saved: '結果を組織に保存しました。',
    total69: '69点',
    total90: '90点',
    history: '診断の記録',
    again: '新しく5分診断を受ける',
    trend: '最新は90点で、前回の69点から21点上がりました',
    compareTotal: '合計点：69点 → 90点（+21）',
    compare: '比べる',
    peers: '同業他社と比べる',
    consent: '上の内容を匿名で送ることに同意します',
    share: '匿名で送って比べる',
    tooFew: /(\d+)あと(\d+)件の参加で表示します/,
    latest: '最新の結果：90点',
  },
  en: {
    signUp: 'Create an account',
    email: 'E-mail address',
    password: 'Password',
    signIn: 'Sign in',
    submit: 'See the result',
    save: 'Save to my organisation',
    confirm: 'Save to this organisation',
    saved: 'The result was saved to your organisation.',
    total69: '69 points',
    total90: '90 points',
    history: 'Check results',
    again: 'Take the 5-minute check again',
    trend: 'The latest is 90 points; up 21 points from 69 points.',
    compareTotal: 'Total: 69 → 90 points (+21)',
    compare: 'Compare',
    peers: 'Compare with similar firms',
    consent: 'I agree to send the content above anonymously',
    share: 'Send anonymously and compare',
    tooFew: /\)(\d+)shown after (\d+) more/,
    latest: 'Latest result: 90 points',
  },
} as const;

const ids = Array.from({ length: 25 }, (_, i) => `q${String(i + 1).padStart(2, '0')}`);
/** 69 points: q01–q17 yes, q18 partial, q19 unknown, the rest no. */
const answers69 = Object.fromEntries(
  ids.map((id, i) => [id, i < 17 ? 'yes' : i === 17 ? 'partial' : i === 18 ? 'unknown' : 'no']),
);
/** 90 points: everything yes except q11 and q23 no and q20 partial. */
const answers90: Record<string, string> = {
  ...Object.fromEntries(ids.map((id) => [id, 'yes'])),
  q11: 'no',
  q20: 'partial',
  q23: 'no',
};
const password = 'a long enough password';

async function answer(page: Page, answers: Record<string, string>) {
  // The progress bar and the kept-result panel appear above the form once hydrated.
  await waitForIslands(page);
  await expect(page.getByTestId('check-progress')).toBeVisible();
  for (const id of ids) await page.locator(`#${id}-${answers[id]}`).check();
}

for (const locale of ['ja', 'en'] as const) {
  const l = text[locale];
  const prefix = locale === 'ja' ? '' : '/en';
  // Each locale's firm in its own industry, so its peer group counts only its own submission.
  const industry = locale === 'ja' ? 'E' : 'G';

  test(`save check results, see the trend, compare and join the peer benchmark (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const problems = watchConsole(page);
    const who = `checker-${locale}-${Date.now()}`;

    // An account with an organisation, then signed out.
    await page.goto(`${prefix}/app/sign-up`);
    await signUp(page, locale, who, password);
    await createOrganization(page, locale, `Firm ${who}`, { industry });
    await page.getByTestId('sign-out').click();

    // Anonymous check → "save to my organisation" → sign-in → back to the result → saved.
    await page.goto(`${prefix}/check/five-minute`);
    await answer(page, answers69);
    await page.getByRole('button', { name: l.submit }).click();
    await expect(page.getByTestId('total')).toHaveText(l.total69);
    await page.getByTestId('save-to-org').getByRole('button', { name: l.save }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/sign-in\\?next=`));
    await page.getByLabel(l.email).fill(`${who}@example.jp`);
    await page.getByLabel(l.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: l.signIn, exact: true }).click();
    await expect(page.getByTestId('save-summary')).toContainText(l.total69);
    await page.getByRole('button', { name: l.confirm }).click();
    await expect(page.getByTestId('saved-notice')).toHaveText(l.saved);
    await expect(page.getByTestId('total')).toHaveText(l.total69);
    await expectNoAxeViolations(page);

    // Answer again from the history page; signed in, the result is saved in one step.
    await page.getByRole('link', { name: l.history }).first().click();
    await page.getByRole('link', { name: l.again }).click();
    await answer(page, answers90);
    await page.getByRole('button', { name: l.submit }).click();
    await page.getByTestId('save-to-org').getByRole('button', { name: l.save }).click();
    await expect(page.getByTestId('saved-notice')).toBeVisible();
    await expect(page.getByTestId('total')).toHaveText(l.total90);

    // The trend: a line chart with a text summary and a data table.
    await page.goto(`${prefix}/app/checks`);
    await expect(page.getByTestId('trend-chart')).toHaveAttribute('data-direction', 'up');
    await expect(page.getByTestId('trend-summary')).toContainText(l.trend);
    await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(2);
    await expect(page.getByTestId('trend-chart').locator('circle')).toHaveCount(2);
    await expectNoAxeViolations(page);

    // Compare the two, per part and per question.
    await page.getByRole('button', { name: l.compare }).click();
    await expect(page.getByTestId('compare-total')).toHaveText(l.compareTotal);
    await expect(page.getByTestId('compare-questions').locator('tr[data-question="q11"]')).toHaveAttribute(
      'data-change',
      'worse',
    );
    await expectNoAxeViolations(page);

    // The dashboard card shows the latest score and that it rose.
    await page.goto(`${prefix}/app`);
    await expect(page.getByTestId('check-card-latest')).toContainText(l.latest);
    await expect(page.getByTestId('check-card-trend')).toHaveAttribute('data-direction', 'up');

    // Opt in to the peer benchmark: the payload is shown first, then the group counts.
    await page.goto(`${prefix}/app/checks`);
    await page.getByTestId('results-table').locator('tbody tr').last().getByRole('link').click();
    await page.getByTestId('open-benchmark').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.peers);
    const payload = JSON.parse((await page.getByTestId('peer-payload').textContent()) ?? '') as Record<string, unknown>;
    expect(payload).toEqual({
      questionSet: { id: 'five-minute-check', version: 1 },
      industry,
      sizeBand: 'small',
      total: 90,
      scores: ids.map((id) => ({ yes: 4, partial: 2, no: 0 })[answers90[id] as 'yes' | 'partial' | 'no']),
    });
    await expect(page.getByTestId('peer-payload')).not.toContainText(who);
    await expectNoAxeViolations(page);
    await page.getByLabel(l.consent).check();
    await page.getByRole('button', { name: l.share }).click();
    await expect(page.getByTestId('peer-stats')).toBeVisible();
    // Figures stay hidden below 10 submissions; the row says how many more are needed (a repeated run
    // of this test adds to the same group, so the count is read from the row).
    const group = page.getByTestId('peer-stats').locator('tr[data-group="industrySize"]');
    await expect(group).toHaveText(l.tooFew);
    const [, count, more] = l.tooFew.exec((await group.textContent()) ?? '') ?? [];
    expect(Number(count) + Number(more)).toBe(10);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
}
