/**
 * What an assets page shows, as the one PageOutcome of the web layer: the view a route chose
 * with that view's props, or a notice (AssetsView renders either inside the signed-in frame).
 */
import { t, type Locale, type MessageKey } from '../../../i18n/index.ts';
import { pageView, type PageOutcome, type PageView } from '../../../server/http/outcome.ts';

export type AssetViewName = 'register' | 'asset-form' | 'starter' | 'risk' | 'risks' | 'import' | 'import-preview';

/** The chosen view and its props; each route supplies the props of the view it chose. */
export type AssetScreen = { view: AssetViewName } & Record<string, unknown>;

export type AssetOutcome = PageOutcome<AssetScreen>;

export function assetScreen(
  locale: Locale,
  screen: { view: AssetViewName; title: MessageKey; status: number; props: Record<string, unknown> },
): PageView<AssetScreen> {
  return pageView(t(locale, screen.title), { ...screen.props, view: screen.view }, screen.status);
}
