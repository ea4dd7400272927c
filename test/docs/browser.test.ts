/**
 * src/docs works in a browser: bundled by webpack for the web with no Node polyfills (a Node import would fail
 * the build), run in Chromium, it builds the default templates in memory and returns the dossier as one .zip.
 */
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import webpack from "webpack";
import { chromium, type BrowserContext } from "playwright-core";
import { manifestJson } from "../../src/docs";
import { fixture, NAMES } from "./fixture";
import { docxPart, tempDir, xmlText } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");

function bundle(outDir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: "development",
        devtool: false,
        target: "web",
        entry: path.join(__dirname, "browser-entry.ts"),
        output: { path: outDir, filename: "docs.js" },
        resolve: { extensions: [".ts", ".mjs", ".js"] },
        module: {
          rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020", target: "es2020", sourceMap: false } } }],
        },
        performance: { hints: false },
      },
      (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve(path.join(outDir, "docs.js"));
      },
    );
  });
}

describe("the documents module in Chromium", () => {
  let browser: BrowserContext;
  let code: string;
  beforeAll(async () => {
    code = readFileSync(await bundle(tempDir("docs-bundle")), "utf8");
    // A fresh profile (user data dir) per run.
    browser = await chromium.launchPersistentContext(tempDir("chromium"), {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  test("no file under src/docs imports a Node module", () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
    for (const f of files(path.join(ROOT, "src/docs"))) {
      const src = readFileSync(f, "utf8");
      expect([f, /from "(node:|fs|path|os|child_process)"|require\(|\bprocess\.|\bBuffer\b/.test(src)]).toEqual([f, false]);
    }
  });

  test("generates the whole dossier as one .zip in the browser", async () => {
    const { set } = fixture();
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto("about:blank");
    await page.addScriptTag({ content: code });
    const bytes = await page.evaluate(async (s) => (window as unknown as { thiduaDocs: { zip(x: unknown): Promise<number[]> } }).thiduaDocs.zip(s), JSON.parse(JSON.stringify(set)));
    expect(errors).toEqual([]);
    const zip = await JSZip.loadAsync(new Uint8Array(bytes));
    const manifest = JSON.parse(await zip.file("manifest.json")!.async("string"));
    expect(manifest.year).toBe(2025);
    expect(Object.keys(zip.files).filter((f) => !zip.files[f].dir).sort()).toEqual([...manifest.files.map((f: { path: string }) => f.path), "manifest.json"].sort());
    expect(await zip.file("manifest.json")!.async("string")).toBe(manifestJson(manifest));
    const list = xmlText(await docxPart(await zip.file("02-danh-sach-de-nghi.docx")!.async("uint8array")));
    for (const name of [NAMES.CB001, NAMES.CB002, NAMES.KV01_2025]) expect(list).toContain(name);
  });
});
