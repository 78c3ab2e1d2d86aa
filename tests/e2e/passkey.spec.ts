import { expect, test } from '@playwright/test';

// WebAuthn does not accept an IP address as the relying party, so these tests use "localhost".
for (const locale of ['ja', 'en'] as const) {
  const prefix = locale === 'ja' ? '' : '/en';
  const l =
    locale === 'ja'
      ? { add: 'この端末にパスキーを登録する', passkey: 'パスキーでログイン', password: 'パスワード' }
      : { add: 'Add a passkey on this device', passkey: 'Sign in with a passkey', password: 'Password' };

  test(`adds a passkey and signs in with it (${locale})`, async ({ page, baseURL }) => {
    const base = (baseURL ?? '').replace('127.0.0.1', 'localhost');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });

    const who = `passkey-${locale}-${Date.now()}`;
    await page.goto(`${base}${prefix}/app/sign-up`);
    await page.locator('#field-name').fill(who);
    await page.locator('#field-email').fill(`${who}@example.jp`);
    await page.locator('#field-password').fill('a long enough password');
    await page.locator('form.stack-form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/app\/organizations\/new$/);

    await page.goto(`${base}${prefix}/app/settings/security`);
    await page.getByRole('button', { name: l.add }).click();
    await expect(page).toHaveURL(/done=passkey/);
    await expect(page.getByTestId('passkey-list').getByRole('listitem')).toHaveCount(1);

    await page.context().clearCookies();
    await page.goto(`${base}${prefix}/app/sign-in`);
    await page.getByRole('button', { name: l.passkey }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/app(/organizations/new)?$`));
    await page.goto(`${base}${prefix}/app/settings/security`);
    await expect(page.getByTestId('passkey-list').getByRole('listitem')).toHaveCount(1);
  });
}
