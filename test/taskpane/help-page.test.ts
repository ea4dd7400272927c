/**
 * How webpack.config.js renders the user guide (docs/huong-dan-su-dung.md) into help.html: GitHub-style heading
 * ids, links to repository files unlinked, raw HTML shown as text, and an image that would not be on the server
 * failing the build. marked is ESM-only, so renderGuide runs in a plain Node child process (jest's CommonJS
 * runtime cannot import it). The built page itself is checked in test/excel/manifest.test.ts (production build)
 * and in the browser in taskpane.browser.test.ts.
 */
import { spawnSync } from "child_process";
import path from "path";

const ROOT = path.resolve(__dirname, "../..");

interface Rendered {
  readonly html?: string;
  readonly headings?: ReadonlyArray<{ depth: number; id: string; text: string }>;
  readonly images?: ReadonlyArray<string>;
  readonly error?: string;
}

function render(markdown: string): Rendered {
  const script = `require(${JSON.stringify(path.join(ROOT, "webpack.config.js"))}).renderGuide(process.argv[1])
    .then((r) => process.stdout.write(JSON.stringify(r)), (e) => process.stdout.write(JSON.stringify({ error: e.message })));`;
  const r = spawnSync(process.execPath, ["-e", script, markdown], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
  if (r.status !== 0) throw new Error(`renderGuide failed to run: ${r.stderr}`);
  return JSON.parse(r.stdout) as Rendered;
}

describe("the user guide as help.html", () => {
  test("headings get GitHub's anchors (Vietnamese letters kept, punctuation dropped, repeats numbered)", () => {
    const r = render("# Hướng dẫn\n\n## 1. Cài đặt\n\n### Khởi tạo — thêm `sheet`\n\n## 1. Cài đặt\n");
    expect(r.html).toContain('<h1 id="hướng-dẫn">Hướng dẫn</h1>');
    expect(r.html).toContain('<h2 id="1-cài-đặt">1. Cài đặt</h2>');
    expect(r.html).toContain('<h3 id="khởi-tạo--thêm-sheet">Khởi tạo — thêm <code>sheet</code></h3>');
    expect(r.html).toContain('<h2 id="1-cài-đặt-1">1. Cài đặt</h2>');
    expect(r.headings).toEqual([
      { depth: 2, id: "1-cài-đặt", text: "1. Cài đặt" },
      { depth: 3, id: "khởi-tạo--thêm-sheet", text: "Khởi tạo — thêm sheet" },
      { depth: 2, id: "1-cài-đặt-1", text: "1. Cài đặt" },
    ]);
  });

  test("links to repository files become their text; anchors, the guide itself, web addresses and published images stay", () => {
    const r = render(
      [
        "See [the README](../README.md#install-in-excel), [templates](mau-van-ban.md), **[code](../src/core/check.ts)**,",
        "[a section](#1-cài-đặt), [this guide](huong-dan-su-dung.md#2-công-việc), [Microsoft](https://learn.microsoft.com/office/),",
        "[mail](mailto:it@example.gov.vn), [a screenshot](img/taskpane-kiem-tra.png), [bad](javascript:alert(1)).",
      ].join("\n"),
    );
    expect(r.html).toContain("See the README, templates, <strong>code</strong>,");
    expect(r.html).toContain('<a href="#1-cài-đặt">a section</a>');
    expect(r.html).toContain('<a href="#2-công-việc">this guide</a>');
    expect(r.html).toContain('<a href="https://learn.microsoft.com/office/">Microsoft</a>');
    expect(r.html).toContain('<a href="mailto:it@example.gov.vn">mail</a>');
    expect(r.html).toContain('<a href="img/taskpane-kiem-tra.png">a screenshot</a>');
    expect(r.html).toContain(", bad.");
    expect(r.html).not.toMatch(/\.md|\.\.\/|javascript:/);
  });

  test("raw HTML is shown as text, so the page stays free of scripts and handlers", () => {
    const r = render('Text <b onclick="x()">b</b>\n\n<script>alert(1)</script>\n');
    expect(r.html).not.toMatch(/<script|<b /);
    expect(r.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("published screenshots are listed; any other image fails the build instead of being broken on the server", () => {
    const ok = render("![Kiểm tra](img/taskpane-kiem-tra.png)\n");
    expect(ok.html).toContain('<img src="img/taskpane-kiem-tra.png" alt="Kiểm tra" loading="lazy">');
    expect(ok.images).toEqual(["taskpane-kiem-tra.png"]);
    const bad = render("![a](img/taskpane-nope.png)\n\n![b](img/to-trinh.png)\n\n![c](../assets/icon-32.png)\n");
    expect(bad.error).toContain('"img/taskpane-nope.png", "img/to-trinh.png", "../assets/icon-32.png" would be broken on the server');
  });
});
