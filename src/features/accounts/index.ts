export { registerOrgTable, type OrgTable } from '../../server/db/org-data-registry.ts';
export { listMembers, openOrgScope, requirePermission, type Member, type OrgScope } from './organizations.ts';
export { can, roles, type Role, type Action } from './permissions.ts';
export { recordAudit, type AuditEvent } from './audit.ts';
export { findOrgScope, openOrgPage, openOrgSession, requireOrgSession, type OrgPage } from './org-page.ts';
export { openAppContext, type AppContext } from './app-context.ts';
export { passkeyResponse } from './passkey-route.ts';
export {
  handleForgotPassword,
  handleResetPassword,
  handleSignIn,
  handleSignOut,
  handleSignUp,
  handleTwoFactor,
} from './routes/auth-routes.ts';
export {
  handleAudit,
  handleClients,
  handleDeleteOrganization,
  handleExportOrganization,
  handleImportOrganization,
  handleNewOrganization,
  handleOrganizationSettings,
  handleSwitchOrganization,
} from './routes/organization-routes.ts';
export { handleSecurity } from './routes/security-routes.ts';
export { handleJoin } from './routes/join-route.ts';
export { default as AppShell } from './ui/app-shell.astro';
export { default as AppNotice } from './ui/views/notice.astro';
export { default as ErrorSummary } from './ui/error-summary.astro';
export { default as FormField } from './ui/form-field.astro';
export { default as SignUpView } from './ui/views/sign-up.astro';
export { default as SignInView } from './ui/views/sign-in.astro';
export { default as TwoFactorView } from './ui/views/two-factor.astro';
export { default as ForgotPasswordView } from './ui/views/forgot-password.astro';
export { default as ResetPasswordView } from './ui/views/reset-password.astro';
export { default as OrganizationsView } from './ui/views/organizations.astro';
export { default as OrganizationNewView } from './ui/views/organization-new.astro';
export { default as OrganizationImportView } from './ui/views/organization-import.astro';
export { default as ClientsView } from './ui/views/clients.astro';
export { default as OrganizationSettingsView } from './ui/views/organization-settings.astro';
export { default as OrganizationDeleteView } from './ui/views/organization-delete.astro';
export { default as SecurityView } from './ui/views/security.astro';
export { default as AuditView } from './ui/views/audit.astro';
export { default as JoinView } from './ui/views/join.astro';
