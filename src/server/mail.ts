import { t } from '../i18n/index.ts';
import { getEnv } from './env.ts';
import { log } from './log.ts';

export interface MailRequest {
  kind: 'password-reset' | 'invitation';
  to: string;
  link: string;
}

/** True when e-mail can be delivered; without SMTP, pages show links to copy instead. */
export function mailConfigured(): boolean {
  return getEnv().SMTP_URL !== undefined;
}

/**
 * Sends a transactional mail through SMTP_URL. Without SMTP the link is written to the log in
 * development only (so a developer can follow it); in production it is dropped, and the pages
 * tell the user that e-mail is not available on this server.
 */
export async function sendMail(request: MailRequest): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL) {
    if (env.NODE_ENV !== 'production') log('info', 'mail not sent (no SMTP_URL); link for development', { ...request });
    else log('warn', 'mail not sent: SMTP_URL is not configured', { kind: request.kind });
    return;
  }
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(env.SMTP_URL);
  // The recipient's language is not known yet, so the mail is bilingual, Japanese first.
  const subjectKey = request.kind === 'password-reset' ? 'mail.passwordReset.subject' : 'mail.invitation.subject';
  const bodyKey = request.kind === 'password-reset' ? 'mail.passwordReset.body' : 'mail.invitation.body';
  await transport.sendMail({
    from: env.SMTP_FROM ?? 'Gokui <no-reply@localhost>',
    to: request.to,
    subject: `${t('ja', subjectKey)} / ${t('en', subjectKey)}`,
    text: `${t('ja', bodyKey)}\n${request.link}\n\n${t('en', bodyKey)}\n${request.link}\n`,
  });
}
