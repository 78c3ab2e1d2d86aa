import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { createOrganization, expectNoAxeViolations, signUp } from './fixtures.ts';
import { pdfText } from './pdf-text.ts';

const text = {
  ja: {
    yes: 'はい',
    no: 'いいえ',
    check: '報告が必要か確かめる',
    manualTitle: '緊急時対応マニュアル',
    approved: 'この版は承認済みです。',
    cardTitle: 'もしかしてサイバー攻撃？ と思ったら',
  },
  en: {
    yes: 'Yes',
    no: 'No',
    check: 'Check whether a report is required',
    manualTitle: 'Emergency response manual',
    approved: 'This version is approved.',
    cardTitle: 'Think it might be a cyber attack?',
  },
} as const;

const steps: Record<string, Record<string, string>> = {
  '4-1': { storage: '総務の棚（赤いファイル）' },
  '4-2': {
    chiefName: '山田 一郎',
    chiefPhone: '090-1111-2222',
    leadName: '佐藤 花子',
    leadPhone: '03-1234-5678',
    firstName: '鈴木 次郎',
    firstPhone: '080-3333-4444',
  },
  '4-3': { customerDesk: '佐藤 花子' },
  '4-4': { backupPlace: 'NASと社外のクラウド', fallback: '受注は電話で受けて紙に書く' },
  '4-5': {},
  '4-6': {},
  '4-7': {
    backup: '毎日クラウドへ保存',
    safety: '災害用伝言ダイヤル',
    'keep-0-work': '受注',
    'keep-0-target': '1日以内',
  },
};

/** Yesterday in Japan, so the discovery date is never in the future whatever the hour. */
function yesterdayInJapan(): string {
  const now = new Date(Date.now() - 24 * 3600 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await file.path()) ?? '');
}

for (const locale of ['ja', 'en'] as const) {
  const l = text[locale];
  const prefix = locale === 'ja' ? '' : '/en';
  const stamp = `${locale}-${Date.now()}`;
  const firm = `もしも商事 ${stamp}`;

  test(`an owner builds the emergency manual, downloads it, prints the wall card and opens an incident record (${locale})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`${prefix}/app/sign-up`);
    const who = `manual-${stamp}`;
    await signUp(page, locale, who);
    await createOrganization(page, locale, firm);
    await expect(page.getByTestId('current-organization')).toHaveText(firm);

    // Build the manual step by step.
    await page.goto(`${prefix}/app/manual`);
    await expectNoAxeViolations(page);
    await page.getByTestId('manual-start').click();
    for (const [step, fields] of Object.entries(steps)) {
      await expect(page).toHaveURL(new RegExp(`${prefix}/app/manual/steps/${step}$`));
      await expect(page.getByTestId('step-progress')).toContainText(
        '/ 7'.replace('/ 7', locale === 'ja' ? '/ 7' : 'of 7'),
      );
      for (const [field, value] of Object.entries(fields)) await page.getByTestId(field).fill(value);
      if (step === '4-2' || step === '4-6') await expectNoAxeViolations(page);
      await page.getByTestId('save-step').click();
    }
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/manual/preview$`));
    await expect(page.getByTestId('document-preview')).toContainText('鈴木 次郎');
    await page.getByTestId('save-version').first().click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/manual/versions/[0-9a-f-]+$`));
    await page.getByTestId('approve-version').click();
    await expect(page.getByTestId('approval-status')).toHaveText(l.approved);
    await expect(page.getByTestId('document-preview')).toContainText(who);
    await expectNoAxeViolations(page);

    // .docx: a zip whose word/document.xml holds the firm's name; PDF: Japanese text extracts.
    const docx = unzipSync(new Uint8Array(await download(page, 'download-docx')));
    expect(strFromU8(docx['word/document.xml'] ?? new Uint8Array())).toContain(firm);
    const pdf = await pdfText(await download(page, 'download-pdf'));
    expect(pdf).toContain(l.manualTitle);
    expect(pdf).toContain('鈴木 次郎');
    expect(pdf).toContain('もしも商事');

    // The wall card prints on one A4 page, without the site navigation.
    await page.getByTestId('wall-card-link').click();
    await expect(page.getByTestId('wall-card')).toContainText(l.cardTitle);
    await expect(page.getByTestId('wall-card-phones')).toContainText('080-3333-4444');
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.app-nav')).toBeHidden();
    await expect(page.getByTestId('wall-card')).toBeVisible();
    const printed = await page.pdf({ format: 'A4', printBackground: true });
    expect((await getDocumentProxy(new Uint8Array(printed))).numPages).toBe(1);
    await page.emulateMedia({ media: 'screen' });

    // From the navigator's answer to an incident record with the legal deadlines.
    await page.goto(`${prefix}/incident/data-leak`);
    const form = page.getByTestId('appi');
    for (const question of ['personal', 'sensitive', 'financial', 'intentional', 'over1000', 'encrypted']) {
      const answer = question === 'personal' || question === 'intentional' ? l.yes : l.no;
      await form.locator(`fieldset:has(input[name="${question}"])`).getByLabel(answer, { exact: true }).check();
    }
    await form.locator('#appi-discovered').fill(yesterdayInJapan());
    await form.getByRole('button', { name: l.check }).click();
    await page.getByTestId('record-open').getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/app/incidents/[0-9a-f-]+$`));
    await expect(page.getByTestId('deadlines-required')).toBeVisible();
    await expect(page.getByTestId('countdown-preliminary')).toContainText(locale === 'ja' ? 'あと4日' : '4 days left');
    await expect(page.getByTestId('countdown-final')).toContainText('60');
    await expectNoAxeViolations(page);
  });
}
