/**
 * The pane's texts: every key the pane uses exists in Vietnamese and English, both catalogues have the same keys
 * and the same {{parameters}}, and no user-facing text is written inline in the pane's components.
 */
import fs from "fs";
import path from "path";
import { CATALOGUES } from "../../src/i18n";
import { taskpane } from "../../src/i18n/messages/taskpane";
import { TABS } from "../../src/taskpane/app";
import { REVIEW_VIEWS } from "../../src/taskpane/view/review-rows";

const SRC = path.resolve(__dirname, "../../src/taskpane");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const sources = files(SRC).filter((f) => /\.(ts|tsx)$/.test(f));
const params = (text: string) => [...text.matchAll(/\{\{\s*([A-Za-z]+)/g)].map((m) => m[1]).sort();

describe("task pane messages", () => {
  test("vi and en have the same keys and the same parameters", () => {
    expect(Object.keys(taskpane.en).sort()).toEqual(Object.keys(taskpane.vi).sort());
    for (const [key, vi] of Object.entries(taskpane.vi)) expect([key, params((taskpane.en as Record<string, string>)[key])]).toEqual([key, params(vi)]);
  });

  test("every key the pane names is defined in both languages", () => {
    const used = new Set<string>();
    for (const f of sources) {
      for (const m of fs.readFileSync(f, "utf8").matchAll(/"((?:taskpane|excel|cli|check|checkSheet|severity|ranking|review|docs)\.[A-Za-z0-9_.-]+)"/g)) used.add(m[1]);
    }
    // Keys built from a prefix and a value.
    for (const id of TABS) used.add(`taskpane.tab.${id}`);
    for (const v of REVIEW_VIEWS) used.add(`taskpane.review.view.${v}`);
    for (const s of ["PENDING", "APPROVED", "RETURNED"]) used.add(`taskpane.review.state.${s}`);
    for (const o of ["pass", "fail", "missing"]) used.add(`taskpane.outcome.${o}`);
    for (const a of ["approve", "return", "reset"]) used.add(`taskpane.review.done.${a}`);
    expect(used.size).toBeGreaterThan(100);
    const missing = [...used].filter((k) => !(k in CATALOGUES.vi) || !(k in CATALOGUES.en));
    expect(missing).toEqual([]);
  });

  test("every message of the pane's catalogue is used", () => {
    const text = sources.map((f) => fs.readFileSync(f, "utf8")).join("\n");
    const prefixes = ["taskpane.tab.", "taskpane.review.view.", "taskpane.review.state.", "taskpane.outcome.", "taskpane.review.done.", "taskpane.lang."];
    const unused = Object.keys(taskpane.vi).filter((k) => !text.includes(`"${k}"`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  test("no Vietnamese or English sentence is written inline in the components", () => {
    const offenders: string[] = [];
    for (const f of sources.filter((s) => s.endsWith(".tsx"))) {
      const body = fs.readFileSync(f, "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      // Text between JSX tags that contains letters (not an expression), e.g. <b>Kiểm tra</b>.
      for (const m of body.matchAll(/>\s*([^<>{}\n]*[A-Za-zÀ-ỹ]{2,}[^<>{}\n]*)\s*</g)) {
        const s = m[1].trim();
        // Comparisons and arrows in code ("length > LISTED && (") are not text.
        if (/[&|()=]/.test(s) || /^(VI|EN)$/.test(s)) continue;
        offenders.push(`${path.relative(SRC, f)}: ${s}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
