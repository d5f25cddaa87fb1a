// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A separate output folder lets two builds of this tree (e.g. parallel test runs) coexist.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // `npm test` type-checks the whole project with tsc as its first step; checking again inside
  // every build only doubles the time.
  typescript: { ignoreBuildErrors: true },
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  // exceljs (the Excel exports) is loaded from node_modules too: bundled, its zip library's
  // `new Buffer()` counted as the app's own code and printed Node's DEP0005 warning on the first export.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs"],
  experimental: {
    // The reviewers' official-data imports (issue 18) take spreadsheets of up to 50 MB; every
    // action that takes a file checks its own, smaller limit (evidence 10 MB) itself.
    serverActions: { bodySizeLimit: "52mb" },
    // proxy.ts sees every request first and would cut bodies at its 10 MB default, so a file just
    // over a limit arrived as a broken form instead of getting the size message.
    proxyClientMaxBodySize: "52mb",
    // forbidden() renders a 403 page for a signed-in user of the wrong role.
    authInterrupts: true,
  },
  async headers() {
    return [
      // Pages get their Content-Security-Policy (with a per-request nonce) from proxy.ts.
      { source: "/:path*", headers: securityHeaders },
      // Nothing of the portal may be framed by another site; evidence files only by the portal's
      // own review page, which shows PDFs inline.
      { source: "/((?!api/evidence/).*)", headers: [{ key: "X-Frame-Options", value: "DENY" }] },
      { source: "/api/:path((?!evidence/).*)", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
      { source: "/api/evidence/:path*", headers: [{ key: "X-Frame-Options", value: "SAMEORIGIN" }] },
      // Signed-in pages carry personal data: never cached by the browser or a proxy.
      {
        source: "/(enterprise|institution|review|admin|home|account)/:path*",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
      {
        source: "/(enterprise|institution|review|admin|home|account)",
        headers: [{ key: "Cache-Control", value: "no-store" }],
      },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
