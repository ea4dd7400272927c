/**
 * The bundled fake host in a real browser (Chromium): served in place of Microsoft's office.js under the
 * production task pane page, its CSP in force. The page loads, Office.onReady fires, Excel.run reads and writes
 * through the same batching as in jest, and no CSP violation or request outside the allow-list happens.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { chromium, type BrowserContext } from "playwright-core";

const ROOT = path.resolve(__dirname, "../..");
const ORIGIN = "https://thidua.test";
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1.1/hosted/office.js";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildFakeOffice } = require(path.join(ROOT, "test/fake-office/bundle.js")) as { buildFakeOffice(o: { outDir: string }): Promise<string> };

describe("fake office.js in Chromium", () => {
  let context: BrowserContext;
  let dist: string;
  let fakeOfficeJs: string;

  beforeAll(async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "thidua-fake-office-"));
    dist = path.join(tmp, "dist");
    const built = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", dist], { cwd: ROOT, encoding: "utf8", timeout: 115_000 });
    if (built.status !== 0) throw new Error(`webpack build failed:\n${built.stdout}${built.stderr}`);
    fakeOfficeJs = fs.readFileSync(await buildFakeOffice({ outDir: path.join(tmp, "fake") }), "utf8");
    // A fresh profile (user data dir) per run.
    context = await chromium.launchPersistentContext(path.join(tmp, "profile"), {
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  test("the task pane page runs on the fake host: onReady, Excel.run batching, no CSP violation, no stray request", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "application/javascript", body: fakeOfficeJs });
      if (url.startsWith(`${ORIGIN}/`)) {
        const file = path.join(dist, new URL(url).pathname);
        if (fs.existsSync(file)) {
          const type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "application/javascript" : "application/octet-stream";
          return route.fulfill({ status: 200, contentType: type, body: fs.readFileSync(file) });
        }
        return route.fulfill({ status: 404, body: "" });
      }
      return route.abort();
    });
    await page.addInitScript(() => {
      (window as unknown as { __FAKE_OFFICE_INIT__: unknown }).__FAKE_OFFICE_INIT__ = {
        workbook: { sheets: [{ name: "Cá nhân", rows: [["Mã cán bộ", "Họ và tên"], ["CB001", "Nguyễn Văn A"]] }] },
        options: { apiVersion: "1.8" },
      };
      document.addEventListener("securitypolicyviolation", (e) => console.log(`Content Security Policy violation: ${e.violatedDirective}`));
    });
    await page.goto(`${ORIGIN}/taskpane.html`);
    // The real pane (issue 8) replaced the "Đang tải…" placeholder: wait until it has rendered its tabs.
    await page.waitForFunction(() => document.querySelector("#root [role=tablist]") !== null);

    const result = await page.evaluate(async () => {
      const w = window as unknown as { fakeOffice: { syncCount: number; values(a: string): unknown }; Office: typeof Office };
      const info = await w.Office.onReady();
      const read = await Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Cá nhân").getUsedRange(true);
        let early = "";
        try {
          void r.values;
        } catch (e) {
          early = (e as { code: string }).code;
        }
        r.load("values");
        await ctx.sync();
        ctx.workbook.worksheets.getItem("Cá nhân").getRange("C1").values = [["'=1+1"]];
        await ctx.sync();
        return { early, values: r.values };
      });
      return {
        info,
        read,
        c1: w.fakeOffice.values("'Cá nhân'!C1:C1"),
        syncs: w.fakeOffice.syncCount,
        rangeAreas: w.Office.context.requirements.isSetSupported("ExcelApi", "1.9"),
      };
    });
    expect(result.info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(result.read.early).toBe("PropertyNotLoaded");
    expect(result.read.values).toEqual([
      ["Mã cán bộ", "Họ và tên"],
      ["CB001", "Nguyễn Văn A"],
    ]);
    expect(result.c1).toEqual([["=1+1"]]);
    expect(result.syncs).toBe(2);
    expect(result.rangeAreas).toBe(false);
    expect(violations).toEqual([]);
    expect(requests.every((u) => u === OFFICE_JS || u.startsWith(`${ORIGIN}/`))).toBe(true);
    expect(requests).toContain(OFFICE_JS);
    await page.close();
  });
});
