import { buildProposalSet, defaultDocumentDate, unitNameInYear, voteThreshold } from "../../../src/core/proposals";
import type { Unit } from "../../../src/core/model";
import { fixture, fixtureGrids, NAMES } from "../../docs/fixture";
import { checkWorkbook } from "../../../src/core/check";

const pairs = (ps: ReadonlyArray<{ subject: string; title: string }>) => ps.map((p) => `${p.subject}:${p.title}`);

describe("who is proposed", () => {
  const { set } = fixture();

  test("eligible titles above the agency's power go upward, units first, by title level", () => {
    expect(pairs(set.upward)).toEqual(["KV01:CO_BO", "KV01:TTLDXS", "CB001:CSTD_BO", "CB001:BK_BO", "CB002:BK_BO"]);
    expect(set.upward.every((p) => p.scope === "upward")).toBe(true);
  });

  test("the agency's own titles (LDTT, CSTDCS, TTLDTT) go to the minutes and the second list", () => {
    expect(pairs(set.own)).toEqual([
      "KV01:TTLDTT",
      "KV02:TTLDTT",
      "CB001:CSTDCS",
      "CB002:CSTDCS",
      "CB001:LDTT",
      "CB002:LDTT",
      "CB003:LDTT",
      "CB004:LDTT",
      "CB005:LDTT",
      "CB006:LDTT",
    ]);
  });

  test("not-eligible, hold and pending decisions are never proposed; pending ones are listed", () => {
    const all = pairs([...set.upward, ...set.own]);
    expect(all).not.toContain("KV01:BK_BO"); // not-eligible
    expect(all).not.toContain("VP:TTLDTT"); // hold
    expect(all).not.toContain("CB004:CSTDCS"); // pending
    expect(pairs(set.pending)).toEqual(["KV02:TTLDXS", "CB004:CSTDCS"]);
    expect(set.pending[1].missing.map((m) => m.key)).toEqual(["docs.test.noVote"]);
  });

  test("ad-hoc proposals come from Thành tích rows of year Y with a form proposed", () => {
    expect(set.adHoc.map((a) => [a.subject, a.title, a.date, a.source])).toEqual([["CB003", "GIAY_KHEN", "2025-08-18", "Thành tích!C2"]]);
  });

  test("counts per title split people and units", () => {
    expect(set.counts.upward).toEqual([
      { title: "CO_BO", persons: 0, units: 1 },
      { title: "CSTD_BO", persons: 1, units: 0 },
      { title: "BK_BO", persons: 2, units: 0 },
      { title: "TTLDXS", persons: 0, units: 1 },
    ]);
    expect(set.counts.own.find((c) => c.title === "LDTT")).toEqual({ title: "LDTT", persons: 6, units: 0 });
  });
});

describe("names valid in year Y", () => {
  const unit = (oldNameUntil: string | null): Unit =>
    ({ code: "KV01", name: "Phòng THADS khu vực 1", oldName: "Chi cục THADS huyện Châu Thành", oldNameUntil, kind: "", cluster: "", headcount: null }) as unknown as Unit;

  test("the old name holds for a year whose 31/12 is on or before its last day", () => {
    expect(unitNameInYear(unit("2025-06-30"), 2024)).toBe("Chi cục THADS huyện Châu Thành");
    expect(unitNameInYear(unit("2025-06-30"), 2025)).toBe("Phòng THADS khu vực 1");
    expect(unitNameInYear(unit("2024-12-31"), 2024)).toBe("Chi cục THADS huyện Châu Thành");
    expect(unitNameInYear(unit("2024-12-30"), 2024)).toBe("Phòng THADS khu vực 1");
    expect(unitNameInYear(unit(null), 2020)).toBe("Phòng THADS khu vực 1");
  });

  test("documents about 2024 print the 2024 name of the unit and of a person's unit", () => {
    const y2025 = fixture().set;
    expect(y2025.subjects.KV01.name).toBe(NAMES.KV01_2025);
    expect(y2025.subjects.CB001.unitName).toBe(NAMES.KV01_2025);
    const y2024 = fixture({ year: 2024 }).set;
    expect(y2024.subjects.KV01.name).toBe(NAMES.KV01_2024);
    expect(y2024.subjects.CB001.unitName).toBe(NAMES.KV01_2024);
    expect(y2024.subjects.CB001.name).toBe(NAMES.CB001);
  });
});

