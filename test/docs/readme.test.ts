import { readFileSync } from "node:fs";
import * as path from "node:path";
import { PLACEHOLDERS } from "../../src/docs/placeholders";

const ROOT = path.join(__dirname, "../..");
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const PLACEHOLDER_DOC = readFileSync(path.join(ROOT, "docs/mau-van-ban.md"), "utf8");

test("the placeholder reference lists every placeholder of every template, and only those", () => {
  const known = new Set(Object.values(PLACEHOLDERS).flatMap((list) => list.map((p) => p.name)));
  for (const name of known) expect([name, PLACEHOLDER_DOC.includes(`\`{{${name}}}\``)]).toEqual([name, true]);
  const listed = [...PLACEHOLDER_DOC.matchAll(/`\{\{([a-z_.]+)\}\}`/g)].map((m) => m[1]);
  for (const name of listed) expect([name, known.has(name)]).toEqual([name, true]);
});

test("the README shows the rendered Tờ trình (a PNG made by the preview script)", () => {
  const ref = /!\[[^\]]*\]\((docs\/img\/to-trinh\.png)\)/.exec(README);
  expect(ref).not.toBeNull();
  const png = readFileSync(path.join(ROOT, ref![1]));
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // Portrait A4 page: taller than wide.
  expect(png.readUInt32BE(20)).toBeGreaterThan(png.readUInt32BE(16));
});
