/** Several messages on one line read as one list, not as "a.; b.". */
import { renderList, translator } from "../../src/i18n";

test("messages joined on one line lose their own full stops", () => {
  const t = translator("vi");
  const line = renderList(t, [
    { key: "ranking.r16.unranked", params: { cluster: "Khối thi đua số 1" } },
    { key: "ranking.r16.first", params: { cluster: "Khối thi đua số 1", size: 4 } },
  ]);
  expect(line).toBe("Đứng đầu Khối thi đua số 1 nhưng chưa có điểm hoặc loại nên chưa xếp hạng được; Xếp thứ 1/4 trong Khối thi đua số 1");
  expect(line).not.toContain(".;");
  expect(renderList(t, [])).toBe("");
});
