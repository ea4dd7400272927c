import { localIsoTime, newClientId, normaliseReviewerName, reviewerNameStore, sessionIds, REVIEWER_NAME_KEY, type KeyValueStorage } from "../../src/excel/review-identity";

function storage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

describe("the reviewer's name, remembered on this computer", () => {
  test("asked once: empty until set, then remembered across stores on the same storage", () => {
    const s = storage();
    const a = reviewerNameStore(s);
    expect(a.persistent).toBe(true);
    expect(a.get()).toBeNull();
    expect(a.set("  Nguyễn   Thị Hà ")).toBe("Nguyễn Thị Hà");
    expect(s.map.get(REVIEWER_NAME_KEY)).toBe("Nguyễn Thị Hà");
    expect(reviewerNameStore(s).get()).toBe("Nguyễn Thị Hà");
    a.clear();
    expect(reviewerNameStore(s).get()).toBeNull();
  });

  test("an empty name is not stored; NFD input is stored as NFC; long names are cut", () => {
    const s = storage();
    const a = reviewerNameStore(s);
    expect(a.set("   ")).toBeNull();
    expect(s.map.size).toBe(0);
    expect(a.set("Lê Minh".normalize("NFD"))).toBe("Lê Minh".normalize("NFC"));
    expect(normaliseReviewerName("x".repeat(100))).toHaveLength(60);
  });

  test("storage that throws (private browsing) does not break the pane: the name lasts the session", () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    };
    const a = reviewerNameStore(broken);
    expect(a.get()).toBeNull();
    expect(a.set("Hà")).toBe("Hà");
    const memory = reviewerNameStore(null);
    expect(memory.persistent).toBe(false);
    memory.set("Hà");
    expect(memory.get()).toBe("Hà");
  });
});

describe("client ids and times", () => {
  test("client ids are random, and log ids of a session are unique", () => {
    const a = newClientId();
    const b = newClientId();
    expect(a).toMatch(/^pane_[0-9a-z]{10}$/);
    expect(a).not.toBe(b);
    expect(newClientId(() => new Uint8Array(10).fill(37))).toBe("pane_1111111111");
    const ids = sessionIds();
    const seen = new Set(Array.from({ length: 500 }, () => ids.next()));
    expect(seen.size).toBe(500);
  });

  test("local wall-clock time", () => {
    expect(localIsoTime(new Date(2025, 10, 20, 9, 5, 7))).toBe("2025-11-20T09:05:07");
  });
});
