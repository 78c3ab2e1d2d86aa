import { strFromU8, unzipSync } from 'fflate';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../e2e/pdf-text.ts';
import { FormClient, inviteMember, signUpWithOrganization } from '../support/browserless-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';
import { manualStepFields } from '../support/manual-steps.ts';

async function buildManual(client: FormClient, firm: string, prefix = ''): Promise<void> {
  for (const [step, fields] of Object.entries(manualStepFields(firm))) {
    const response = await client.post(`${prefix}/app/manual/steps/${step}`, fields);
    expect(response.status, `step ${step}: ${response.status === 400 ? await response.text() : ''}`).toBe(303);
  }
}

function versionId(response: Response): string {
  const id = /\/app\/manual\/versions\/([0-9a-f-]{36})$/.exec(response.headers.get('location') ?? '')?.[1];
  if (!id) throw new Error(`no version in ${response.headers.get('location')}`);
  return id;
}

describe.each(testEngines())('emergency manual builder on %s', (engine) => {
  const server = useEngineServer(engine);

  it('includes the manual tables in an organisation export from the first request on', async () => {
    const owner = await signUpWithOrganization(server.url, 'manual-first', 'Manual First Ltd');
    const zip = unzipSync(new Uint8Array(await (await owner.get('/app/settings/organization/export')).arrayBuffer()));
    expect(Object.keys(zip)).toEqual(
      expect.arrayContaining(['tables/manual_drafts.json', 'tables/manual_versions.json']),
    );
  });

  it('pre-fills the external contacts from the contacts data and the levels from FACTS', async () => {
    const owner = await signUpWithOrganization(server.url, 'manual-prefill', 'Prefill Ltd');
    const external = await (await owner.get('/app/manual/steps/4-6')).text();
    expect(external).toContain('value="03-5805-1731"');
    expect(external).toContain('value="個人情報保護委員会"');
    const roles = await (await owner.get('/en/app/manual/steps/4-2')).text();
    expect(roles).toContain('value="Chief executive and response manager"');
  });

  it('refuses bad input with field messages and stores nothing, and refuses a version before all steps', async () => {
    const owner = await signUpWithOrganization(server.url, 'manual-bad', 'Bad Input Ltd');
    const bad = await owner.post('/app/manual/steps/4-2', { chiefName: '', chiefPhone: 'phone please' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('data-testid="error-summary"');
    expect(html).toContain('電話番号を数字とハイフンで入力してください');
    expect(html).toContain('value="phone please"');
    const overview = await (await owner.get('/app/manual')).text();
    expect(overview).toContain('7つの手順のうち0つ入力済み');
    const early = await owner.post('/app/manual', { intent: 'save' });
    expect(early.status).toBe(400);
    expect(await (await owner.get('/app/manual')).text()).not.toContain('data-testid="manual-versions"');
  });

  it('builds, keeps every version, approves once, and exports .docx, PDF and the wall card', async () => {
    const owner = await signUpWithOrganization(server.url, 'manual-owner', 'Manual <Firm> 株式会社');
    await buildManual(owner, 'Manual Firm');
    const first = versionId(await owner.post('/app/manual', { intent: 'save' }));
    const second = versionId(await owner.post('/app/manual', { intent: 'save' }));
    expect(second).not.toBe(first);
    const overview = await (await owner.get('/app/manual')).text();
    expect(overview).toContain('第1版');
    expect(overview).toContain('第2版');

    const approve = await owner.post(`/app/manual/versions/${second}`, { intent: 'approve' });
    expect(approve.status).toBe(303);
    const page = await (await owner.get(`/app/manual/versions/${second}`)).text();
    expect(page).toContain('この版は承認済みです。');
    expect(page).toContain('manual-owner');
    expect(page).toContain('Manual &lt;Firm&gt; 株式会社');
    expect((await owner.post(`/app/manual/versions/${second}`, { intent: 'approve' })).status).toBe(409);

    const docx = await owner.get(`/app/manual/versions/${second}/manual.docx`);
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Manual &lt;Firm&gt; 株式会社');
    expect(xml).toContain('鈴木 次郎');
    const pdf = await owner.get(`/en/app/manual/versions/${second}/manual.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Emergency response manual');
    expect(text).toContain('鈴木 次郎');
    const cardBytes = new Uint8Array(await (await owner.get(`/app/manual/versions/${second}/card.pdf`)).arrayBuffer());
    // The wall card must stay one A4 page.
    expect((await getDocumentProxy(cardBytes.slice())).numPages).toBe(1);
    const card = await pdfText(Buffer.from(cardBytes));
    expect(card).toContain('080-3333-4444');
    const cardPage = await (await owner.get(`/app/manual/versions/${second}/card`)).text();
    expect(cardPage).toContain('href="tel:08033334444"');
  });

  it('lets a member read but not change or approve the manual', async () => {
    const owner = await signUpWithOrganization(server.url, 'manual-boss', 'Roles Ltd');
    await buildManual(owner, 'Roles Ltd');
    const id = versionId(await owner.post('/app/manual', { intent: 'save' }));
    const member = new FormClient(server.url);
    await inviteMember(owner, { member, who: 'manual-staff' });
    expect((await member.get(`/app/manual/versions/${id}`)).status).toBe(200);
    expect((await member.post(`/app/manual/versions/${id}`, { intent: 'approve' })).status).toBe(403);
    expect((await member.post('/app/manual/steps/4-5', { disconnect: 'changed' })).status).toBe(403);
    expect(await (await owner.get(`/app/manual/versions/${id}`)).text()).toContain('この版はまだ承認されていません');
  });
});
