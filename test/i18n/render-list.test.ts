/** Several messages on one line read as one list, not as "a.; b.". */
import { renderList, translator } from "../../src/i18n";

test("messages joined on one line lose their own full stops", () => {
  const t = translator("vi");
  const line = renderList(t, [
    { key: "ranking.r16.unranked", params: { cluster: "Khối thi đua số 1" } },
    { key: "ranking.r16.first", params: { cluster: "Khối thi đua số 1", size: 4 } },
  ]);
  expect(line).toBe("đứng đầu Khối thi đua số 1 nhưng chưa có điểm hoặc loại nên chưa xếp hạng được; xếp thứ 1/4 trong Khối thi đua số 1");
  expect(line).not.toContain(".;");
  expect(renderList(t, [])).toBe("");
  // codes and numbers at the start stay as they are
  expect(renderList(translator("en"), [{ key: "ranking.r19.noRating", params: { year: 2025 } }])).toBe("2025: no unit rating and no TTLDXS recorded");
  expect(renderList(t, [{ key: "ranking.r19.noRating", params: { year: 2025 } }])).toBe("năm 2025: chưa có xếp loại của đơn vị và chưa ghi nhận TTLĐXS");
});
