/** The signed-in home (/app): the active organisation's dashboard. */
import { t } from '../../../i18n/index.ts';
import type { CurrentSession } from '../../../server/auth/auth-call.ts';
import { pageView, runPage, seeOther, type PageOutcome } from '../../../server/http/outcome.ts';
import { appPath, requireSession, resolveActiveOrganization, type AppContext } from '../app-context.ts';
import type { MyOrganization, OrgScope } from '../organizations.ts';

export interface DashboardProps {
  user: CurrentSession['user'];
  organization: MyOrganization;
  organizations: MyOrganization[];
  scope: OrgScope;
}

export function handleDashboard(ctx: AppContext): Promise<PageOutcome<DashboardProps>> {
  return runPage(ctx.locale, async () => {
    const session = await requireSession(ctx);
    if (session instanceof Response) return session;
    // The dashboard is where creating an organisation leads anyway: no `next` needed.
    const active = await resolveActiveOrganization(ctx, session);
    if (!active) return seeOther(appPath(ctx, '/organizations/new'));
    return pageView<DashboardProps>(t(ctx.locale, 'app.dashboard.title'), {
      user: session.user,
      organization: active.current,
      organizations: active.organizations,
      scope: active.scope,
    });
  });
}