describe("grounds, history, results", () => {
  const { set } = fixture();
  const cstdBo = set.upward.find((p) => p.subject === "CB001" && p.title === "CSTD_BO")!;

  test("CSTD_BO grounds: ratings of Y−2…Y, CSTDCS recorded and decided, initiatives of the window", () => {
    expect(cstdBo.grounds.ratings.map((r) => [r.year, r.rating, r.decisionNo])).toEqual([
      [2023, "HTXSNV", "23/QĐ-THADS"],
      [2024, "HTXSNV", "24/QĐ-THADS"],
      [2025, "HTXSNV", ""],
    ]);
    expect(cstdBo.grounds.titles.map((t) => [t.year, t.title, t.decided])).toEqual([
      [2023, "CSTDCS", false],
      [2024, "CSTDCS", false],
      [2025, "CSTDCS", true],
      [2025, "LDTT", true],
    ]);
    expect(cstdBo.grounds.initiatives.map((i) => [i.code, i.decisionNo])).toEqual([
      ["SK01", "125/QĐ-BTP"],
      ["SK02", "45/QĐ-THADS"],
    ]);
  });

  test("a higher title decided this year is not grounds for a lower one", () => {
    const ttldxs = set.upward.find((p) => p.subject === "KV01" && p.title === "TTLDXS")!;
    expect(ttldxs.grounds.titles.map((t) => t.title)).toEqual(["TTLDTT"]);
  });

  test("award history: emulation titles apart from forms; revoked awards left out", () => {
    const h = set.history.CB001;
    expect(h.titles.map((a) => [a.year, a.title])).toEqual([
      [2023, "CSTDCS"],
      [2024, "CSTDCS"],
    ]);
    expect(h.forms.map((a) => [a.year, a.title, a.kind])).toEqual([[2022, "GIAY_KHEN", "DOT_XUAT"]]);
    expect(set.history.KV01.titles.map((a) => a.title)).toEqual(["TTLDXS"]);
    expect(set.history.KV01.forms.map((a) => a.title)).toEqual(["BK_BO"]);
  });

  test("results vs targets: rate = done / able, last year's rate, ranking facts", () => {
    const r = set.results.KV01;
    expect(r.viec?.rate).toBeCloseTo(1096 / 1300, 10);
    expect(r.viec?.previousRate).toBeCloseTo(990 / 1200, 10);
    expect(r.viec?.target).toBeCloseTo(0.825, 10);
    expect(r.viec?.met).toBe(true);
    expect(r.tien?.met).toBe(true);
    expect(r.carryOver).toBe(380);
    expect(r.previousCarryOver).toBe(420);
    expect([r.score, r.class, r.clusterRank]).toEqual([186.5, "A", 1]);
    const kv02 = set.results.KV02;
    expect(kv02.viec?.met).toBe(false);
    expect(kv02.viec?.previousRate).toBeNull();
  });
});

describe("council minutes", () => {
  const { set } = fixture();
  const c = set.council;

  test("members total / present / absent with written opinions", () => {
    expect([c.members, c.present, c.absent, c.writtenAbsent]).toEqual([10, 9, 1, 1]);
    expect(c.minutesNo).toBe("03/BB-HĐTĐKT");
    expect(c.meetingDate).toBe("2026-01-12");
  });

  test("share of ALL members against the title's threshold, boundaries included", () => {
    const row = (s: string, t: string) => c.candidates.find((x) => x.subject === s && x.title === t)!;
    expect([row("CB002", "CSTDCS").share, row("CB002", "CSTDCS").threshold, row("CB002", "CSTDCS").passed]).toEqual([0.8, 0.8, true]);
    expect([row("CB006", "CSTDCS").share, row("CB006", "CSTDCS").passed]).toEqual([0.7, false]);
    expect([row("CB001", "CSTD_BO").threshold, row("CB001", "CSTD_BO").passed]).toEqual([0.9, true]);
    expect(c.candidates.map((x) => `${x.subject}:${x.title}`)).toEqual(["KV01:CO_BO", "CB001:CSTD_BO", "CB001:CSTDCS", "CB002:CSTDCS", "CB006:CSTDCS"]);
  });

  test("proposalThresholds replaces the threshold of titles proposed upwards only", () => {
    const p = { cstdcsVote: 0.8, cstdBoVote: 0.9, proposalThresholds: 0.85 };
    expect(voteThreshold("CSTD_BO", p)).toBe(0.85);
    expect(voteThreshold("CSTDCS", p)).toBe(0.8);
    expect(voteThreshold("BK_BO", p)).toBeNull();
    expect(voteThreshold("CSTD_BO", { ...p, proposalThresholds: null })).toBe(0.9);
  });
});

