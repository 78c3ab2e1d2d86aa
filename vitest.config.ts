/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite configuration, so that modules using astro:content can be imported in tests.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
