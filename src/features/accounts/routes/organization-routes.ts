/**
 * Organisations: create, switch, the advisor's client list, settings with members and
 * invitations, deletion, export and import. One controller per page, each answering a
 * PageOutcome; the data layer checks every permission again through the scope.
 */
import { z } from 'zod';
import { t, type MessageKey } from '../../../i18n/index.ts';
import { AccessDeniedError } from '../../../server/errors.ts';
import { mailConfigured, sendMail } from '../../../server/mail.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import type { FieldErrors } from '../../../server/http/parse-fields.ts';
import { readForm, readFormInput, type FormValues } from '../../../server/http/request-body.ts';
import { consumeRateLimit } from '../../../server/security/rate-limit.ts';
import type { CurrentSession } from '../../../server/auth/auth-call.ts';
import { recordAudit, listAudit, type AuditEntry } from '../audit.ts';
import {
  ACTIVE_ORG_COOKIE,
  appPath,
  requireActiveOrganization,
  requireSession,
  safeNext,
  setCookie,
  type ActiveOrganization,
  type AppContext,
} from '../app-context.ts';
import { exportOrganization, importOrganization, MAX_IMPORT_BYTES } from '../org-transfer.ts';
import { parseAccountForm, schemas } from '../forms.ts';
import { createInvitation, listInvitations, revokeInvitation, type Invitation } from '../invitations.ts';
import {
  changeMemberRole,
  createOrganization,
  deleteOrganization,
  leaveOrganization,
  listMembers,
  listMyOrganizations,
  openOrgScope,
  readOrganization,
  removeMember,
  transferOwnership,
  updateOrganization,
  type Member,
  type MyOrganization,
  type Organization,
} from '../organizations.ts';
import { can, invitableRoles, type Role } from '../permissions.ts';

const YEAR = 60 * 60 * 24 * 365;

interface FormState {
  errors?: FieldErrors;
  formError?: MessageKey;
  values?: FormValues;
}

/** Runs a controller for a signed-in user with an active organisation. */
async function withOrganization<P>(
  ctx: AppContext,
  run: (session: CurrentSession, active: ActiveOrganization) => Promise<PageOutcome<P>>,
): Promise<PageOutcome<P>> {
  const session = await requireSession(ctx);
  if (session instanceof Response) return session;
  const active = await requireActiveOrganization(ctx, session);
  if (active instanceof Response) return active;
  return run(session, active);
}

function auditOf(ctx: AppContext, session: CurrentSession, organizationId?: string) {
  return {
    ...(organizationId ? { organizationId } : {}),
    actorUserId: session.user.id,
    actorEmail: session.user.email,
    ip: ctx.ip,
  };
}

export type NewOrganizationProps = Omit<FormState, 'formError'>;

export function handleNewOrganization(ctx: AppContext): Promise<PageOutcome<NewOrganizationProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    const title = t(ctx.locale, 'org.new.title');
    if (ctx.request.method !== 'POST') return pageView(title, {});
    const parsed = parseAccountForm(schemas.organization, await readForm(ctx.request));
    if (!parsed.ok) return pageView(title, { errors: parsed.errors, values: parsed.values }, 400);
    const organization = await createOrganization(ctx.db, session.user.id, parsed.value);
    await recordAudit(ctx.db, {
      ...auditOf(ctx, session, organization.id),
      event: 'org.created',
      detail: { name: organization.name },
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, organization.id, YEAR);
    return seeOther(safeNext(ctx), ctx.cookies);
  });
}

export interface OrganizationsProps {
  organizations: MyOrganization[];
}

const switchSchema = z.object({ organizationId: z.string().min(1).max(100) });

export function handleSwitchOrganization(ctx: AppContext): Promise<PageOutcome<OrganizationsProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    if (ctx.request.method !== 'POST') {
      const organizations = await listMyOrganizations(ctx.db, session.user.id);
      return pageView(t(ctx.locale, 'org.switch.title'), { organizations });
    }
    const parsed = parseAccountForm(switchSchema, await readForm(ctx.request));
    if (!parsed.ok) throw new AccessDeniedError();
    const scope = await openOrgScope(ctx.db, session.user.id, parsed.value.organizationId);
    setCookie(ctx, ACTIVE_ORG_COOKIE, scope.organizationId, YEAR);
    return seeOther(appPath(ctx, ''), ctx.cookies);
  });
}

export type ClientsProps = OrganizationsProps;

