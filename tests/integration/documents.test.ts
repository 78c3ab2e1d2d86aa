import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../e2e/pdf-text.ts';
import { FormClient, inviteMember, signUpWithOrganization } from '../support/browserless-client.ts';
import { createDocumentVersion, documentAnswers } from '../support/documents-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';

const docxText = async (response: Response) =>
  strFromU8(unzipSync(new Uint8Array(await response.arrayBuffer()))['word/document.xml'] as Uint8Array);

// A fresh server per group of tests: sign-up is rate-limited per address (10 an hour), and each
// test signs up its own users.
describe.each(testEngines())('documents on %s', (engine) => {
  describe('one firm', () => {
    const server = useEngineServer(engine);

    it('saves the questionnaire only when valid, with messages beside each field', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-form', 'Form Firm');
      const first = await (await owner.get('/app/documents')).text();
      expect(first).toContain('value="Form Firm"');
      const bad = await owner.post('/en/app/documents', documentAnswers({ firmName: '', effectiveDate: '2027-13-01' }));
      expect(bad.status).toBe(400);
      const html = await bad.text();
      expect(html).toContain('data-testid="error-summary"');
      expect(html).toContain('Enter the firm name, up to 100 characters.');
      expect(html).toContain('Enter a real date as 2027-04-01.');
      expect(html).toContain('value="代表取締役 山田太郎"');
      // Nothing stored: the document pages still ask for the answers first.
      expect(await (await owner.get('/app/documents/policy')).text()).toContain(
        '先に会社についての質問に答えてください',
      );
      const good = await owner.post('/app/documents', documentAnswers());
      expect(good.status).toBe(303);
      expect(good.headers.get('location')).toBe('/app/documents?saved=1');
      const saved = await (await owner.get('/app/documents?saved=1')).text();
      expect(saved).toContain('value="テスト製作所"');
      expect(saved).toMatch(/name="cloud" value="yes" checked/);
    });

    it('previews and downloads the rules, with the My Number chapter only when switched on', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-rules', 'Rules Firm');
      await owner.post('/app/documents', documentAnswers({ firmName: '<script>alert(1)</script>' }));
      const preview = await (await owner.get('/app/documents/rules')).text();
      expect(preview).toContain('第1章　組織的対策');
      expect(preview).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(preview).not.toContain('<script>alert(1)');
      expect(preview).not.toContain('個人番号及び特定個人情報の取り扱い');
      const docx = await owner.get('/app/documents/rules/draft.docx');
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      const xml = await docxText(docx);
      expect(xml).toContain('委託先チェックリスト');
      expect(xml).toContain('&lt;script&gt;');
      expect(xml).not.toContain('個人番号及び特定個人情報');

      await owner.post('/app/documents', documentAnswers({ myNumber: 'yes' }));
      expect(await docxText(await owner.get('/app/documents/rules/draft.docx'))).toContain(
        '個人番号及び特定個人情報の取り扱い',
      );
      const pdf = await owner.get('/en/app/documents/rules/draft.pdf');
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const text = await pdfText(Buffer.from(await pdf.arrayBuffer()));
      expect(text).toContain('Handling My Number');
      const jaPdf = await pdfText(
        Buffer.from(await (await owner.get('/app/documents/policy/draft.pdf')).arrayBuffer()),
      );
      expect(jaPdf).toContain('情報セキュリティ基本方針');
      expect((await owner.get('/app/documents/nonsense')).status).toBe(404);
      expect((await owner.get('/app/documents/rules/v9.docx')).status).toBe(404);
    });

    it('keeps versions, lets the owner approve and compares two versions', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-versions', 'Versions Firm');
      await owner.post('/app/documents', documentAnswers());
      expect(await createDocumentVersion(owner, 'handbook')).toBe(1);
      await owner.post('/app/documents', documentAnswers({ byod: 'yes', cloud: undefined }));
      expect(await createDocumentVersion(owner, 'handbook')).toBe(2);

      const member = new FormClient(server.url);
      await inviteMember(owner, { member, who: 'doc-versions-member' });
      const refused = await member.post('/app/documents/handbook', { intent: 'approve', version: '1' });
      expect(refused.status).toBe(403);
      expect((await member.post('/app/documents/handbook', { intent: 'create-version' })).status).toBe(403);
      expect((await member.post('/app/documents', documentAnswers())).status).toBe(403);

      const approved = await owner.post('/app/documents/handbook', { intent: 'approve', version: '1' });
      expect(approved.status).toBe(303);
      expect((await owner.post('/app/documents/handbook', { intent: 'approve', version: '1' })).status).toBe(409);
      const page = await (await owner.get('/en/app/documents/handbook')).text();
      expect(page).toMatch(/In force: version 1 \(approved .* by doc-versions\)/);

      const diff = await (await owner.get('/en/app/documents/handbook/diff?from=1&to=2')).text();
      expect(diff).toMatch(/data-kind="added"[\s\S]*Register personal devices before using them for work/);
      expect(diff).toMatch(/data-kind="removed"[\s\S]*Do not use personal devices for work/);
      expect((await owner.get('/app/documents/handbook/diff?from=1')).status).toBe(400);

      const version = await (await owner.get('/en/app/documents/handbook/versions/1')).text();
      expect(version).toContain('Do not use personal devices for work');
      const docx = await docxText(await owner.get('/app/documents/handbook/v1.docx'));
      expect(docx).toContain('第1版');
      expect(docx).toContain('doc-versions');
    });

    it('publishes the approved policy at /p/{slug}/policy until the owner stops it', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-publish', 'Publish Firm');
      await owner.post('/app/documents', documentAnswers({ firmName: '公開テスト株式会社' }));
      await createDocumentVersion(owner, 'policy');
      const early = await owner.post('/app/documents/policy', { intent: 'publish', slug: 'publish-firm' });
      expect(early.status).toBe(409);
      await owner.post('/app/documents/policy', { intent: 'approve', version: '1' });

      const badSlug = await owner.post('/en/app/documents/policy', { intent: 'publish', slug: 'Bad Slug!' });
      expect(badSlug.status).toBe(400);
      expect(await badSlug.text()).toContain('Use 3 to 40 lower-case letters');
      expect((await owner.post('/app/documents/policy', { intent: 'publish', slug: 'publish-firm' })).status).toBe(303);

      const anonymous = new FormClient(server.url);
      const publicJa = await anonymous.get('/p/publish-firm/policy');
      expect(publicJa.status).toBe(200);
      const html = await publicJa.text();
      expect(html).toContain('公開テスト株式会社');
      expect(html).toMatch(/\d{4}年\d{1,2}月\d{1,2}日に承認された第1版/);
      const publicEn = await (await anonymous.get('/en/p/publish-firm/policy')).text();
      expect(publicEn).toContain('Information security policy');
      expect(publicEn).toContain('version 1, approved on');

      // Another organisation cannot take the slug, and a manager cannot publish.
      const other = await signUpWithOrganization(server.url, 'doc-publish-other', 'Other Firm');
      await other.post('/app/documents', documentAnswers());
      await createDocumentVersion(other, 'policy');
      await other.post('/app/documents/policy', { intent: 'approve', version: '1' });
      const taken = await other.post('/app/documents/policy', { intent: 'publish', slug: 'publish-firm' });
      expect(taken.status).toBe(400);
      expect(await taken.text()).toContain('このアドレスは別の組織が使っています');
      const manager = new FormClient(server.url);
      await inviteMember(owner, { member: manager, who: 'doc-publish-manager', role: 'manager' });
      expect((await manager.post('/app/documents/policy', { intent: 'unpublish' })).status).toBe(403);

      expect((await owner.post('/app/documents/policy', { intent: 'unpublish' })).status).toBe(303);
      expect((await anonymous.get('/p/publish-firm/policy')).status).toBe(404);
      const goneEn = await anonymous.get('/en/p/publish-firm/policy');
      expect(goneEn.status).toBe(404);
      expect(await goneEn.text()).toContain('<html lang="en"');
      expect((await anonymous.get('/p/../policy')).status).toBe(404);
      const audit = await (await owner.get('/app/audit')).text();
      expect(audit).toContain('data-event="document.published"');
      expect(audit).toContain('data-event="document.unpublished"');
    });
  });

  describe('members, export and SECURITY ACTION', () => {
    const server = useEngineServer(engine);

    it('records who read the handbook in force and asks again after a new approved version', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-ack', 'Ack Firm');
      await owner.post('/app/documents', documentAnswers());
      await createDocumentVersion(owner, 'handbook');
      await owner.post('/app/documents/handbook', { intent: 'approve', version: '1' });
      const member = new FormClient(server.url);
      await inviteMember(owner, { member, who: 'doc-ack-member' });

      const before = await (await owner.get('/en/app/documents/handbook')).text();
      expect(before).toContain('0 of 2 people have confirmed.');
      expect((await member.post('/app/documents/handbook', { intent: 'acknowledge', version: '2' })).status).toBe(409);
      expect((await member.post('/app/documents/handbook', { intent: 'acknowledge', version: '1' })).status).toBe(303);
      expect(await (await member.get('/en/app/documents/handbook')).text()).toContain('Recorded: you read version 1');
      // A member does not see the list of who has read it.
      expect(await (await member.get('/en/app/documents/handbook')).text()).not.toContain('data-testid="ack-table"');
      const after = await (await owner.get('/en/app/documents/handbook')).text();
      expect(after).toContain('1 of 2 people have confirmed.');
      expect(after).toMatch(/doc-ack-member[\s\S]*?Confirmed/);

      await createDocumentVersion(owner, 'handbook');
      await owner.post('/app/documents/handbook', { intent: 'approve', version: '2' });
      const again = await (await owner.get('/en/app/documents/handbook')).text();
      expect(again).toContain('0 of 2 people have confirmed.');
      expect(await (await member.get('/en/app/documents/handbook')).text()).toContain('I have read version 2');
    });

    it('exports the documents with the organisation and imports them unpublished under a new slug', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-export', 'Export Firm');
      await owner.post('/app/documents', documentAnswers({ firmName: 'Export Firm KK' }));
      await createDocumentVersion(owner, 'policy');
      await owner.post('/app/documents/policy', { intent: 'approve', version: '1' });
      await owner.post('/app/documents/policy', { intent: 'publish', slug: 'export-firm' });
      const zip = new Uint8Array(await (await owner.get('/app/settings/organization/export')).arrayBuffer());
      const files = unzipSync(zip);
      const versions = JSON.parse(strFromU8(files['tables/document_versions.json'] as Uint8Array)) as unknown[];
      expect(versions).toHaveLength(1);
      expect(strFromU8(files['tables/document_answers.json'] as Uint8Array)).toContain('Export Firm KK');

      const form = new FormData();
      form.append('file', new Blob([zip], { type: 'application/zip' }), 'export.zip');
      const imported = await owner.postMultipart('/app/organizations/import', form);
      expect(imported.status).toBe(303);
      // The imported copy is the active organisation now: same versions, not published.
      const page = await (await owner.get('/en/app/documents/policy')).text();
      expect(page).toContain('Not published.');
      expect(page).toMatch(/In force: version 1/);
      expect((await new FormClient(server.url).get('/p/export-firm/policy')).status).toBe(200);
    });

    it('lets the SECURITY ACTION two-star readiness of a member see the approved and published policy', async () => {
      const owner = await signUpWithOrganization(server.url, 'doc-sa', 'SA Firm');
      const answers = Object.fromEntries(
        Array.from({ length: 25 }, (_, i) => [`q${String(i + 1).padStart(2, '0')}`, 'yes']),
      );
      const posted = await owner.post('/check/five-minute/result', answers);
      expect(posted.status).toBe(303);
      const resultPath = posted.headers.get('location') ?? '';
      const twoStarDone = async (client: FormClient) => {
        const html = await (await client.get(resultPath)).text();
        const panel = /data-testid="sa-two-star"[\s\S]*?<\/ol>/.exec(html)?.[0] ?? '';
        return panel.match(/data-status="done"/g)?.length ?? 0;
      };
      expect(await twoStarDone(owner)).toBe(1);
      expect(await (await owner.get(resultPath)).text()).toContain('href="/app/documents/policy"');

      await owner.post('/app/documents', documentAnswers());
      await createDocumentVersion(owner, 'policy');
      await owner.post('/app/documents/policy', { intent: 'approve', version: '1' });
      expect(await twoStarDone(owner)).toBe(2);
      await owner.post('/app/documents/policy', { intent: 'publish', slug: 'sa-firm' });
      expect(await twoStarDone(owner)).toBe(3);
      // Anonymous visitors of the same result know only the self-check.
      expect(await twoStarDone(new FormClient(server.url))).toBe(1);
      await owner.post('/app/documents/policy', { intent: 'unpublish' });
      expect(await twoStarDone(owner)).toBe(2);
    });
  });
});
