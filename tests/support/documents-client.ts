/** Helpers for tests of the document generator through the HTTP interface. */
import type { FormClient } from './browserless-client.ts';

export const documentAnswers = (overrides: Record<string, string | undefined> = {}): Record<string, string> => {
  const fields: Record<string, string | undefined> = {
    firmName: 'テスト製作所',
    representative: '代表取締役 山田太郎',
    securityOfficer: '総務部長 佐藤花子',
    effectiveDate: '2027-04-01',
    staffCount: '12',
    cloud: 'yes',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
};

/** Saves answers and creates a version of a document; returns its number. */
export async function createDocumentVersion(client: FormClient, kind: string, prefix = ''): Promise<number> {
  const created = await client.post(`${prefix}/app/documents/${kind}`, { intent: 'create-version' });
  if (created.status !== 303) throw new Error(`create-version failed: ${created.status}`);
  return Number(new URL(created.headers.get('location') ?? '', 'http://x').searchParams.get('created'));
}
