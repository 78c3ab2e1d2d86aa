import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FormClient, signUpWithOrganization } from '../support/browserless-client.ts';
import { testEngines, useEngineServer } from '../support/engines.ts';
import { pdfText as extractPdfText } from '../e2e/pdf-text.ts';

const japanToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(new Date());

const attackLeak = {
  event: 'data-leak',
  personal: 'yes',
  sensitive: 'no',
  financial: 'no',
  intentional: 'yes',
  over1000: 'no',
  encrypted: 'no',
};

function recordId(response: Response): string {
  const location = response.headers.get('location') ?? '';
  const id = /\/app\/incidents\/([0-9a-f-]{36})$/.exec(location)?.[1];
  if (!id) throw new Error(`no record id in ${location}`);
  return id;
}

describe.each(testEngines())('incident records on %s', (engine) => {
  const server = useEngineServer(engine);

  // Runs first, before any incident page has been loaded in this server process.
  it('includes the incident tables in an organisation export from the first request on', async () => {
    const owner = await signUpWithOrganization(server.url, 'first-owner', 'First Ltd');
    const zip = unzipSync(new Uint8Array(await (await owner.get('/app/settings/organization/export')).arrayBuffer()));
    for (const table of ['incidents', 'incident_entries', 'incident_notices', 'incident_action_items']) {
      expect(Object.keys(zip)).toContain(`tables/${table}.json`);
    }
  });

  it('sends a signed-out visitor from the navigator through sign-in back to the filled form', async () => {
    const today = japanToday();
    const anonymous = new FormClient(server.url);
    const posted = await anonymous.post('/en/app/incidents/new', { ...attackLeak, discovered: today });
    expect(posted.status).toBe(303);
    const signIn = new URL(posted.headers.get('location') ?? '', server.url);
    expect(signIn.pathname).toBe('/en/app/sign-in');
    const next = signIn.searchParams.get('next') ?? '';
    expect(next).toMatch(/^\/en\/app\/incidents\/new\?/);
    expect(new URL(next, server.url).searchParams.get('intentional')).toBe('yes');

    await signUpWithOrganization(server.url, 'navigator-owner', 'Navigator Ltd');
    const owner = new FormClient(server.url);
    const back = await owner.post(`/en/app/sign-in?next=${encodeURIComponent(next)}`, {
      email: 'navigator-owner@example.jp',
      password: 'a long enough password',
    });
    expect(back.headers.get('location')).toBe(next);
    const form = await owner.get(next);
    expect(form.status).toBe(200);
    const html = await form.text();
    expect(html).toContain('name="intentional" value="yes"');
    expect(html).toContain(`value="${today}"`);
  });

  it('opens a record from the navigator answers, shows the APPI deadlines and keeps the timeline', async () => {
    const owner = await signUpWithOrganization(server.url, 'record-owner', 'Record Ltd');
    const created = await owner.post('/en/app/incidents/new', { ...attackLeak, discovered: '2026-01-05' });
    expect(created.status).toBe(303);
    const id = recordId(created);
    const page = await (await owner.get(`/en/app/incidents/${id}`)).text();
    expect(page).toContain('data-testid="deadlines-required"');
    expect(page).toContain('5 January 2026');
    // Discovered 5 January 2026, deliberate: preliminary guide 8–10 January, final report 6 March.
    expect(page).toMatch(/8 January 2026 to 10 January 2026/);
    expect(page).toContain('6 March 2026');

    expect((await owner.post(`/en/app/incidents/${id}`, { intent: 'level', damageLevel: '3' })).status).toBe(303);
    const entry = await owner.post(`/en/app/incidents/${id}`, {
      intent: 'entry',
      kind: 'decision',
      occurredDate: '2026-01-05',
      occurredTime: '10:15',
      text: 'Took the NAS off the network <b>now</b>',
      who: '山田 太郎',
    });
    expect(entry.status).toBe(303);
    const notice = await owner.post(`/en/app/incidents/${id}`, {
      intent: 'notice',
      contactId: 'ppc',
      name: 'Personal Information Protection Commission',
      informedDate: '2026-01-06',
      informedTime: '09:00',
    });
    expect(notice.status).toBe(303);
    const after = await (await owner.get(`/en/app/incidents/${id}`)).text();
    expect(after).toContain('Level 3');
    expect(after).toContain('Took the NAS off the network &lt;b&gt;now&lt;/b&gt;');
    expect(after).toContain('山田 太郎');
    expect(after).toMatch(/informed 6 January 2026 09:00/);

    const pdf = await owner.get(`/en/app/incidents/${id}/report.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfText = await extractPdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(pdfText).toContain('Incident report');
    expect(pdfText).toContain('山田 太郎');
    const docx = await owner.get(`/app/incidents/${id}/report.docx`);
    expect(docx.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('インシデント報告書');
    expect(xml).toContain('Took the NAS off the network &lt;b&gt;now&lt;/b&gt;');
    expect(xml).toContain('Record Ltd');
  });

  it('answers bad input with 400 and field messages, and stores nothing', async () => {
    const owner = await signUpWithOrganization(server.url, 'careful-owner', 'Careful Ltd');
    const bad = await owner.post('/app/incidents/new', {
      event: 'meteor',
      title: '',
      discoveredDate: '2999-01-01',
      discoveredTime: '9am',
    });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain('data-testid="error-summary"');
    expect(html).toContain('今日より後の日付は入力できません。');
    expect(html).toContain('時刻を 09:30 の形で入力してください。');
    expect(await (await owner.get('/app/incidents')).text()).toContain('data-testid="no-incidents"');

    const created = await owner.post('/app/incidents/new', {
      event: 'ransomware',
      title: 'Ransom',
      discoveredDate: '2026-02-01',
      discoveredTime: '08:00',
    });
    const id = recordId(created);
    const badEntry = await owner.post(`/app/incidents/${id}`, { intent: 'entry', kind: 'decision', text: '', who: '' });
    expect(badEntry.status).toBe(400);
    expect(await badEntry.text()).toContain('data-testid="entry-errors"');
    const badLevel = await owner.post(`/app/incidents/${id}`, { intent: 'level', damageLevel: '7' });
    expect(badLevel.status).toBe(400);
    const page = await (await owner.get(`/app/incidents/${id}`)).text();
    expect(page).not.toContain('data-testid="timeline"');
    expect(page).toContain('data-testid="deadlines-unknown"');
  });

  it('closes with lessons that become action items, then refuses changes; export includes the record', async () => {
    const owner = await signUpWithOrganization(server.url, 'closing-owner', 'Closing Ltd');
    const id = recordId(
      await owner.post('/app/incidents/new', {
        event: 'suspicious-mail',
        title: 'Opened an attachment',
        discoveredDate: '2026-03-01',
        discoveredTime: '11:00',
      }),
    );
    const closed = await owner.post(`/app/incidents/${id}`, {
      intent: 'close',
      lessons: 'The attachment looked like an invoice.',
      actions: 'Train staff on invoice mails\nTurn on macro blocking',
    });
    expect(closed.status).toBe(303);
    const page = await (await owner.get(`/app/incidents/${id}`)).text();
    expect(page).toContain('data-status="closed"');
    expect(page).toContain('Train staff on invoice mails');
    const refused = await owner.post(`/app/incidents/${id}`, { intent: 'level', damageLevel: '1' });
    expect(refused.status).toBe(409);

    const zip = unzipSync(new Uint8Array(await (await owner.get('/app/settings/organization/export')).arrayBuffer()));
    const incidents = JSON.parse(strFromU8(zip['tables/incidents.json'] ?? new Uint8Array())) as { title: string }[];
    expect(incidents.map((row) => row.title)).toEqual(['Opened an attachment']);
    const actions = JSON.parse(strFromU8(zip['tables/incident_action_items.json'] ?? new Uint8Array())) as {
      title: string;
    }[];
    expect(actions.map((row) => row.title).sort()).toEqual(['Train staff on invoice mails', 'Turn on macro blocking']);
  });
});
