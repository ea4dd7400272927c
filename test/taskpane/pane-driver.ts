/**
 * Driving the pane like a clerk: open it on a fake workbook, click tabs and buttons by their visible names (taken
 * from the message catalogue of the chosen language, so the test also proves the texts are in that language),
 * and look into the fake host (selection, sheets, highlight rules) to assert what Excel now holds.
 */
import JSZip from "jszip";
import type { BrowserContext, Page } from "playwright-core";
import type { CellValue } from "../../src/core/grid";
import { translator, type Lang, type Translate } from "../../src/i18n";
import type { FakeHostOptions, FakeWorkbookInit } from "../fake-office";
import type { PageSheet } from "./workbook";

export interface Pane {
  readonly page: Page;
  readonly t: Translate;
  readonly lang: Lang;
}

/** Records every text the progress panel shows (the panel may come and go between two polls). */
function recordProgress(): void {
  const w = window as unknown as { __progress: string[] };
  w.__progress = [];
  new MutationObserver(() => {
    const el = document.querySelector("[data-testid=progress-stage]");
    const text = el?.textContent ?? "";
    if (text && w.__progress[w.__progress.length - 1] !== text) w.__progress.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

export async function openPane(context: BrowserContext, origin: string, workbook: FakeWorkbookInit, lang: Lang, options: FakeHostOptions = {}): Promise<Pane> {
  const page = await context.newPage();
  await page.addInitScript((init) => {
    (window as unknown as { __FAKE_OFFICE_INIT__: unknown }).__FAKE_OFFICE_INIT__ = init;
  }, { workbook, options: { apiVersion: "1.12", ...options } });
  await page.addInitScript(recordProgress);
  await page.goto(`${origin}/taskpane.html`);
  return { page, t: translator(lang), lang };
}

export async function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __progress: string[] }).__progress.slice());
}

export async function tab(pane: Pane, id: "init" | "check" | "rank" | "generate" | "review"): Promise<void> {
  await pane.page.getByRole("tab", { name: pane.t(`taskpane.tab.${id}`) }).click();
}

export async function button(pane: Pane, key: string, params?: Record<string, string | number>): Promise<void> {
  await pane.page.getByRole("button", { name: pane.t(key, params), exact: true }).click();
}

/** Waits until no action runs (the progress panel is gone and the tab panel is not busy). */
export async function idle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => !document.querySelector("[data-testid=progress]") && document.querySelector("[role=tabpanel]")?.getAttribute("aria-busy") !== "true", undefined, { timeout });
}

interface FakeWindow {
  fakeOffice: {
    selection(): { sheet: string | null; address: string | null };
    sheetNames(): string[];
    values(address: string): CellValue[][];
    sheet(name: string): {
      conditionalFormats: Array<{ formula?: string }>;
      usedRect(valuesOnly: boolean): { r0: number; c0: number } | null;
      cell(r: number, c: number): { formula?: string } | undefined;
      visibility: string;
    };
  };
}

export async function selection(page: Page): Promise<{ sheet: string | null; address: string | null }> {
  return page.evaluate(() => (window as unknown as FakeWindow).fakeOffice.selection());
}

export async function sheetNames(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as FakeWindow).fakeOffice.sheetNames());
}

export async function sheetValues(page: Page, name: string): Promise<CellValue[][]> {
  return page.evaluate((n) => {
    const f = (window as unknown as FakeWindow).fakeOffice;
    return f.sheetNames().includes(n) ? f.values(n) : [];
  }, name);
}

export async function cellFormula(page: Page, name: string, r: number, c: number): Promise<string | null> {
  return page.evaluate(([n, row, col]) => (window as unknown as FakeWindow).fakeOffice.sheet(n as string).cell(row as number, col as number)?.formula ?? null, [name, r, c] as const);
}

/** The product's highlight rules on a sheet (custom rules tagged "thidua:"). */
export async function highlightRules(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => (window as unknown as FakeWindow).fakeOffice.sheet(n).conditionalFormats.filter((cf) => /thidua:/.test(cf.formula ?? "")).length, name);
}

/** Every sheet of the fake workbook as the core would read it. */
export async function readSheets(page: Page): Promise<PageSheet[]> {
  return page.evaluate(() => {
    const f = (window as unknown as FakeWindow).fakeOffice;
    return f.sheetNames().map((name) => {
      const used = f.sheet(name).usedRect(true);
      return { name, values: used ? f.values(name) : [], rowOffset: used?.r0 ?? 0, colOffset: used?.c0 ?? 0 };
    });
  });
}

/** A clerk types a value into a cell (one Excel.run from the page, like any edit). */
export async function typeInCell(page: Page, sheet: string, cell: string, value: string): Promise<void> {
  await page.evaluate(
    async ([s, c, v]) => {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(s).getRange(c).values = [[v]];
        await ctx.sync();
      });
    },
    [sheet, cell, value] as const,
  );
}

export async function zipEntries(bytes: Buffer): Promise<{ files: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
  return { files, zip };
}
