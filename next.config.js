// Next.js configuration (ESM: package.json has "type": "module").
import createNextIntlPlugin from 'next-intl/plugin';

// next-intl: where each request's locale and messages come from.
const withNextIntl = createNextIntlPlugin('./server/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A separate build directory lets several builds (parallel work, a benchmark beside
  // the tests) coexist without clobbering each other's .next/.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default withNextIntl(nextConfig);
