/**
 * The documents benchmark compares like with like: docxtemplater, filling the equivalent template made from each of
 * our default templates with the same values, writes the same text as our generator (sample workbook's dossier).
 */
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import { buildProposalSet, defaultDocumentDate } from "../../src/core/proposals";
import { rankWorkbook } from "../../src/core/rank";
import { defaultTemplateSet, planDossier } from "../../src/docs";
import { DOCUMENT_KINDS } from "../../src/docs/kinds";
import { fillTemplate } from "../../src/docs/package/fill";
import { docxParagraphs } from "../../src/docs/package/read-text";
import { docxtemplaterTemplate, fillWithDocxtemplater, toDocxtemplaterXml } from "../../src/bench/docxtemplater-peer";
import { buildSample } from "../../src/tools/sample/vinh-long";

async function textOf(docx: Uint8Array): Promise<string> {
  return (await docxParagraphs(await JSZip.loadAsync(docx))).map((p) => p.text).join("\n");
}

describe("docxtemplater peer", () => {
  test("rows become loops, nested groups nest, blocks become raw XML, other placeholders stay", () => {
    const row = (text: string) => `<w:tr><w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc></w:tr>`;
    const xml = `<w:p><w:r><w:t>{{ngay}}</w:t></w:r></w:p><w:p><w:r><w:t>{{can_cu}}</w:t></w:r></w:p><w:tbl>${row("{{nhom.tieu_de}}")}${row("{{nhom.dong.ten}}")}</w:tbl><w:tbl>${row("{{danh_hieu.nam}}")}</w:tbl>`;
    const out = toDocxtemplaterXml(xml, new Set(["can_cu"]));
    expect(out).toContain("<w:t>{{ngay}}</w:t>");
    expect(out).toContain("<w:t>{{@can_cu}}</w:t>");
    expect(out).toContain("<w:t>{{#nhom}}{{tieu_de}}</w:t>");
    expect(out).toContain("<w:t>{{#dong}}{{ten}}{{/dong}}{{/nhom}}</w:t>");
    expect(out).toContain("<w:t>{{#danh_hieu}}{{nam}}{{/danh_hieu}}</w:t>");
  });

  test("every kind of the sample dossier reads as the same text from both generators", async () => {
    const grids = { sheets: buildSample().sheets.map((s) => ({ name: s.name, values: s.values })) };
    const check = checkWorkbook(grids);
    const rank = rankWorkbook(check.data, check.fingerprint);
    if (!rank) throw new Error("sample without a year");
    const set = buildProposalSet({ data: check.data, rank: rank.result, documentDate: defaultDocumentDate(check.data, rank.result.year) });
    const templates = await defaultTemplateSet();
    const firstOfKind = new Map(planDossier(set).reverse().map((d) => [d.kind, d]));
    expect([...firstOfKind.keys()].sort()).toEqual([...DOCUMENT_KINDS].sort());
    for (const d of firstOfKind.values()) {
      const values = d.values();
      const ours = await textOf(await fillTemplate(templates[d.kind].data, values, { file: d.path, title: d.title }));
      const peer = await textOf(fillWithDocxtemplater(d.kind, docxtemplaterTemplate(d.kind, templates[d.kind].data as Uint8Array), values));
      expect({ kind: d.kind, text: peer }).toEqual({ kind: d.kind, text: ours });
      expect(ours).not.toMatch(/\{\{/);
    }
  });
});
