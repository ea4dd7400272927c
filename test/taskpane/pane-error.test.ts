/** What the error bar says for each kind of failure, and when it offers "Thử lại". */
import { TemplatePreflightError, UnfilledPlaceholderError } from "../../src/docs/errors";
import { ExcelApiUnsupportedError, ExcelHostError, ExcelSyncTimeoutError, SheetNotFoundError } from "../../src/excel/errors";
import { translator } from "../../src/i18n";
import { describeFailure, PaneError } from "../../src/taskpane/task/pane-error";
import { CancelledError } from "../../src/taskpane/task/task";

describe("describeFailure", () => {
  test("a cancel is not a failure", () => {
    expect(describeFailure(new CancelledError())).toBeNull();
  });

  test("an Excel hang says how long it waited and offers a retry", () => {
    const f = describeFailure(new ExcelSyncTimeoutError(30_000))!;
    expect(f.retryable).toBe(true);
    expect(translator("vi")(f.msg.key, f.msg.params)).toContain("30 giây");
  });

  test("Excel's own errors are retryable; a missing sheet and an old Excel are not", () => {
    expect(describeFailure(new ExcelHostError("ItemNotFound", "x", null))!.retryable).toBe(true);
    expect(describeFailure(new SheetNotFoundError("Cá nhân"))!.retryable).toBe(false);
    expect(describeFailure(new ExcelApiUnsupportedError())!.msg.key).toBe("excel.unsupported");
  });

  test("the pane's refusals and the documents' errors keep their keys; template problems are listed", () => {
    expect(describeFailure(new PaneError({ key: "taskpane.error.noYear" }))).toEqual({ msg: { key: "taskpane.error.noYear" }, details: [], retryable: false });
    const unfilled = describeFailure(new UnfilledPlaceholderError("01-to-trinh.docx", ["so"]))!;
    expect(unfilled.msg.key).toBe("docs.unfilled");
    const pre = describeFailure(new TemplatePreflightError([]))!;
    expect(pre.msg.key).toBe("docs.template.preflight");
    expect(pre.retryable).toBe(false);
  });

  test("anything else is said plainly, with its reason, in both languages", () => {
    const f = describeFailure(new TypeError("boom"))!;
    expect(f.msg).toEqual({ key: "taskpane.error.unexpected", params: { reason: "boom" } });
    expect(translator("vi")(f.msg.key, f.msg.params)).toContain("boom");
    expect(translator("en")(f.msg.key, f.msg.params)).toContain("boom");
  });
});
