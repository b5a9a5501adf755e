/**
 * Every message, by locale and namespace (`messages/<locale>/<namespace>.json`). English is
 * the source; the other locales must have exactly its keys (tests/i18n/messages.test.ts).
 * Server-side only in practice: pages pass the client its locale's messages through
 * NextIntlClientProvider rather than bundling all four languages.
 */
import type { Locale } from './locales';
import enCommon from './messages/en/common.json';
import enModel from './messages/en/model.json';
import enMethodology from './messages/en/methodology.json';
import enDashboard from './messages/en/dashboard.json';
import enScenarios from './messages/en/scenarios.json';
import enCompare from './messages/en/compare.json';
import enBriefing from './messages/en/briefing.json';
import enErrors from './messages/en/errors.json';
import enAuth from './messages/en/auth.json';
import heCommon from './messages/he/common.json';
import heModel from './messages/he/model.json';
import heMethodology from './messages/he/methodology.json';
import heDashboard from './messages/he/dashboard.json';
import heScenarios from './messages/he/scenarios.json';
import heCompare from './messages/he/compare.json';
import heBriefing from './messages/he/briefing.json';
import heErrors from './messages/he/errors.json';
import heAuth from './messages/he/auth.json';
import arCommon from './messages/ar/common.json';
import arModel from './messages/ar/model.json';
import arMethodology from './messages/ar/methodology.json';
import arDashboard from './messages/ar/dashboard.json';
import arScenarios from './messages/ar/scenarios.json';
import arCompare from './messages/ar/compare.json';
import arBriefing from './messages/ar/briefing.json';
import arErrors from './messages/ar/errors.json';
import arAuth from './messages/ar/auth.json';
import faCommon from './messages/fa/common.json';
import faModel from './messages/fa/model.json';
import faMethodology from './messages/fa/methodology.json';
import faDashboard from './messages/fa/dashboard.json';
import faScenarios from './messages/fa/scenarios.json';
import faCompare from './messages/fa/compare.json';
import faBriefing from './messages/fa/briefing.json';
import faErrors from './messages/fa/errors.json';
import faAuth from './messages/fa/auth.json';

export const NAMESPACES = ['common', 'model', 'methodology', 'dashboard', 'scenarios', 'compare', 'briefing', 'errors', 'auth'] as const;
export type Namespace = (typeof NAMESPACES)[number];

const EN = {
  common: enCommon,
  model: enModel,
  methodology: enMethodology,
  dashboard: enDashboard,
  scenarios: enScenarios,
  compare: enCompare,
  briefing: enBriefing,
  errors: enErrors,
  auth: enAuth,
};

/** The shape of every locale's messages: English's. */
export type Messages = typeof EN;

export const MESSAGES: Record<Locale, Messages> = {
  en: EN,
  // The other locales are checked against English by tests/i18n/messages.test.ts (a missing
  // key there is a test failure naming it, rather than a type error buried in a JSON import).
  he: { common: heCommon, model: heModel, methodology: heMethodology, dashboard: heDashboard, scenarios: heScenarios, compare: heCompare, briefing: heBriefing, errors: heErrors, auth: heAuth } as unknown as Messages,
  ar: { common: arCommon, model: arModel, methodology: arMethodology, dashboard: arDashboard, scenarios: arScenarios, compare: arCompare, briefing: arBriefing, errors: arErrors, auth: arAuth } as unknown as Messages,
  fa: { common: faCommon, model: faModel, methodology: faMethodology, dashboard: faDashboard, scenarios: faScenarios, compare: faCompare, briefing: faBriefing, errors: faErrors, auth: faAuth } as unknown as Messages,
};
