/**
 * The task pane in Chromium (playwright-core, Debian's /usr/bin/chromium) on the built bundle, with the fake
 * Excel host served in place of Microsoft's office.js, on the sample workbook (~150 people). A clerk's day:
 * Khởi tạo → Kiểm tra (click an issue → its cell is selected; KQ Kiểm tra with links; highlights cleared in one
 * click) → Tạo hồ sơ refused while an error remains → the clerk fixes it → Xếp hạng (filters, reasons, near
 * misses) → Tạo hồ sơ (progress, cancel, one .zip whose files are the expected documents) → Rà soát (name asked
 * once, approve one, return one with a note) → Tạo hồ sơ of approved proposals only → the dialog fallback.
 * The same flow runs in English. Any CSP violation, page error or request outside the allow-list fails the test.
 * Screenshots of each state: test-artifacts/taskpane/ (THIDUA_DOCS_IMG=1 refreshes docs/img/taskpane-*.png).
 */
import fs from "fs";
import path from "path";
import type { BrowserContext, Download, Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check";
import { buildProposalSet, defaultDocumentDate } from "../../src/core/proposals";
import { rankWorkbook } from "../../src/core/rank";
import { LOG_ACTION_LABELS, readProposalSheet, reviewsOfWorkbook, REVIEW_STATUS_LABELS } from "../../src/core/review";
import { planDossier } from "../../src/docs/generate";
import { translator, type Lang } from "../../src/i18n";
import { buildFakeOfficeJs, buildPane, launchGuarded, OFFICE_JS as OFFICE_JS_URL, serveStatic, shot, tempDir, type Guard } from "./harness";
import { button, cellFormula, highlightRules, idle, openPane, progressSeen, readSheets, selection, sheetNames, sheetValues, tab, typeInCell, zipEntries, type Pane } from "./pane-driver";
import { DROPPED_SHEET, gridsOf, testWorkbook, type TestWorkbook } from "./workbook";

let tmp: string;
let officeJs: string;
let server: { origin: string; close: () => Promise<void> };
let workbook: TestWorkbook;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  tmp = tempDir("thidua-taskpane-");
  workbook = await testWorkbook();
  const [dist, js] = await Promise.all([buildPane(tmp), buildFakeOfficeJs(tmp)]);
  officeJs = js;
  server = await serveStatic(dist);
}, 300_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await server?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

async function launch(name: string): Promise<{ context: BrowserContext; guard: Guard }> {
  const launched = await launchGuarded(server.origin, officeJs, path.join(tmp, `profile-${name}`));
  contexts.push(launched.context);
  return launched;
}

/** The documents the core plans for the workbook as it is now (optionally approved proposals only). */
async function expectedFiles(page: Page, approvedOnly: boolean): Promise<{ files: string[]; fingerprint: string }> {
  const grids = gridsOf(await readSheets(page));
  const check = checkWorkbook(grids);
  const rank = rankWorkbook(check.data, check.fingerprint);
  if (!rank) throw new Error("no year");
  const approved = approvedOnly ? reviewsOfWorkbook(grids, check.data, rank.result, (m) => m.key).approved : undefined;
  const set = buildProposalSet({
    data: check.data,
    rank: rank.result,
    documentDate: defaultDocumentDate(check.data, rank.result.year),
    ...(approved ? { approved, approvedOnly: true } : {}),
  });
  return { files: planDossier(set).map((d) => d.path).sort(), fingerprint: check.fingerprint };
}

async function downloadedZip(download: Download): Promise<Buffer> {
  const file = await download.path();
  if (!file) throw new Error(`download failed: ${await download.failure()}`);
  return fs.readFileSync(file);
}

/** The zip holds exactly the planned documents plus manifest.json, which lists them; each is a .docx. */
async function expectDossier(bytes: Buffer, expected: { files: string[]; fingerprint: string }): Promise<unknown> {
  const { files, zip } = await zipEntries(bytes);
  expect(files).toEqual([...expected.files, "manifest.json"].sort());
  const manifest = JSON.parse(await zip.file("manifest.json")!.async("string")) as { fingerprint: string; files: Array<{ path: string }> };
  expect(manifest.files.map((f) => f.path).sort()).toEqual(expected.files);
  expect(manifest.fingerprint).toBe(expected.fingerprint);
  for (const f of expected.files.slice(0, 5)) {
    const doc = await (await zip.file(f)!.async("uint8array")).slice(0, 2);
    expect(Buffer.from(doc).toString("latin1")).toBe("PK");
  }
  return manifest;
}

