/** The file travels to the download dialog as base64 pieces and arrives byte for byte. */
import fc from "fast-check";
import { dialogUrl } from "../../src/taskpane/download/dialog-fallback";
import { fromBase64, parseMessage, PIECE_CHARS, splitPieces, toBase64 } from "../../src/taskpane/download/dialog-protocol";

describe("download dialog protocol", () => {
  test("bytes → base64 → pieces → joined → bytes is the identity", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100_000 }), fc.integer({ min: 1, max: 50_000 }), (bytes, size) => {
        const pieces = splitPieces(toBase64(bytes), size);
        expect(pieces.every((p) => p.length <= size)).toBe(true);
        expect(Buffer.from(fromBase64(pieces.join(""))).equals(Buffer.from(bytes))).toBe(true);
        expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      }),
      { numRuns: 40 },
    );
  });

  test("pieces stay under the message limit; an empty file is one empty piece", () => {
    expect(splitPieces("")).toEqual([""]);
    expect(splitPieces("x".repeat(PIECE_CHARS * 2 + 1)).map((p) => p.length)).toEqual([PIECE_CHARS, PIECE_CHARS, 1]);
  });

  test("messages that are not ours are ignored", () => {
    expect(parseMessage("not json")).toBeNull();
    expect(parseMessage("42")).toBeNull();
    expect(parseMessage('{"kind":"x"}')).toBeNull();
    expect(parseMessage('{"type":"ready"}')).toEqual({ type: "ready" });
  });

  test("the dialog page sits next to the pane's page and gets the language", () => {
    expect(dialogUrl("en", "https://example.gov.vn/thidua/taskpane.html")).toBe("https://example.gov.vn/thidua/download.html?lang=en");
  });
});
