import { prepareReview, readDateTime, dateTimeToSerial, serialToDateTime, type ReviewWrite } from "../../../src/core/review";
import { render } from "../../../src/i18n";
import { renderVi, t } from "./helpers";

const write = (over: Partial<ReviewWrite> = {}): ReviewWrite => ({
  id: "pane_x1-0001",
  subject: " cb001 ",
  title: "Chiến sĩ thi đua cơ sở",
  action: "approve",
  reviewer: " Nguyễn Thị Hà ",
  time: "2025-11-20T09:30:00",
  comment: "",
  stamp: "sha256:0123456789abcdef",
  ruleSet: "ND152-2025",
  ...over,
});

describe("one review", () => {
  test("approve: the row's review part and a log row with the same id", () => {
    const r = prepareReview(write(), renderVi);
    if (!r.ok) throw new Error("refused");
    expect(r.value).toMatchObject({
      key: "CB001|CSTDCS",
      review: { status: "APPROVED", statusText: "Đồng ý", reviewer: "Nguyễn Thị Hà", reviewedAt: "2025-11-20T09:30:00", comment: "" },
      stamp: "sha256:0123456789abcdef",
      log: { id: "pane_x1-0001", action: "Rà soát: Đồng ý", actor: "Nguyễn Thị Hà", target: "cb001 – CSTDCS", stamp: "sha256:0123456789abcdef", ruleSet: "ND152-2025" },
    });
  });

  test("return needs a comment; the refusal says what to do", () => {
    const r = prepareReview(write({ action: "return", comment: "  " }), renderVi);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(render(t, r.error)).toBe("Trả lại đề nghị cb001 – CSTDCS phải kèm Ý kiến: ghi rõ cần bổ sung hoặc sửa gì.");
    const ok = prepareReview(write({ action: "return", comment: "Thiếu biên bản" }), renderVi);
    expect(ok.ok && ok.value.log.target).toBe("cb001 – CSTDCS; ý kiến: Thiếu biên bản");
  });

  test.each<[Partial<ReviewWrite>, string]>([
    [{ reviewer: "" }, "review.error.reviewer"],
    [{ title: "Huân chương" }, "review.error.target"],
    [{ subject: "" }, "review.error.target"],
    [{ time: "20/11/2025" }, "review.error.time"],
  ])("refused: %p", (over, key) => {
    const r = prepareReview(write(over), renderVi);
    expect(r.ok ? null : r.error.key).toBe(key);
  });
});

describe("times", () => {
  test.each([
    ["20/11/2025 09:30", "2025-11-20T09:30:00"],
    ["5/1/2025 7:05:09", "2025-01-05T07:05:09"],
    ["2025-11-20 09:30:00", "2025-11-20T09:30:00"],
    ["2025-11-20T09:30:00.123Z", "2025-11-20T09:30:00"],
    ["20/11/2025", "2025-11-20T00:00:00"],
    ["31/02/2025 10:00", null],
    ["20/11/2025 25:00", null],
  ])("%s → %s", (text, iso) => {
    expect(readDateTime(text)).toBe(iso);
  });
  test("serial round trip to the second", () => {
    for (const iso of ["2025-11-20T09:30:00", "2024-02-29T23:59:59", "2000-01-01T00:00:01"]) expect(serialToDateTime(dateTimeToSerial(iso))).toBe(iso);
  });
});
