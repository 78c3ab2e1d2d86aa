export { default as DashboardPage } from './ui/dashboard-page.astro';
