/**
 * The add-in manifest, offline: manifest.xml and the production build's dist/manifest.xml validate against the
 * Office add-in manifest XSD (../shared/schemas/office-manifest/, next to the checkout), their resource ids
 * resolve, icons exist, and the production build replaces every development URL by the given HTTPS URL and
 * publishes the user guide as help.html (the SupportUrl) with its images.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST = path.join(ROOT, "manifest.xml");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as {
  productionManifest(xml: string, url: string): string;
  contentSecurityPolicy(dev: boolean): string;
};

/** The schema folder: next to the checkout (CI), else /work/shared. Fails loudly when neither exists. */
function schemaPath(): string {
  const candidates = [path.resolve(ROOT, "../shared/schemas/office-manifest"), "/work/shared/schemas/office-manifest"];
  for (const dir of candidates) {
    const xsd = path.join(dir, "OfficeAppManifestV1_1.xsd");
    if (fs.existsSync(xsd)) return xsd;
  }
  throw new Error(`Office manifest XSD not found in ${candidates.join(" or ")}: the manifest cannot be validated offline`);
}

function xmllint(file: string): { status: number | null; output: string } {
  const r = spawnSync("xmllint", ["--nonet", "--noout", "--schema", schemaPath(), file], { encoding: "utf8" });
  if (r.error) throw new Error(`xmllint could not run (${r.error.message}); install libxml2-utils`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** resid references and the resource ids they must match. */
function resourceIds(xml: string) {
  const refs = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
  const defined = [...xml.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]);
  return { refs, defined };
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");

  test("validates offline against the add-in manifest schema", () => {
    const r = xmllint(MANIFEST);
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
  });

  test("the schema check can fail: a manifest with Permissions before DefaultSettings is rejected", () => {
    const dir = tmpDir("thidua-manifest-");
    const broken = xml.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>");
    fs.writeFileSync(path.join(dir, "manifest.xml"), broken);
    expect(xmllint(path.join(dir, "manifest.xml")).status).toBe(3);
  });

  test("Excel task pane, ExcelApi 1.8, Vietnamese default with English overrides, read/write document, fixed id", () => {
    expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toContain('<Action xsi:type="ShowTaskpane">');
    const strings = [...xml.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g)];
    expect(strings.length).toBe((xml.match(/<bt:String id=/g) ?? []).length);
    expect(xml).toMatch(/<DisplayName DefaultValue="Thi đua – Khen thưởng">\s*<Override Locale="en-US"/);
  });

  test("every resid is defined, and every icon exists with its size", () => {
    const { refs, defined } = resourceIds(xml);
    expect(refs.length).toBeGreaterThan(5);
    for (const r of refs) expect(defined).toContain(r);
    for (const m of xml.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)) {
      const size = Number(m[1]);
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual([size, size]);
    }
  });
});

describe("production build", () => {
  const URL = "https://example.gov.vn/thidua/";
  let out: string;
  let built: { status: number | null; output: string; ms: number };

  beforeAll(() => {
    out = tmpDir("thidua-dist-");
    const started = Date.now();
    const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", `url=${URL}`, "--output-path", out], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 115_000,
    });
    built = { status: r.status, output: `${r.stdout}${r.stderr}`, ms: Date.now() - started };
  }, 120_000);

  test("builds in under 2 minutes", () => {
    expect(built.output).toContain("compiled successfully");
    expect(built.status).toBe(0);
    expect(built.ms).toBeLessThan(120_000);
  });

  test("dist/manifest.xml validates and points only at the deployment URL", () => {
    const file = path.join(out, "manifest.xml");
    expect(xmllint(file).status).toBe(0);
    const xml = fs.readFileSync(file, "utf8");
    expect(xml.replace(/<!--[\s\S]*?-->/g, "")).not.toMatch(/localhost/);
    const urls = [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(URL)).toBe(true);
    expect(xml).toContain(`<SourceLocation DefaultValue="${URL}taskpane.html"/>`);
    expect(xml).toContain("<AppDomain>https://example.gov.vn</AppDomain>");
    const { refs, defined } = resourceIds(xml);
    for (const r of refs) expect(defined).toContain(r);
  });

  test("the task pane page loads Office.js from Microsoft's CDN, has the CSP, and every file the manifest names exists", () => {
    const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js"></script>');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(webpackConfig.contentSecurityPolicy(false));
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    const xml = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    for (const m of xml.matchAll(/DefaultValue="https:\/\/example\.gov\.vn\/thidua\/([^"]+)"/g)) expect(fs.existsSync(path.join(out, m[1]))).toBe(true);
  });

  test("help.html (the SupportUrl) is the user guide: its headings, images that exist, the same CSP, no link to a .md", () => {
    const html = fs.readFileSync(path.join(out, "help.html"), "utf8");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(webpackConfig.contentSecurityPolicy(false));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toMatch(/<p class="english-note" lang="en">[^<]*<b>English:<\/b> this is the user guide/);

    // The guide's headings (levels 1–3), in order, with their text as the Markdown says it.
    const guide = fs.readFileSync(path.join(ROOT, "docs", "huong-dan-su-dung.md"), "utf8");
    const expected = [...guide.matchAll(/^(#{1,3}) (.+)$/gm)].map((m) => `h${m[1].length} ${m[2].replace(/\*\*|`/g, "")}`);
    expect(expected).toContain("h2 1. Cài đặt");
    const decode = (t: string) => t.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    const headings = [...html.matchAll(/<(h[1-3]) id="([^"]+)">([\s\S]*?)<\/\1>/g)];
    expect(headings.map((m) => `${m[1]} ${decode(m[3])}`)).toEqual(expected);
    // Every anchor (the table of contents) names a heading id.
    const ids = new Set(headings.map((m) => m[2]));
    const anchors = [...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(expected.length - 1);
    for (const a of anchors) expect(ids).toContain(a);

    // Every image is in dist (as many as the guide shows), and the style sheet too.
    const images = [...html.matchAll(/<img [^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(images.length).toBe((guide.match(/!\[[^\]]*\]\(/g) ?? []).length);
    for (const src of images) {
      expect(src).toMatch(/^img\/taskpane-[a-z0-9-]+\.png$/);
      expect(pngSize(path.join(out, src))[0]).toBeGreaterThan(0);
    }
    expect(html).toContain('<link rel="stylesheet" href="help.css"');
    expect(fs.existsSync(path.join(out, "help.css"))).toBe(true);

    // No link leads to a repository file that is not on the server.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const h of hrefs) {
      expect(h).not.toMatch(/\.md(#|$)/i);
      expect(h).not.toMatch(/^\.\.\//);
    }
  });

  test("an http:// URL is refused before anything is built", () => {
    const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "url=http://example.gov.vn/thidua/", "--output-path", tmpDir("thidua-bad-")], {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain("must use https://");
  });

  test("productionManifest adds the trailing slash and rejects non-URLs", () => {
    const xml = fs.readFileSync(MANIFEST, "utf8");
    expect(webpackConfig.productionManifest(xml, "https://a.b/c")).toContain('DefaultValue="https://a.b/c/taskpane.html"');
    expect(() => webpackConfig.productionManifest(xml, "not a url")).toThrow(/not a URL/);
    expect(() => webpackConfig.productionManifest(xml, "ftp://a.b/")).toThrow(/https/);
  });
});
