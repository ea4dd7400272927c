/**
 * Renders page 1 of the documents generated from the bundled sample to PNG for the README
 * (`npm run preview`): generate → LibreOffice headless (private profile) → PDF → pdftoppm → docs/img/*.png.
 */
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../core/check";
import { buildProposalSet, defaultDocumentDate } from "../core/proposals";
import { rankWorkbook } from "../core/rank";
import { generateDossier } from "../docs/generate";
import { loadTemplates } from "../node/dossier-templates";
import { packageRoot, samplePath } from "../node/paths";
import { readXlsxGrids } from "../node/xlsx-reader";

/** Which documents to show, and the PNG each becomes. */
const PAGES: ReadonlyArray<{ readonly doc: string; readonly png: string }> = [
  { doc: "01-to-trinh.docx", png: "to-trinh.png" },
  { doc: "02-danh-sach-de-nghi.docx", png: "danh-sach.png" },
];

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? path.join(packageRoot(), "docs", "img"));
  const check = checkWorkbook(await readXlsxGrids(samplePath()));
  const rank = rankWorkbook(check.data, check.fingerprint);
  if (!rank) throw new Error("the sample has no evaluation year");
  const set = buildProposalSet({ data: check.data, rank: rank.result, documentDate: defaultDocumentDate(check.data, rank.result.year) });
  const dossier = await generateDossier(set, (await loadTemplates()).templates);
  const work = await fs.mkdtemp(path.join(os.tmpdir(), "thidua-preview-"));
  try {
    const files: string[] = [];
    for (const p of PAGES) {
      const f = dossier.files.find((x) => x.path === p.doc);
      if (!f) throw new Error(`the sample's dossier has no ${p.doc}`);
      files.push(path.join(work, p.doc));
      await fs.writeFile(files[files.length - 1], f.data);
    }
    const profile = path.join(work, "profile");
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, ...files], { stdio: "pipe" });
    await fs.mkdir(outDir, { recursive: true });
    for (const p of PAGES) {
      const pdf = path.join(work, p.doc.replace(/\.docx$/, ".pdf"));
      const stem = path.join(work, path.basename(p.png, ".png"));
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, stem], { stdio: "pipe" });
      await fs.copyFile(`${stem}.png`, path.join(outDir, p.png));
      process.stdout.write(`${path.join(outDir, p.png)}\n`);
    }
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
