/**
 * Webpack build of the task pane.
 *   npm run build                                        production build into dist/ (manifest keeps localhost URLs)
 *   npm run build -- --env url=https://example.gov.vn/thidua/   production build whose dist/manifest.xml points there
 *   npm run dev-server                                   https://localhost:3000 with the Office dev certificates
 * Office.js is never bundled: the HTML loads it from Microsoft's CDN (OFFICE_JS_URL).
 */
"use strict";
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/**
 * Content-Security-Policy of every page: scripts from this origin and the Office.js CDN only, data requests to
 * this origin only, inline styles allowed (Fluent UI v9 injects style elements). The development server adds
 * its own WebSocket for live reload.
 */
function contentSecurityPolicy(dev) {
  const connect = dev ? `'self' wss://localhost:${DEV_PORT}` : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_JS_ORIGIN}`,
    `connect-src ${connect}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/** Checks the deployment URL given with `--env url=…` and returns it with a trailing slash. */
function deploymentUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--env url="${url}" is not a URL; give the HTTPS address where dist/ is served, e.g. https://example.gov.vn/thidua/`);
  }
  if (parsed.protocol !== "https:") {
    throw new Error(`--env url="${url}" must use https:// (Office loads add-ins over HTTPS only)`);
  }
  if (parsed.search || parsed.hash) throw new Error(`--env url="${url}" must not have a query or a fragment`);
  const href = parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
  return { href, origin: parsed.origin };
}

/**
 * The production manifest: every development URL (https://localhost:3000/…) replaced by the deployment URL,
 * and the AppDomain by its origin. Throws when a localhost URL would remain.
 */
function productionManifest(xml, url) {
  const { href, origin } = deploymentUrl(url);
  const out = xml
    .split(DEV_URL)
    .join(href)
    .split(`<AppDomain>${DEV_URL.replace(/\/$/, "")}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`);
  if (/localhost/i.test(out.replace(/<!--[\s\S]*?-->/g, ""))) {
    throw new Error("manifest.xml still refers to localhost after the URL replacement");
  }
  return out;
}

async function devServerHttps() {
  // Installs (once, with the user's consent) and returns the Office Add-in development certificates.
  const devCerts = require("office-addin-dev-certs");
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const serving = Boolean(process.env.WEBPACK_SERVE);
  const url = typeof env.url === "string" && env.url !== "" ? env.url : null;
  if (url) deploymentUrl(url); // fail before compiling anything
  const csp = contentSecurityPolicy(dev);

  return {
    mode: dev ? "development" : "production",
    // Builds are cached on disk (the browser tests build the pane; a warm build takes seconds, not minutes).
    cache: {
      type: "filesystem",
      name: dev ? "development" : "production",
      cacheDirectory: path.resolve(__dirname, "node_modules/.cache/webpack"),
      buildDependencies: { config: [path.join(__dirname, "webpack.config.js")] },
    },
    // No eval-based source maps: the CSP forbids eval.
    devtool: "source-map",
    entry: { taskpane: "./src/taskpane/index.tsx", download: "./src/taskpane/download/download-page.ts" },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; the bundle only needs transpiling (fast builds).
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp,
        officeJs: OFFICE_JS_URL,
      }),
      new HtmlWebpackPlugin({
        filename: "download.html",
        template: "./src/taskpane/download.html",
        chunks: ["download"],
        csp,
        officeJs: OFFICE_JS_URL,
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (url ? productionManifest(content.toString("utf8"), url) : content),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: DEV_PORT,
      server: serving ? await devServerHttps() : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
};

module.exports.productionManifest = productionManifest;
module.exports.deploymentUrl = deploymentUrl;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
module.exports.DEV_URL = DEV_URL;