export function handleClients(ctx: AppContext): Promise<PageOutcome<ClientsProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    const organizations = (await listMyOrganizations(ctx.db, session.user.id)).filter((org) => org.role === 'advisor');
    return pageView(t(ctx.locale, 'org.clients.title'), { organizations });
  });
}

export interface OrganizationSettingsProps extends FormState {
  organization: Organization;
  role: Role;
  userId: string;
  members: Member[];
  invitations: Invitation[];
  invitable: Role[];
  mail: boolean;
  invitationLink?: string;
  invitationExpiresAt?: string;
}

/** The settings form's actions, one schema each, chosen by `intent`. */
const settingsIntents = z.discriminatedUnion('intent', [
  schemas.organization.extend({ intent: z.literal('rename') }),
  schemas.invite.extend({ intent: z.literal('invite') }),
  schemas.invitationAction.extend({ intent: z.literal('revoke') }),
  schemas.roleChange.extend({ intent: z.literal('role') }),
  schemas.memberAction.extend({ intent: z.literal('remove') }),
  schemas.memberAction.extend({ intent: z.literal('transfer') }),
  z.object({ intent: z.literal('leave') }),
]);

async function settingsView(
  ctx: AppContext,
  session: CurrentSession,
  active: ActiveOrganization,
  extra: Partial<OrganizationSettingsProps> = {},
  status = 200,
): Promise<PageOutcome<OrganizationSettingsProps>> {
  const { scope } = active;
  const [organization, members, invitations] = await Promise.all([
    readOrganization(scope),
    can(scope.role, 'members.view') ? listMembers(scope) : [],
    can(scope.role, 'members.view') ? listInvitations(scope) : [],
  ]);
  const props: OrganizationSettingsProps = {
    organization,
    role: scope.role,
    userId: session.user.id,
    members,
    invitations,
    invitable: invitableRoles(scope.role),
    mail: mailConfigured(),
    ...extra,
  };
  return pageView(t(ctx.locale, 'org.settings.title'), props, status);
}

export function handleOrganizationSettings(ctx: AppContext): Promise<PageOutcome<OrganizationSettingsProps>> {
  return runPage(ctx.locale, () =>
    withOrganization(ctx, async (session, active) => {
      if (ctx.request.method !== 'POST') return settingsView(ctx, session, active);
      const { scope } = active;
      const values = await readForm(ctx.request);
      const parsed = parseAccountForm(settingsIntents, values);
      if (!parsed.ok) {
        // A field of the rename or invite form is shown beside it; anything else is a tampered form.
        const fieldsShown = values['intent'] === 'rename' || values['intent'] === 'invite';
        const extra = fieldsShown
          ? { errors: parsed.errors, values: parsed.values }
          : { formError: 'form.error.invalid' as const };
        return settingsView(ctx, session, active, extra, 400);
      }
      const form = parsed.value;
      const audit = auditOf(ctx, session, scope.organizationId);
      const back = seeOther(`${appPath(ctx, '/settings/organization')}?done=${encodeURIComponent(form.intent)}`);
      switch (form.intent) {
        case 'rename':
          await updateOrganization(scope, form);
          await recordAudit(ctx.db, { ...audit, event: 'org.renamed', detail: { name: form.name } });
          return back;
        case 'invite': {
          const limit = await consumeRateLimit(ctx.db, `invite:${session.user.id}`, 30, 3_600_000);
          if (!limit.allowed) return settingsView(ctx, session, active, { formError: 'auth.error.rateLimited' }, 429);
          const email = form.email || undefined;
          const invitation = await createInvitation(scope, { role: form.role, email });
          const link = new URL(appPath(ctx, `/join/${invitation.token}`), ctx.url.origin).toString();
          if (email && mailConfigured()) await sendMail({ kind: 'invitation', to: email, link });
          await recordAudit(ctx.db, {
            ...audit,
            event: 'invitation.created',
            detail: { role: form.role, invitationId: invitation.id },
          });
          return settingsView(ctx, session, active, {
            invitationLink: link,
            invitationExpiresAt: invitation.expiresAt,
          });
        }
        case 'revoke':
          await revokeInvitation(scope, form.invitationId);
          await recordAudit(ctx.db, {
            ...audit,
            event: 'invitation.revoked',
            detail: { invitationId: form.invitationId },
          });
          return back;
        case 'role': {
          const before = await changeMemberRole(scope, form.userId, form.role);
          await recordAudit(ctx.db, {
            ...audit,
            event: 'member.roleChanged',
            detail: { userId: form.userId, from: before, to: form.role },
          });
          return back;
        }
        case 'remove':
          await removeMember(scope, form.userId);
          await recordAudit(ctx.db, { ...audit, event: 'member.removed', detail: { userId: form.userId } });
          return back;
        case 'transfer':
          await transferOwnership(scope, form.userId);
          await recordAudit(ctx.db, { ...audit, event: 'org.ownershipTransferred', detail: { to: form.userId } });
          return back;
        case 'leave':
          await leaveOrganization(scope);
          await recordAudit(ctx.db, { ...audit, event: 'member.left' });
          return seeOther(appPath(ctx, ''));
      }
    }),
  );
}

