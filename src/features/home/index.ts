export { default as HomePage } from './home-page.astro';
export { default as ErrorPage } from './error-page.astro';
