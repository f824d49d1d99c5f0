/**
 * Every internal URL of the site comes from here, base path included: pages and components call
 * `routes.<page>(lang, …)` and write no site path as a string (routes.test.ts fails if one does).
 * The builders themselves are pure, in ./routing.ts (`routesFor(base)`), for code that gets the
 * base from elsewhere (content.config.ts, the integrations, the tests).
 */
import { routesFor, type Routes } from './routing';

export { sections, type Section, type Routes } from './routing';

/** The routes of this build (BASE_PATH, astro.config.mjs). */
export const routes: Routes = routesFor(import.meta.env.BASE_URL);