async function logRows(page: Page): Promise<number> {
  return Math.max(0, (await sheetValues(page, "Nhật ký")).length - 1);
}

/** One review row of `Đề nghị` as the workbook now holds it. */
async function proposalRow(page: Page, subject: string, title: string) {
  const values = await sheetValues(page, "Đề nghị");
  return readProposalSheet({ name: "Đề nghị", values }).rows.find((r) => r.subject === subject && r.title === title) ?? null;
}

interface FlowOptions {
  readonly lang: Lang;
  /** The extras run once (Vietnamese): refusal, cancel, approved-only, dialog, remembered name, screenshots for the guide. */
  readonly full: boolean;
}

async function clerkFlow(context: BrowserContext, guard: Guard, o: FlowOptions): Promise<void> {
  const pane: Pane = await openPane(context, server.origin, workbook.init, "vi");
  const { page } = pane;
  const p = (name: string) => `${o.lang}-${name}`;
  const docImg = (name: string) => (o.full ? name : undefined);
  await page.getByRole("tablist").waitFor();
  if (o.lang === "en") {
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("tab", { name: translator("en")("taskpane.tab.check") }).waitFor();
  }
  const t = translator(o.lang);
  const P: Pane = { page, t, lang: o.lang };
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(o.lang);
  await shot(page, p("00-start"));

  // Khởi tạo: the sample lacks its optional Thành tích sheet; the pane adds it (and the hidden lists).
  if (o.full) {
    await tab(P, "init");
    await button(P, "taskpane.init.action");
  } else {
    // By keyboard only: arrow to the tab, select it, tab to its button, press it.
    await page.getByRole("tab", { name: t("taskpane.tab.check") }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { selected: true }).textContent()).toBe(t("taskpane.tab.init"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t("taskpane.init.action"));
    await page.keyboard.press("Enter");
  }
  await page.getByTestId("init-result").waitFor();
  if (!o.full) {
    // The button kept the focus while the action ran (it is not taken away from a keyboard user).
    await idle(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t("taskpane.init.action"));
  }
  expect(await sheetNames(page)).toContain(DROPPED_SHEET);
  expect(await page.getByTestId("init-result").textContent()).toContain(DROPPED_SHEET);
  await shot(page, p("01-khoi-tao"), docImg("khoi-tao"));

  // Kiểm tra: one error (the planted unit code), grouped under its sheet; clicking it selects the cell.
  await tab(P, "check");
  await button(P, "taskpane.check.action");
  await page.getByTestId("check-summary").waitFor();
  await idle(page);
  expect(await page.getByTestId("check-summary").textContent()).toContain(t("cli.check.summary", { errors: 1, warnings: 0 }));
  const group = page.locator(`[data-testid=issue-group][data-sheet="${workbook.planted.sheet}"]`);
  expect(await group.getByRole("heading").textContent()).toBe(t("taskpane.check.group", { sheet: workbook.planted.sheet, errors: 1, warnings: 0 }));
  // The group is a region named by its heading (sheet names have spaces; the heading's id must not).
  expect(await page.getByRole("region", { name: t("taskpane.check.group", { sheet: workbook.planted.sheet, errors: 1, warnings: 0 }) }).count()).toBe(1);
  const issue = page.locator(`[data-cell="${workbook.planted.sheet}!${workbook.planted.cell}"]`);
  expect(await issue.textContent()).toContain("UNKNOWN_REF");
  await selectElsewhere(page);
  if (o.full) await issue.click();
  else {
    await issue.focus();
    await page.keyboard.press("Enter");
  }
  await page.waitForFunction(
    (want) => (window as unknown as { fakeOffice: { selection(): { address: string | null } } }).fakeOffice.selection().address === want,
    `${workbook.planted.sheet}!${workbook.planted.cell}`,
    { timeout: 10_000 },
  );
  expect((await selection(page)).sheet).toBe(workbook.planted.sheet);
  // KQ Kiểm tra: one row per issue, the cell as a link to it.
  const checkSheet = await sheetValues(page, "KQ Kiểm tra");
  expect(checkSheet).toHaveLength(2);
  expect(checkSheet[1][1]).toBe("UNKNOWN_REF");
  expect(await cellFormula(page, "KQ Kiểm tra", 1, 3)).toBe(`=HYPERLINK("#'${workbook.planted.sheet}'!${workbook.planted.cell}","${workbook.planted.cell}")`);
  expect(await highlightRules(page, workbook.planted.sheet)).toBe(1);
  await shot(page, p("02-kiem-tra"), docImg("kiem-tra"));
  // One click clears the product's highlights (and nothing else).
  await button(P, "taskpane.check.clear");
  await page.getByText(t("taskpane.check.cleared", { count: 1 })).waitFor();
  expect(await highlightRules(page, workbook.planted.sheet)).toBe(0);

  if (o.full) {
    // Tạo hồ sơ refuses while the error remains, with its count and a way to see it.
    await tab(P, "generate");
    await button(P, "taskpane.generate.action");
    await page.getByTestId("generate-refused").waitFor();
    expect(await page.getByTestId("generate-refused").textContent()).toContain(t("taskpane.generate.refused", { errors: 1 }));
    await shot(page, p("03-tao-ho-so-tu-choi"), docImg("tu-choi"));
    await button(P, "taskpane.generate.showErrors");
    await issue.waitFor();
  }

  // The clerk fixes the cell; the check is clean.
  await typeInCell(page, workbook.planted.sheet, workbook.planted.cell, workbook.planted.original);
  await tab(P, "check");
  await button(P, "taskpane.check.action");
  await page.getByText(t("cli.check.summary", { errors: 0, warnings: 0 })).waitFor();
  await idle(page);

  // Xếp hạng: KQ Xếp hạng, Đề nghị and one Nhật ký row; the decisions table with filters and reasons.
  await tab(P, "rank");
  if (!o.full) {
    // Excel fails the first attempt (as Excel on the web sometimes does): the error bar says so and "Retry" works.
    await failNextRun(page);
    await button(P, "taskpane.rank.action");
    await page.getByTestId("error-bar").waitFor();
    expect(await page.getByTestId("error-bar").textContent()).toContain(t("excel.error.general", { code: "GeneralException", reason: "Fake failure" }));
    await button(P, "taskpane.error.retry");
  } else await button(P, "taskpane.rank.action");
  await page.getByTestId("rank-summary").waitFor();
  expect(await page.getByTestId("error-bar").count()).toBe(0);
  await idle(page);
  expect(await sheetNames(page)).toEqual(expect.arrayContaining(["KQ Xếp hạng", "Đề nghị", "Nhật ký"]));
  expect(await logRows(page)).toBe(1);
  expect((await sheetValues(page, "Nhật ký"))[1][2]).toBe(LOG_ACTION_LABELS.rank);
  const grids = gridsOf(await readSheets(page));
  const check = checkWorkbook(grids);
  const ranked = rankWorkbook(check.data, check.fingerprint)!.result;
  const total = ranked.units.reduce((n, u) => n + u.decisions.length, 0) + ranked.people.reduce((n, q) => n + q.decisions.length, 0);
  expect(await page.getByTestId("decision-count").textContent()).toBe(t("taskpane.rank.shown", { shown: total, total }));
  // Filter by unit: exactly the unit's own decisions and its people's.
  const unit = ranked.units[0].code;
  const ofUnit = ranked.units[0].decisions.length + ranked.people.filter((q) => q.unit === unit).reduce((n, q) => n + q.decisions.length, 0);
  await page.getByTestId("filter-unit").selectOption(unit);
  expect(await page.getByTestId("decision-count").textContent()).toBe(t("taskpane.rank.shown", { shown: ofUnit, total }));
  await page.getByTestId("filter-unit").selectOption("");
  // Filter by status and title: eligible BK_BO.
  const eligibleBk = [...ranked.units, ...ranked.people].filter((s) => s.decisions.some((d) => d.title === "BK_BO" && d.status === "eligible")).length;
  await page.getByTestId("filter-status").selectOption("eligible");
  await page.getByTestId("filter-title").selectOption("BK_BO");
  expect(await page.getByTestId("decision-count").textContent()).toBe(t("taskpane.rank.shown", { shown: eligibleBk, total }));
  const statuses = await page.locator("[data-testid=decision-row] [data-status]").evaluateAll((els) => els.map((e) => e.getAttribute("data-status")));
  expect(new Set(statuses)).toEqual(new Set(["eligible"]));
  await page.locator("[data-testid=decision-row] button[aria-expanded=false]").first().click();
  await page.getByTestId("decision-details").first().waitFor();
  expect(await page.getByTestId("decision-details").first().textContent()).toContain(t("taskpane.rank.reasons"));
  // Screen readers hear "met" / "not met" / "data missing", not the symbols ✓ ✗ ?.
  expect(await page.getByTestId("decision-details").first().getByRole("img", { name: t("taskpane.outcome.pass"), exact: true }).count()).toBeGreaterThan(0);
  // A pending decision shows what is still missing.
  await page.getByTestId("filter-title").selectOption("");
  await page.getByTestId("filter-status").selectOption("pending");
  const firstPending = page.locator("[data-testid=decision-row] button[aria-expanded=false]").first();
  await firstPending.click();
  await page.getByTestId("near-miss").first().waitFor();
  await shot(page, p("04-xep-hang"), docImg("xep-hang"));
  await page.getByTestId("filter-status").selectOption("");

  // Tạo hồ sơ: cancel first (nothing downloaded, nothing logged), then the whole dossier as one .zip.
  await tab(P, "generate");
  let downloads = 0;
  page.on("download", () => downloads++);
  if (o.full) {
    const before = await logRows(page);
    await button(P, "taskpane.generate.action");
    await page.getByTestId("progress").waitFor();
    await page.getByRole("button", { name: t("taskpane.progress.cancel"), exact: true }).click();
    await page.getByTestId("cancelled").waitFor({ timeout: 60_000 });
    await idle(page);
    // "Hủy" went away with the progress panel: the focus is back on the button that started the task.
    await page.waitForFunction((label) => document.activeElement?.textContent === label, t("taskpane.generate.action"), { timeout: 5_000 });
    expect(downloads).toBe(0);
    expect(await logRows(page)).toBe(before);
    expect(await page.getByTestId("generate-done").count()).toBe(0);
  }
  const expected = await expectedFiles(page, false);
  expect(expected.files.length).toBeGreaterThan(40);
  const waitDownload = page.waitForEvent("download", { timeout: 110_000 });
  await button(P, "taskpane.generate.action");
  if (o.full) {
    await page.waitForFunction(() => /\(\d+\/\d+\)/.test(document.querySelector("[data-testid=progress-stage]")?.textContent ?? ""), undefined, { timeout: 60_000 });
    await shot(page, p("05-tien-do"), docImg("tien-do"));
  }
  const download = await waitDownload;
  expect(download.suggestedFilename()).toBe(`ho-so-khen-thuong-${ranked.year}.zip`);
  const zipBytes = await downloadedZip(download);
  await expectDossier(zipBytes, expected);
  await page.getByTestId("generate-done").waitFor();
  await idle(page);
  // Progress was shown stage by stage, the documents counted as they were written.
  const seen = await progressSeen(page);
  const docs = t("taskpane.stage.documents");
  const counted = seen.filter((s) => s.includes(docs) && s.includes(`/${expected.files.length})`));
  expect(counted.length).toBeGreaterThanOrEqual(2);
  expect(seen.some((s) => s.includes(t("taskpane.stage.zip")))).toBe(true);
  expect(await page.getByTestId("generate-done").textContent()).toContain(t("taskpane.generate.done", { count: expected.files.length, year: ranked.year, ruleSet: ranked.ruleSet }));
  expect(await logRows(page)).toBe(2);
  expect((await sheetValues(page, "Nhật ký"))[2][2]).toBe(LOG_ACTION_LABELS.generate);
  await page.getByTestId("dossier-files").locator("summary").click();
  await shot(page, p("06-tao-ho-so"), docImg("tao-ho-so"));

  // Rà soát: the name is asked once; approve one BK_BO proposal, return another with a note.
  await tab(P, "review");
  await page.getByTestId("reviewer-input").waitFor();
  await idle(page);
  const reviewer = o.lang === "vi" ? "Lê Thị Rà Soát" : "Tran Review";
  await page.getByTestId("reviewer-input").fill(reviewer);
  await button(P, "taskpane.review.saveName");
  await page.getByTestId("reviewer-name").waitFor();
  await page.getByTestId("review-title").selectOption("BK_BO");
  const items = page.getByTestId("review-item");
  await items.first().waitFor();
  const approveKey = (await items.first().getAttribute("data-key"))!;
  const [approveSubject, approveTitle] = approveKey.split("|");
  await shot(page, p("07-ra-soat"), docImg("ra-soat"));
  await items.first().getByRole("button", { name: t("taskpane.review.approve"), exact: true }).click();
  await page.getByTestId("review-done").waitFor();
  await idle(page);
  const approvedRow = await proposalRow(page, approveSubject, approveTitle);
  expect(approvedRow?.review.statusText).toBe(REVIEW_STATUS_LABELS.APPROVED);
  expect(approvedRow?.review.reviewer).toBe(reviewer);
  expect(await logRows(page)).toBe(3);
  // The approved row left the "to review" list; the keyboard focus went to the item now in its place (its
  // "Đồng ý"), not to the top of the pane.
  const focused = await page.evaluate(() => ({
    key: document.activeElement?.closest('[data-testid="review-item"]')?.getAttribute("data-key") ?? null,
    text: document.activeElement?.textContent ?? null,
  }));
  expect(focused).toEqual({ key: await items.first().getAttribute("data-key"), text: t("taskpane.review.approve") });
  // The next one is returned — first without a note (refused).
  const returnItem = items.first();
  const returnKey = (await returnItem.getAttribute("data-key"))!;
  expect(returnKey).not.toBe(approveKey);
  await returnItem.getByRole("button", { name: t("taskpane.review.return"), exact: true }).click();
  await returnItem.getByText(t("taskpane.review.noteRequired")).waitFor();
  expect(await logRows(page)).toBe(3);
  if (o.full) await shot(page, p("08-tra-lai-thieu-y-kien"), docImg("tra-lai"));
  const note = o.lang === "vi" ? "Bổ sung quyết định công nhận sáng kiến" : "Add the initiative's decision";
  await returnItem.getByTestId("review-comment").fill(note);
  await returnItem.getByRole("button", { name: t("taskpane.review.return"), exact: true }).click();
  const [returnSubject, returnTitle] = returnKey.split("|");
  const returnName = (await proposalRow(page, returnSubject, returnTitle))!.name;
  await page.getByText(t("taskpane.review.done.return", { name: returnName, title: t("ranking.title.BK_BO") })).waitFor();
  await idle(page);
  const returnedRow = await proposalRow(page, returnSubject, returnTitle);
  expect(returnedRow?.review.statusText).toBe(REVIEW_STATUS_LABELS.RETURNED);
  expect(returnedRow?.review.comment).toBe(note);
  const log = await sheetValues(page, "Nhật ký");
  expect(log).toHaveLength(5);
  expect(log.slice(3).map((r) => r[2])).toEqual([LOG_ACTION_LABELS.approve, LOG_ACTION_LABELS.return]);
  expect(log.slice(3).map((r) => r[1])).toEqual([reviewer, reviewer]);

  if (o.full) {
    // Tạo hồ sơ of approved proposals only: exactly what the core makes of the workbook's reviews.
    await page.getByTestId("review-view").selectOption("approved");
    await shot(page, p("09-da-duyet"));
    await tab(P, "generate");
    await page.getByTestId("approved-only").check();
    const approvedExpected = await expectedFiles(page, true);
    expect(approvedExpected.files).toContain(`bao-cao/${approveSubject}.docx`);
    expect(approvedExpected.files).not.toContain(`bao-cao/${returnSubject}.docx`);
    const waitApproved = page.waitForEvent("download", { timeout: 110_000 });
    await button(P, "taskpane.generate.action");
    const approvedDownload = await waitApproved;
    expect(approvedDownload.suggestedFilename()).toBe(`ho-so-khen-thuong-${ranked.year}-da-duyet.zip`);
    const approvedBytes = await downloadedZip(approvedDownload);
    await expectDossier(approvedBytes, approvedExpected);
    await page.getByTestId("not-approved").waitFor();
    await idle(page);

    // The dialog fallback offers the same file.
    const popupPromise = context.waitForEvent("page", { timeout: 30_000 });
    await button(P, "taskpane.generate.openDialog");
    const popup = await popupPromise;
    const link = popup.getByRole("link");
    await link.waitFor({ timeout: 30_000 });
    const [fromDialog] = await Promise.all([popup.waitForEvent("download"), link.click()]);
    expect(fromDialog.suggestedFilename()).toBe(approvedDownload.suggestedFilename());
    expect((await downloadedZip(fromDialog)).equals(approvedBytes)).toBe(true);
    await shot(popup, p("10-cua-so-tai-xuong"));
    await popup.close();

    // The reviewer's name is remembered on this computer: not asked again after a reload.
    await page.reload();
    await page.getByRole("tablist").waitFor();
    await tab(P, "review");
    await page.getByTestId("reviewer-name").waitFor();
    expect(await page.getByTestId("reviewer-name").textContent()).toContain(reviewer);
    expect(await page.getByTestId("reviewer-input").count()).toBe(0);
    await idle(page);
  }
  expect(guard.problems).toEqual([]);
  expect(guard.requests.some((u) => u.endsWith("/office.js"))).toBe(true);
  await page.close();
}

