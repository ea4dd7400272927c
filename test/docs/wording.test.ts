import { count, dateParts, longDate, number, percent, pointsDiff, sentenceName } from "../../src/docs/wording/format-values";
import { legalBases } from "../../src/docs/wording/legal-bases";
import { movementPhrase, recipientLines, countLines } from "../../src/docs/fill/to-trinh";
import { fixture } from "./fixture";

describe("dates as NĐ 30 writes them", () => {
  test("days below 10 and months 1–2 take a leading zero, other months do not", () => {
    expect(dateParts("2026-01-05")).toEqual({ day: "05", month: "01", year: "2026" });
    expect(dateParts("2026-02-09")).toEqual({ day: "09", month: "02", year: "2026" });
    expect(dateParts("2026-03-10")).toEqual({ day: "10", month: "3", year: "2026" });
    expect(dateParts("2025-12-31")).toEqual({ day: "31", month: "12", year: "2025" });
    expect(longDate("2025-09-01")).toBe("ngày 01 tháng 9 năm 2025");
  });
});

test("numbers, percents, counts the Vietnamese way", () => {
  expect(number(1234567)).toBe("1.234.567");
  expect(number(186.5, 1)).toBe("186,5");
  expect(number(-1200)).toBe("-1.200");
  expect(percent(0.843)).toBe("84,3%");
  expect(percent(0.8)).toBe("80%");
  expect(percent(null)).toBe("……");
  expect(pointsDiff(0.843, 0.825)).toBe("+1,8 điểm %");
  expect(pointsDiff(0.8, 0.85)).toBe("-5 điểm %");
  expect(pointsDiff(0.8, null)).toBe("");
  expect(count(2)).toBe("02");
  expect(count(135)).toBe("135");
});

test("an agency typed in capitals reads as a name in a sentence", () => {
  expect(sentenceName("THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG", "Vĩnh Long")).toBe("Thi hành án dân sự tỉnh Vĩnh Long");
  expect(sentenceName("CỤC THI HÀNH ÁN DÂN SỰ THÀNH PHỐ CẦN THƠ", "")).toBe("Cục thi hành án dân sự thành phố Cần Thơ");
  expect(sentenceName("Thi hành án dân sự tỉnh Vĩnh Long", "x")).toBe("Thi hành án dân sự tỉnh Vĩnh Long");
});

describe("Tờ trình wording", () => {
  const { set } = fixture();

  test("legal bases follow the rule set, then the plan and the council minutes", () => {
    const lines = legalBases(set, "Thi hành án dân sự tỉnh Vĩnh Long");
    expect(lines[0]).toBe("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
    expect(lines.some((l) => l.includes("152/2025/NĐ-CP"))).toBe(true);
    expect(lines.at(-2)).toBe("Căn cứ Kế hoạch số 508/KH-CTHADS ngày 14/5/2021 của Cục Thi hành án dân sự tỉnh Bến Tre;");
    expect(lines.at(-1)).toBe("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Thi hành án dân sự tỉnh Vĩnh Long số 03/BB-HĐTĐKT ngày 12 tháng 01 năm 2026;");
    expect(legalBases({ ...set, ruleSet: "ND91-2017" }, "X").some((l) => l.includes("91/2017/NĐ-CP"))).toBe(true);
    expect(legalBases({ ...set, ruleSet: "ND91-2017" }, "X").some((l) => l.includes("152/2025"))).toBe(false);
  });

  test("counts per title: '- …: 01 tập thể;' and the last line ends with a full stop", () => {
    expect(countLines(set.counts.upward).map((l) => l.text)).toEqual([
      "- Danh hiệu “Cờ thi đua cấp Bộ, ngành, tỉnh”: 01 tập thể;",
      "- Danh hiệu “Chiến sĩ thi đua cấp Bộ, ngành, tỉnh”: 01 cá nhân;",
      "- Bằng khen cấp Bộ, ngành, tỉnh: 02 cá nhân;",
      "- Danh hiệu “Tập thể lao động xuất sắc”: 01 tập thể.",
    ]);
  });

  test("Nơi nhận: items '- …;' and the archive line last '- Lưu: VT, ….'", () => {
    expect(recipientLines(set).map((l) => [l.text, l.style])).toEqual([
      ["- Như trên;", "item"],
      ["- Cục Quản lý thi hành án dân sự;", "item"],
      ["- Lưu: VT, TCCB.", "item"],
    ]);
    const none = { ...set, agency: { ...set.agency, distribution: [] } };
    expect(recipientLines(none).map((l) => l.text)).toEqual(["- Như trên;", "- Lưu: VT, TCCB."]);
  });

  test("the movement is quoted once", () => {
    expect(movementPhrase("Đồng khởi mới")).toBe("phong trào thi đua “Đồng khởi mới”");
    expect(movementPhrase('"Đồng khởi mới" giai đoạn 2021 - 2025')).toBe("phong trào thi đua “Đồng khởi mới” giai đoạn 2021 - 2025");
    expect(movementPhrase("")).toBe("các phong trào thi đua");
  });
});