describe("C3 warnings", () => {
  test("a missing HTXSNV decision number is reported once per subject and year", () => {
    const { set } = fixture();
    expect(set.warnings.map((w) => [w.subject, w.message.key, w.message.params?.year])).toEqual([["CB001", "docs.warn.htxsnvDecision", 2025]]);
  });

  test("without the minutes number, CSTD_* / CO_* proposals are flagged", () => {
    const { set } = fixture({ without: ["Biên bản họp Hội đồng số"] });
    const w = set.warnings.find((x) => x.message.key === "docs.warn.minutes");
    expect(w?.message.params).toEqual({ count: 2 });
  });

  test("a CSTDCS needs the initiative decision or the HTXSNV decision: flagged only when both lack", () => {
    const { check, rank } = fixture();
    const people = rank.people.map((p) => (p.code === "CB003" ? { ...p, decisions: [...p.decisions, { title: "CSTDCS" as const, status: "eligible" as const, reasons: [], nearMiss: [] }] } : p));
    const set = buildProposalSet({ data: check.data, rank: { ...rank, people }, documentDate: "2026-02-05" });
    expect(set.warnings.filter((w) => w.title === "CSTDCS").map((w) => [w.subject, w.message.key])).toEqual([["CB003", "docs.warn.cstdcsEvidence"]]);
  });

  test("the rules' own C3 warnings are kept and the same fact is not repeated", () => {
    const { check, rank } = fixture();
    const people = rank.people.map((p) =>
      p.code === "CB001"
        ? { ...p, decisions: p.decisions.map((d) => (d.title === "BK_BO" ? { ...d, reasons: [{ rule: "R6", outcome: "pass" as const, text: { key: "x" }, cells: [], source: "", warnings: [{ key: "rules.warn.C3.ratingDecision", params: { year: 2025 } }] }] } : d)) }
        : p,
    );
    const set = buildProposalSet({ data: check.data, rank: { ...rank, people }, documentDate: "2026-02-05" });
    // The stand-in check would also flag CB001's 2025 rating (see above): the rules' wording wins, once.
    const cb001 = set.warnings.filter((w) => w.subject === "CB001").map((w) => w.message.key);
    expect(cb001).toEqual(["rules.warn.C3.ratingDecision"]);
  });
});

describe("review state and --approved-only", () => {
  test("every proposal knows whether it is approved; approvedOnly keeps only those", () => {
    const approved = new Set(["cb001|CSTD_BO", "KV01|co_bo", "CB003|GIAY_KHEN"]);
    const all = fixture({}, { approved }).set;
    expect(all.upward.find((p) => p.subject === "CB001" && p.title === "CSTD_BO")?.review).toBe("approved");
    expect(all.upward.find((p) => p.subject === "CB002")?.review).toBe("not-approved");
    expect(all.notApproved).toBe(0);
    const only = fixture({}, { approved, approvedOnly: true }).set;
    expect(pairs(only.upward)).toEqual(["KV01:CO_BO", "CB001:CSTD_BO"]);
    expect(only.own).toEqual([]);
    expect(pairs(only.adHoc)).toEqual(["CB003:GIAY_KHEN"]);
    expect(only.notApproved).toBe(all.upward.length + all.own.length - 2);
    expect(only.council.candidates.map((c) => `${c.subject}:${c.title}`)).toEqual(["KV01:CO_BO", "CB001:CSTD_BO"]);
  });

  test("without a list nothing is approved, and approvedOnly proposes nothing", () => {
    expect(fixture().set.upward.every((p) => p.review === "unknown")).toBe(true);
    expect(fixture({}, { approvedOnly: true }).set.upward).toEqual([]);
  });
});

test("codes typed in another case name the same subject (workbook.md: codes compare ignoring case)", () => {
  const g = fixtureGrids();
  const lower = (name: string, col: number, code: string) => {
    const sheet = g.sheets.find((x) => x.name === name)!;
    return { ...sheet, values: sheet.values.map((r) => (r[col] === code ? r.map((v, i) => (i === col ? code.toLowerCase() : v)) : r)) };
  };
  const grids = { sheets: g.sheets.map((x) => (x.name === "Thành tích" ? lower("Thành tích", 1, "CB003") : x.name === "Bình xét" ? lower("Bình xét", 1, "CB006") : x)) };
  const check = checkWorkbook(grids);
  const { rank } = fixture();
  const set = buildProposalSet({ data: check.data, rank: { ...rank, fingerprint: check.fingerprint }, documentDate: "2026-02-05" });
  expect(set.adHoc.map((a) => a.subject)).toEqual(["CB003"]);
  expect(set.council.candidates.find((c) => c.title === "CSTDCS" && c.votesFor === 7)?.subject).toBe("CB006");
  expect(set.subjects.CB003.name).toBe(NAMES.CB003);
  expect(Object.keys(set.subjects).filter((k) => k !== k.toUpperCase())).toEqual([]);
});

test("the document date: Ngày tờ trình, else Ngày xét, else 31/12 of Y", () => {
  expect(defaultDocumentDate(checkWorkbook(fixtureGrids()).data, 2025)).toBe("2026-02-05");
  expect(defaultDocumentDate(checkWorkbook(fixtureGrids({ without: ["Ngày tờ trình"], settings: [["Ngày xét", "20/01/2026"]] })).data, 2025)).toBe("2026-01-20");
  expect(defaultDocumentDate(checkWorkbook(fixtureGrids({ without: ["Ngày tờ trình"] })).data, 2025)).toBe("2025-12-31");
});