/** The next Excel.run fails at its first sync with Excel's GeneralException. */
async function failNextRun(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { Excel: { run: (batch: (ctx: { sync: () => Promise<void> }) => Promise<unknown>) => Promise<unknown> }; OfficeExtension: { Error: new (code: string, message: string) => Error } };
    const run = w.Excel.run;
    w.Excel.run = (batch) => {
      w.Excel.run = run;
      return run(async (ctx) => {
        ctx.sync = () => Promise.reject(new w.OfficeExtension.Error("GeneralException", "Fake failure"));
        return batch(ctx);
      });
    };
  });
}

/** Selects another cell first, so that the issue click is what selects the planted one. */
async function selectElsewhere(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("Cấu hình");
      ws.activate();
      ws.getRange("A1").select();
      await ctx.sync();
    });
  });
}

describe("task pane in Chromium on the fake Excel host", () => {
  test("a clerk's day in Vietnamese, on the ~150-person sample", async () => {
    expect(workbook.people).toBeGreaterThanOrEqual(150);
    const { context, guard } = await launch("vi");
    await clerkFlow(context, guard, { lang: "vi", full: true });
  }, 240_000);

  test("the same flow in English", async () => {
    const { context, guard } = await launch("en");
    await clerkFlow(context, guard, { lang: "en", full: false });
  }, 180_000);

  test("an Excel without ExcelApi 1.8 gets the 'not supported in this version' screen", async () => {
    const { context, guard } = await launch("old");
    const pane = await openPane(context, server.origin, { sheets: [{ name: "Sheet1" }] }, "vi", { apiVersion: "1.7" });
    await pane.page.getByTestId("unsupported").waitFor();
    expect(await pane.page.getByTestId("unsupported").textContent()).toContain(pane.t("excel.unsupported"));
    expect(await pane.page.getByRole("tablist").count()).toBe(0);
    await shot(pane.page, "vi-11-khong-ho-tro", "khong-ho-tro");
    expect(guard.problems).toEqual([]);
  }, 60_000);

  test("when Office.js cannot be loaded (CDN blocked), the pane says so instead of loading forever", async () => {
    const { context, guard } = await launch("blocked");
    const page = await context.newPage();
    await page.route(OFFICE_JS_URL, (route) => route.abort("blockedbyclient"));
    await page.goto(`${server.origin}/taskpane.html`);
    const alert = page.getByTestId("office-js-missing");
    await alert.waitFor();
    expect(await alert.textContent()).toBe(translator("vi")("taskpane.officeJsMissing"));
    expect(guard.problems).toEqual([]);
  }, 60_000);

  test("the help page (help.html, the manifest's SupportUrl) shows the user guide, its screenshots and style, with no CSP violation", async () => {
    const { context, guard } = await launch("help");
    const page = await context.newPage();
    await page.goto(`${server.origin}/help.html`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: "1. Cài đặt" }).count()).toBe(1);
    // Every screenshot loads (they are lazy: bring each into view first) — none is a broken image.
    const widths = await page.evaluate(async () => {
      const out: number[] = [];
      for (const img of Array.from(document.images)) {
        img.scrollIntoView();
        await img.decode().catch(() => undefined);
        out.push(img.naturalWidth);
      }
      return out;
    });
    expect(widths.length).toBeGreaterThanOrEqual(9);
    for (const w of widths) expect(w).toBeGreaterThan(0);
    // help.css applied; every table-of-contents link names a heading of the page.
    expect(await page.evaluate(() => getComputedStyle(document.querySelector(".english-note")!).borderLeftStyle)).toBe("solid");
    const missingTargets = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLAnchorElement>(".toc a"))
        .map((a) => decodeURIComponent(a.hash.slice(1)))
        .filter((id) => !document.getElementById(id)),
    );
    expect(missingTargets).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, "help");
    expect(guard.problems).toEqual([]);
    expect(guard.requests.filter((u) => u.endsWith(".png")).length).toBe(widths.length);
    // The guard does catch a violation on this page: an inline script is refused by its CSP.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "document.title = 'inline';";
      document.head.appendChild(s);
    });
    const caught = () => guard.problems.some((p) => p.startsWith("CSP:"));
    for (let i = 0; i < 50 && !caught(); i++) await page.waitForTimeout(100);
    expect(caught()).toBe(true);
    expect(await page.title()).not.toBe("inline");
  }, 60_000);
});
