/**
 * The browser harness of the task pane tests: builds the pane (production) and the fake Office.js host, serves
 * dist/ from a tiny local HTTP server, launches Debian's Chromium with a fresh profile, and guards every page:
 * the Office.js CDN URL is answered with the fake host, the local server's files pass, ANY other request is
 * refused and recorded, and every CSP violation (event or console report) and page error is recorded.
 */
import { spawn } from "child_process";
import fs from "fs";
import http from "http";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";
export const ARTIFACTS = path.join(ROOT, "test-artifacts", "taskpane");
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildFakeOffice } = require(path.join(ROOT, "test/fake-office/bundle.js")) as { buildFakeOffice(o: { outDir: string }): Promise<string> };

function run(cmd: string, args: ReadonlyArray<string>, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${path.basename(args[0] ?? cmd)} failed (${code}):\n${out.slice(-4000)}`));
    });
  });
}

/** The production build of the pane into `<tmp>/dist` (webpack's disk cache makes repeated builds quick). */
export async function buildPane(tmp: string): Promise<string> {
  const dist = path.join(tmp, "dist");
  await run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], 280_000);
  return dist;
}

/** The fake host bundle with the dialog shim appended: what the browser gets for Microsoft's office.js. */
export async function buildFakeOfficeJs(tmp: string): Promise<string> {
  const file = await buildFakeOffice({ outDir: path.join(tmp, "fake-office") });
  return `${fs.readFileSync(file, "utf8")}\n${fs.readFileSync(path.join(__dirname, "fake-dialog.js"), "utf8")}`;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "application/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** Serves a folder on 127.0.0.1 (random port); only files inside it. */
export function serveStatic(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.resolve(dir, `.${pathname}`);
    if (!file.startsWith(path.resolve(dir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

export interface Guard {
  /** Requests outside the allow-list, CSP violations, page errors. */
  readonly problems: string[];
  /** Every request seen. */
  readonly requests: string[];
}

/** A fresh Chromium profile whose every page is guarded. */
export async function launchGuarded(origin: string, officeJs: string, profile: string): Promise<{ context: BrowserContext; guard: Guard }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    locale: "vi-VN",
  });
  const guard: Guard = { problems: [], requests: [] };
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    guard.requests.push(url);
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "application/javascript", body: officeJs });
    if (url.startsWith(`${origin}/`)) return route.continue();
    guard.problems.push(`request outside the allow-list: ${url}`);
    return route.abort("blockedbyclient");
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`[csp-violation] ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const watch = (page: Page) => {
    page.on("console", (m) => {
      const text = m.text();
      if (/csp-violation|Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) guard.problems.push(`CSP: ${text}`);
    });
    page.on("pageerror", (e) => guard.problems.push(`page error: ${e.message}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return { context, guard };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * Saves a screenshot of what the pane shows (the viewport, as a task pane would) as a test artifact; with
 * THIDUA_DOCS_IMG=1 also as docs/img/taskpane-<docName>.png.
 */
export async function shot(page: Page, name: string, docName?: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (docName && process.env.THIDUA_DOCS_IMG === "1") {
    fs.mkdirSync(path.join(ROOT, "docs", "img"), { recursive: true });
    fs.copyFileSync(file, path.join(ROOT, "docs", "img", `taskpane-${docName}.png`));
  }
}
