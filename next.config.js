// Next.js configuration (ESM: package.json has "type": "module").
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // PGlite ships WASM and data files that must be loaded from node_modules at run time,
  // not bundled (the database arrives in a later issue; set now so it is not forgotten).
  serverExternalPackages: ['@electric-sql/pglite'],
};

export default nextConfig;
