/** `thidua demo [--out DIR]`: exit 0 on the bundled sample, the reports written, DIR replaced on each run. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DEMO_MARKER } from "../../src/cli/commands/demo";
import { thidua } from "./io";

jest.setTimeout(120_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "thidua-demo-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("writes the check and rank reports and the dossier of the sample, exit 0, in an empty folder, and replaces the folder on the next run", async () => {
  const out = path.join(dir, "demo");
  mkdirSync(out); // an empty folder is fine
  const first = await thidua("demo", "--out", out);
  expect([first.code, first.err]).toEqual([0, ""]);
  const files = readdirSync(out).sort();
  expect(files).toEqual(expect.arrayContaining([DEMO_MARKER, "check.json", "check.txt", "rank.json", "rank.txt", "ket-qua-xep-hang.xlsx", "ho-so"]));
  const check = JSON.parse(readFileSync(path.join(out, "check.json"), "utf8"));
  expect(check).toMatchObject({ file: "so-theo-doi-mau.xlsx", summary: { errors: 0, warnings: 0 } });
  const rank = JSON.parse(readFileSync(path.join(out, "rank.json"), "utf8"));
  expect(rank).toMatchObject({ year: 2025, ruleSet: "ND152-2025", fingerprint: check.fingerprint });
  expect(rank.units).toHaveLength(10);
  expect(rank.people).toHaveLength(150);
  expect(readFileSync(path.join(out, "check.txt"), "utf8")).toContain("150 cá nhân");
  const manifest = JSON.parse(readFileSync(path.join(out, "ho-so", "manifest.json"), "utf8"));
  expect(manifest).toMatchObject({ year: 2025, fingerprint: check.fingerprint });
  expect(manifest.files.length).toBeGreaterThan(0);
  for (const f of manifest.files as Array<{ path: string }>) expect(existsSync(path.join(out, "ho-so", f.path))).toBe(true);

  writeFileSync(path.join(out, "cu.txt"), "stale output of an older run");
  const second = await thidua("demo", "--out", out);
  expect([second.code, second.err]).toEqual([0, ""]);
  expect(existsSync(path.join(out, "cu.txt"))).toBe(false);
  expect(readdirSync(out).sort()).toEqual(files);
  expect(JSON.parse(readFileSync(path.join(out, "check.json"), "utf8")).fingerprint).toBe(check.fingerprint);
});

test("never deletes a folder holding files the demo did not write: exit 2, files kept", async () => {
  const other = path.join(dir, "tai-lieu");
  mkdirSync(other);
  writeFileSync(path.join(other, "so-theo-doi-2025.xlsx"), "the clerk's real workbook");
  const r = await thidua("demo", "--out", other);
  expect(r.code).toBe(2);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toContain(other);
  expect(readdirSync(other)).toEqual(["so-theo-doi-2025.xlsx"]);
});