export interface DeleteOrganizationProps {
  organization: Organization;
  errors?: FieldErrors;
}

export function handleDeleteOrganization(ctx: AppContext): Promise<PageOutcome<DeleteOrganizationProps>> {
  return runPage(ctx.locale, () =>
    withOrganization(ctx, async (session, active) => {
      const organization = await readOrganization(active.scope);
      if (!can(active.scope.role, 'org.delete')) throw new AccessDeniedError();
      const title = t(ctx.locale, 'org.delete.title');
      if (ctx.request.method !== 'POST') return pageView(title, { organization });
      const parsed = parseAccountForm(schemas.confirmDelete, await readForm(ctx.request));
      // Both sides NFC: a name typed with an IME matches the same name stored decomposed.
      if (!parsed.ok || parsed.value.confirmation.trim().normalize('NFC') !== organization.name.normalize('NFC')) {
        return pageView(title, { organization, errors: { confirmation: 'org.delete.mismatch' } }, 400);
      }
      await deleteOrganization(active.scope);
      // Recorded without the organisation id: the organisation's own log is deleted with it.
      await recordAudit(ctx.db, {
        ...auditOf(ctx, session),
        event: 'org.deleted',
        detail: { organizationId: organization.id, name: organization.name },
      });
      setCookie(ctx, ACTIVE_ORG_COOKIE, '', 0);
      return seeOther(`${appPath(ctx, '')}?deleted=1`, ctx.cookies);
    }),
  );
}

/** The organisation as a zip file (a download, so errors answer their bare status). */
export function handleExportOrganization(ctx: AppContext): Promise<PageOutcome<never>> {
  return runPage(ctx.locale, () =>
    withOrganization(ctx, async (session, active) => {
      if (!can(active.scope.role, 'org.export')) throw new AccessDeniedError();
      const { bytes, filename } = await exportOrganization(active.scope);
      await recordAudit(ctx.db, { ...auditOf(ctx, session, active.scope.organizationId), event: 'org.exported' });
      return new Response(new Uint8Array(bytes), {
        headers: {
          'content-type': 'application/zip',
          'content-disposition': `attachment; filename="${filename}"`,
          'cache-control': 'no-store',
        },
      });
    }),
  );
}

export interface ImportOrganizationProps {
  errors?: FieldErrors;
}

export function handleImportOrganization(ctx: AppContext): Promise<PageOutcome<ImportOrganizationProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    const title = t(ctx.locale, 'org.import.title');
    if (ctx.request.method !== 'POST') return pageView(title, {});
    const { files } = await readFormInput(ctx.request, { maxBytes: MAX_IMPORT_BYTES + 64 * 1024 });
    const file = files['file'];
    if (!file) return pageView(title, { errors: { file: 'org.import.missingFile' } }, 400);
    if (file.size > MAX_IMPORT_BYTES) return pageView(title, { errors: { file: 'org.import.tooLarge' } }, 413);
    const imported = await importOrganization(ctx.db, session.user.id, new Uint8Array(await file.arrayBuffer()));
    if (!imported.ok) return pageView(title, { errors: { file: imported.error } }, 400);
    await recordAudit(ctx.db, {
      ...auditOf(ctx, session, imported.organizationId),
      event: 'org.imported',
      detail: { rows: imported.rows },
    });
    setCookie(ctx, ACTIVE_ORG_COOKIE, imported.organizationId, YEAR);
    return seeOther(`${appPath(ctx, '')}?imported=1`, ctx.cookies);
  });
}

export interface AuditProps {
  organization: MyOrganization;
  entries: AuditEntry[];
}

export function handleAudit(ctx: AppContext): Promise<PageOutcome<AuditProps>> {
  return runPage(ctx.locale, () =>
    withOrganization(ctx, async (_session, active) => {
      if (!can(active.scope.role, 'audit.view')) throw new AccessDeniedError();
      const entries = await listAudit(ctx.db, active.scope.organizationId);
      return pageView(t(ctx.locale, 'audit.title'), { organization: active.current, entries });
    }),
  );
}
