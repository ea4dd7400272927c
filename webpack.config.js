/**
 * Webpack build of the task pane.
 *   npm run build                                        production build into dist/ (manifest keeps localhost URLs)
 *   npm run build -- --env url=https://example.gov.vn/thidua/   production build whose dist/manifest.xml points there
 *   npm run dev-server                                   https://localhost:3000 with the Office dev certificates
 * Office.js is never bundled: the HTML loads it from Microsoft's CDN (OFFICE_JS_URL).
 * help.html (the manifest's SupportUrl) is the Vietnamese user guide, docs/huong-dan-su-dung.md, rendered at build
 * time with marked; its screenshots are copied to dist/img/.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const { URL } = require("url");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";
const OFFICE_JS_ORIGIN = "https://appsforoffice.microsoft.com";

/** The user guide published as help.html, and the folder of its images (published as dist/img/). */
const GUIDE = path.join(__dirname, "docs", "huong-dan-su-dung.md");
const GUIDE_IMG_DIR = path.join(__dirname, "docs", "img");
/** The guide's images that are published: screenshots of the pane, referenced as `img/taskpane-….png`. */
const GUIDE_IMAGE = /^img\/(taskpane-[a-z0-9-]+\.png)$/;

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

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function unescapeHtml(text) {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]);
}

/** GitHub's heading anchor: lower case, punctuation dropped (letters and marks of any script kept), spaces → "-". */
function headingSlug(text) {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/**
 * Where a link of the guide points once the guide is help.html on the add-in's server: anchors and web/mail
 * addresses stay; a link to the guide itself becomes an anchor of this page; a published image stays; any other
 * relative link is a file of the repository (README.md, another .md, source) that is not on the server → null,
 * and the link is rendered as its text only.
 */
function publishedHref(href) {
  if (href.startsWith("#")) return href;
  if (/^(https?|mailto):/i.test(href)) return href;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null; // javascript:, file:, … never published
  const [file, fragment] = href.split("#", 2);
  const resolved = path.resolve(path.dirname(GUIDE), decodeURI(file));
  if (resolved === GUIDE) return fragment ? `#${fragment}` : "#";
  if (GUIDE_IMAGE.test(file) && fs.existsSync(resolved)) return href;
  return null;
}

/**
 * The guide's Markdown as the body of help.html: headings with GitHub-style ids (a "#1-cài-đặt" link works as on
 * GitHub), published images only (anything else fails the build: it would be a broken image on the server), links
 * to repository files unlinked, raw HTML shown as text (the page must stay script-free under the CSP).
 * Returns the HTML, the h2/h3 headings (for the page's table of contents) and the image files it uses.
 */
async function renderGuide(markdown) {
  const { Marked } = await import("marked"); // ESM-only package
  const headings = [];
  const images = new Set();
  const unpublished = [];
  const seen = new Map();
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const text = unescapeHtml(this.parser.parseInline(tokens, this.parser.textRenderer));
        const base = headingSlug(text);
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        const id = n === 0 ? base : `${base}-${n}`;
        if (depth === 2 || depth === 3) headings.push({ depth, id, text });
        return `<h${depth} id="${escapeHtml(id)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const inner = this.parser.parseInline(tokens);
        const target = publishedHref(href);
        if (target === null) return inner;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ""}>${inner}</a>`;
      },
      image({ href, title, text }) {
        const m = GUIDE_IMAGE.exec(href);
        if (m && fs.existsSync(path.join(GUIDE_IMG_DIR, m[1]))) images.add(m[1]);
        else unpublished.push(href);
        return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ""} loading="lazy">`;
      },
      html({ text }) {
        return escapeHtml(text);
      },
    },
  });
  const html = await marked.parse(markdown);
  if (unpublished.length > 0) {
    throw new Error(`${path.relative(__dirname, GUIDE)}: image(s) ${unpublished.map((h) => `"${h}"`).join(", ")} would be broken on the server; help.html can only show docs/img/taskpane-*.png, referenced as img/taskpane-….png`);
  }
  return { html, headings, images: [...images].sort() };
}

/**
 * The help page's template parameters (the defaults plus the rendered guide and its table of contents), computed
 * on every compilation; the guide is a file dependency, so the development server rebuilds when it changes.
 */
async function helpTemplateParameters(compilation, assets, assetTags, options) {
  compilation.fileDependencies.add(GUIDE);
  const guide = await renderGuide(fs.readFileSync(GUIDE, "utf8"));
  // The table of contents goes after the guide's title and introduction, before its first section.
  const firstSection = guide.html.search(/<h2[\s>]/);
  const split = firstSection < 0 ? guide.html.length : firstSection;
  return {
    compilation,
    webpackConfig: compilation.options,
    htmlWebpackPlugin: { tags: assetTags, files: assets, options },
    guideIntro: guide.html.slice(0, split),
    guideSections: guide.html.slice(split),
    toc: guide.headings,
    escapeHtml,
  };
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
        templateParameters: helpTemplateParameters,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The user guide's screenshots (help.html shows them as img/…) and the help page's style sheet.
          { from: "docs/img/taskpane-*.png", to: "img/[name][ext]" },
          { from: "src/taskpane/help.css", to: "help.css" },
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
module.exports.renderGuide = renderGuide;
module.exports.OFFICE_JS_URL = OFFICE_JS_URL;
module.exports.DEV_URL = DEV_URL;
