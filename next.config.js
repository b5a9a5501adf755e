// Next.js configuration (ESM: package.json has "type": "module").
import createNextIntlPlugin from 'next-intl/plugin';

// Security headers on every response (pages also get a per-request CSP with a nonce from
// proxy.ts, see server/security-headers.ts).
const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
  // Browsers honour this only over HTTPS, so it is harmless on a plain-HTTP loopback.
  { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
];
/** API answers are data, never documents: nothing to load, nothing to frame. */
const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

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
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default withNextIntl(nextConfig);
