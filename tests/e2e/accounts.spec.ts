import { expect, test, type Page } from '@playwright/test';
import { TOTP } from 'otpauth';
import { expectNoAxeViolations } from './fixtures.ts';

const text = {
  ja: {
    signUp: 'アカウントを作成',
    createAccount: 'アカウントを作成する',
    name: 'お名前',
    email: 'メールアドレス',
    password: 'パスワード',
    orgName: '組織名（会社名）',
    industry: '業種',
    size: '規模',
    createOrg: '組織を作成する',
    ownerRole: '経営者（オーナー）',
    memberRole: '従業員',
    invite: '招待リンクを作る',
    accept: '招待を受けて参加する',
    forbidden: 'この操作はできません',
    enable2fa: '2段階認証を有効にする',
    code: '確認コード（6桁）',
    confirm2fa: 'コードを確認して有効にする',
    on: '2段階認証は有効です',
    signIn: 'ログインする',
    verify: '確認する',
    importSubmit: '取り込む',
    zip: 'ZIPファイル',
    imported: '取り込みました',
    deleteConfirm: '確認のため、組織名をそのまま入力してください',
    deleteSubmit: '組織を完全に削除する',
    deleted: '組織を削除しました',
  },
  en: {
    signUp: 'Create an account',
    createAccount: 'Create account',
    name: 'Your name',
    email: 'E-mail address',
    password: 'Password',
    orgName: 'Organisation (company) name',
    industry: 'Industry',
    size: 'Size',
    createOrg: 'Create organisation',
    ownerRole: 'Owner',
    memberRole: 'Member',
    invite: 'Create invitation link',
    accept: 'Accept and join',
    forbidden: 'You cannot do this',
    enable2fa: 'Turn on two-step verification',
    code: 'Verification code (6 digits)',
    confirm2fa: 'Verify the code and turn it on',
    on: 'Two-step verification is on',
    signIn: 'Sign in',
    verify: 'Verify',
    importSubmit: 'Import',
    zip: 'ZIP file',
    imported: 'has been imported',
    deleteConfirm: 'To confirm, type the organisation name exactly',
    deleteSubmit: 'Delete the organisation permanently',
    deleted: 'has been deleted',
  },
} as const;

const password = 'a long enough password';

for (const locale of ['ja', 'en'] as const) {
  const l = text[locale];
  const prefix = locale === 'ja' ? '' : '/en';
  const stamp = `${locale}-${Date.now()}`;

  async function signUp(page: Page, who: string) {
    await page.getByLabel(l.name).fill(who);
    await page.getByLabel(l.email).fill(`${who}@example.jp`);
    await page.getByLabel(l.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: l.createAccount }).click();
  }

  test(`accounts and organisations (${locale})`, async ({ page, browser }) => {
    test.setTimeout(120_000);
    const owner = `owner-${stamp}`;
    const orgName = `テスト工業 ${stamp}`;

    // Anonymous visit → sign-in → sign-up → new organisation → dashboard.
    await page.goto(`${prefix}/app`);
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/sign-in\\?next=`));
    await page.getByRole('link', { name: l.signUp }).click();
    await expectNoAxeViolations(page);
    await signUp(page, owner);
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/organizations/new$`));
    await page.getByLabel(l.orgName).fill(orgName);
    await page.getByLabel(l.industry).selectOption('E');
    await page.getByLabel(l.size).selectOption('small');
    await page.getByRole('button', { name: l.createOrg }).click();
    await expect(page.getByTestId('current-organization')).toHaveText(orgName);
    await expect(page.getByTestId('current-role')).toContainText(l.ownerRole);
    await expectNoAxeViolations(page);

    // Invite a second user by link.
    await page.goto(`${prefix}/app/settings/organization`);
    await page.getByTestId('invite-role').selectOption('member');
    await page.getByTestId('invite-submit').click();
    const link = await page.getByTestId('invitation-link').inputValue();
    expect(link).toMatch(new RegExp(`${prefix}/app/join/`));
    await expectNoAxeViolations(page);

    // The second user joins through the link while signed out, as a member.
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto(link);
    await second.getByRole('link', { name: l.signUp }).click();
    await signUp(second, `member-${stamp}`);
    await expect(second).toHaveURL(link);
    await second.getByTestId('accept-invitation').click();
    await expect(second.getByTestId('current-organization')).toHaveText(orgName);
    await expect(second.getByTestId('current-role')).toContainText(l.memberRole);
    for (const ownerOnly of ['/app/audit', '/app/settings/organization/delete', '/app/settings/organization/export']) {
      const response = await second.goto(`${prefix}${ownerOnly}`);
      expect(response?.status(), ownerOnly).toBe(403);
      await expect(second.getByRole('heading', { level: 1 })).toHaveText(l.forbidden);
    }
    await second.goto(`${prefix}/app/settings/organization`);
    await expect(second.getByTestId('invite-submit')).toHaveCount(0);
    await other.close();

    // The owner turns on TOTP and signs in with it.
    await page.goto(`${prefix}/app/settings/security`);
    await page.getByLabel(l.password, { exact: true }).fill(password);
    await page.getByTestId('two-factor-toggle').click();
    const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
    const totp = new TOTP({ secret, digits: 6, period: 30 });
    await page.getByLabel(l.code).fill(totp.generate());
    await page.getByRole('button', { name: l.confirm2fa }).click();
    await expect(page.getByTestId('two-factor-state')).toContainText(l.on);
    await page.goto(`${prefix}/app`);
    await page.getByTestId('sign-out').click();
    await page.goto(`${prefix}/app/sign-in`);
    await page.getByLabel(l.email).fill(`${owner}@example.jp`);
    await page.getByLabel(l.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: l.signIn, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/sign-in/two-factor`));
    await page.getByLabel(l.code).fill(totp.generate());
    await page.getByRole('button', { name: l.verify }).first().click();
    await expect(page.getByTestId('current-organization')).toHaveText(orgName);

    // Export the organisation and import it again as a new one.
    await page.goto(`${prefix}/app/settings/organization`);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-link').click();
    const zip = await (await download).path();
    await page.goto(`${prefix}/app/organizations/import`);
    await page.getByLabel(l.zip).setInputFiles(zip);
    await page.getByRole('button', { name: l.importSubmit }).click();
    await expect(page.getByRole('status')).toContainText(l.imported);
    await expect(page.getByTestId('current-organization')).toHaveText(orgName);

    // Delete the imported copy with a typed confirmation.
    await page.goto(`${prefix}/app/settings/organization/delete`);
    await page.getByLabel(l.deleteConfirm).fill('wrong name');
    await page.getByRole('button', { name: l.deleteSubmit }).click();
    await expect(page.getByTestId('error-summary')).toBeVisible();
    await page.getByLabel(l.deleteConfirm).fill(orgName);
    await page.getByRole('button', { name: l.deleteSubmit }).click();
    await expect(page.getByRole('status')).toContainText(l.deleted);
    // The original organisation is still there.
    await expect(page.getByTestId('current-organization')).toHaveText(orgName);
  });
}
