/**
 * The dossier summary's sentence for an empty dossier: with "approved proposals only", proposals left out for lack
 * of approval mean nothing has been approved yet — not that nobody qualifies (as `generate --approved-only` says).
 * Checked on the sample workbook's real proposals, and rendered (server-side, no browser) in both languages.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { checkWorkbook } from "../../src/core/check";
import { buildProposalSet, defaultDocumentDate, type ProposalSet } from "../../src/core/proposals";
import { rankWorkbook } from "../../src/core/rank";
import type { Manifest } from "../../src/docs";
import { CATALOGUES, type Lang } from "../../src/i18n";
import { readXlsxGrids } from "../../src/node/xlsx-reader";
import { DossierSummary } from "../../src/taskpane/components/dossier-summary";
import { LangProvider } from "../../src/taskpane/lang-context";
import { emptyDossierKey } from "../../src/taskpane/view/dossier-notes";
import { SAMPLE } from "./workbook";

const NO_FILES: Manifest = { year: 2025, ruleSet: "ND152-2025", fingerprint: "sha256:test", files: [] };

let approvedOnly: ProposalSet;
let all: ProposalSet;
beforeAll(async () => {
  const check = checkWorkbook(await readXlsxGrids(SAMPLE));
  const rank = rankWorkbook(check.data, check.fingerprint)!.result;
  const input = { data: check.data, rank, documentDate: defaultDocumentDate(check.data, rank.year) };
  // Proposals exist but none is approved yet (an empty Đề nghị review).
  approvedOnly = buildProposalSet({ ...input, approved: new Set<string>(), approvedOnly: true });
  all = buildProposalSet(input);
});

function html(set: ProposalSet, manifest: Manifest, lang: Lang): string {
  return renderToStaticMarkup(
    <LangProvider initial={lang}>
      <DossierSummary set={set} manifest={manifest} />
    </LangProvider>,
  );
}

/** The text React writes for a catalogue sentence (quotes escaped as in the markup). */
const escaped = (text: string): string => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("empty dossier", () => {
  test("the sample has proposals, and approved-only with nothing approved leaves them all out", () => {
    expect(all.counts.upward.length + all.counts.own.length).toBeGreaterThan(0);
    expect(all.notApproved).toBe(0);
    expect(approvedOnly.counts.upward.length + approvedOnly.counts.own.length + approvedOnly.adHoc.length).toBe(0);
    expect(approvedOnly.notApproved).toBeGreaterThan(0);
  });

  test("the key: nothing approved yet when proposals were left out, nobody qualifies otherwise, none when there are files", () => {
    expect(emptyDossierKey(approvedOnly, NO_FILES)).toBe("taskpane.generate.nothingApproved");
    expect(emptyDossierKey({ notApproved: 0 }, NO_FILES)).toBe("docs.generate.nothing");
    expect(emptyDossierKey(approvedOnly, { ...NO_FILES, files: [{ path: "01-to-trinh.docx", kind: "to-trinh", subjects: [] }] })).toBeNull();
  });

  test.each<Lang>(["vi", "en"])("the component says nothing was approved yet, not that nobody qualifies (%s)", (lang) => {
    const out = html(approvedOnly, NO_FILES, lang);
    expect(out).toContain(escaped(CATALOGUES[lang]["taskpane.generate.nothingApproved"]));
    expect(out).not.toContain(escaped(CATALOGUES[lang]["docs.generate.nothing"]));
    const none = html({ ...approvedOnly, notApproved: 0 }, NO_FILES, lang);
    expect(none).toContain(escaped(CATALOGUES[lang]["docs.generate.nothing"]));
    expect(none).not.toContain(escaped(CATALOGUES[lang]["taskpane.generate.nothingApproved"]));
  });
});
