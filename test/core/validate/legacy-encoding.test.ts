/**
 * Legacy encodings (TCVN3, VNI): known real-world strings, the round trip of all 134 Vietnamese letters with
 * marks, sentences encoded with the test's own encoders, and a property test that ordinary Unicode
 * Vietnamese and English text is never taken for a legacy encoding.
 */
import fc from "fast-check";
import { convertLegacy, detectLegacyEncoding } from "../../../src/core/text/legacy-encoding";
import { isVietnameseSyllable } from "../../../src/core/text/vietnamese-syllable";
import { encodeTcvn3, encodeVni, vietnameseLetters } from "./fixtures/legacy-encoder";
import { ENGLISH, FAMILY, GIVEN, MIDDLE, PLACES, WORDS } from "./fixtures/vietnamese-words";

describe("known legacy strings", () => {
  test.each([
    ["Céng hßa x· héi chñ nghÜa ViÖt Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"],
    ["NguyÔn V¨n An", "Nguyễn Văn An"],
    ["B¶o Th¾ng", "Bảo Thắng"],
    ["M\u00adêng Kh\u00ad¬ng", "Mường Khương"],
    ["Hoµn thµnh tèt nhiÖm vô", "Hoàn thành tốt nhiệm vụ"],
    ["CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ])("TCVN3 %s", (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe("TCVN3");
    expect(convertLegacy(legacy, "TCVN3")).toBe(unicode);
  });

  test.each([
    ["Xin chaøo caùc baïn", "Xin chào các bạn"],
    ["Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"],
    ["Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"],
    ["Nguyeãn Vaên An", "Nguyễn Văn An"],
    ["Ñaëng Thò Ngoïc Thuûy", "Đặng Thị Ngọc Thủy"],
    ["COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
  ])("VNI %s", (legacy, unicode) => {
    expect(detectLegacyEncoding(legacy)).toBe("VNI");
    expect(convertLegacy(legacy, "VNI")).toBe(unicode);
  });

  test("the test encoders agree with the known strings", () => {
    expect(encodeTcvn3("Cộng hòa xã hội chủ nghĩa Việt Nam")).toBe("Céng hßa x· héi chñ nghÜa ViÖt Nam");
    expect(encodeVni("Xin chào các bạn")).toBe("Xin chaøo caùc baïn");
  });
});

describe("round trip of the 134 Vietnamese letters with marks", () => {
  const { lower, upper } = vietnameseLetters();

  test("there are 67 + 67 letters", () => {
    expect(lower).toHaveLength(67);
    expect(new Set([...lower, ...upper]).size).toBe(134);
  });

  test("VNI has every letter, lower and upper case", () => {
    for (const ch of [...lower, ...upper]) expect(convertLegacy(encodeVni(ch), "VNI")).toBe(ch);
  });

  test("TCVN3 has every lowercase letter and the uppercase bases Ă Â Ê Ô Ơ Ư Đ", () => {
    for (const ch of [...lower, ..."ĂÂÊÔƠƯĐ"]) expect(convertLegacy(encodeTcvn3(ch), "TCVN3")).toBe(ch);
  });

  test("TCVN3 capitals with a tone (typed with a .VnTimeH font) come back lowercase alone, uppercase in a capitals word", () => {
    const toned = upper.filter((c) => !"ĂÂÊÔƠƯĐ".includes(c));
    expect(toned).toHaveLength(60);
    for (const ch of toned) {
      expect(convertLegacy(encodeTcvn3(ch), "TCVN3")).toBe(ch.toLowerCase());
      expect(convertLegacy(`T${encodeTcvn3(ch)}N`, "TCVN3")).toBe(`T${ch}N`);
    }
  });

  test("output is NFC", () => {
    for (const ch of lower) expect(convertLegacy(encodeVni(ch), "VNI").normalize("NFC")).toBe(convertLegacy(encodeVni(ch), "VNI"));
  });
});

describe("the syllable check behind detection", () => {
  test("accepts every real word and name of the test lists", () => {
    const all = [...FAMILY, ...MIDDLE, ...GIVEN, ...PLACES.flatMap((p) => p.split(" ")), ...WORDS];
    expect(all.filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });
  test("rejects legacy garbage and foreign words", () => {
    for (const w of ["NguyÔn", "V¨n", "Nguyeãn", "Vaên", "café", "Müller", "Excel", "nguyôn", "hoàà"]) expect(isVietnameseSyllable(w)).toBe(false);
  });
});

const name = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(" "));
const phrase = fc.array(fc.constantFrom(...WORDS, ...PLACES), { minLength: 1, maxLength: 12 }).map((w) => w.join(" "));
const punctuated = fc.tuple(phrase, fc.constantFrom("", ".", ";", ",", " –", " (", ":")).map(([p, s]) => p + s);
const text = fc.oneof(name, phrase, punctuated, fc.array(fc.constantFrom(...ENGLISH), { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")));
const anyCase = (t: string): fc.Arbitrary<string> => fc.constantFrom(t, t.toUpperCase(), t.toLowerCase(), t.normalize("NFD"));

describe("properties", () => {
  test("ordinary Unicode Vietnamese and English text is never taken for a legacy encoding", () => {
    fc.assert(
      fc.property(text.chain(anyCase), (t) => detectLegacyEncoding(t) === null),
      { numRuns: 3000, seed: 20250101 },
    );
  });

  test("text encoded in TCVN3 or VNI is detected as that encoding (or left alone when it also reads as Unicode) and converts back", () => {
    fc.assert(
      fc.property(fc.oneof(name, phrase), fc.constantFrom("TCVN3", "VNI") as fc.Arbitrary<"TCVN3" | "VNI">, (t, enc) => {
        const legacy = enc === "TCVN3" ? encodeTcvn3(t) : encodeVni(t);
        const found = detectLegacyEncoding(legacy);
        if (found === null) {
          // Ambiguous: every word already reads as Vietnamese (e.g. "Dũng" in TCVN3 is the word "Dòng").
          return legacy === t || legacy.split(/\s+/).every((w) => /^[\x00-\x7f]*$/.test(w) || isVietnameseSyllable(w));
        }
        if (found !== enc) {
          // A wrong guess is allowed only when the text reads as Vietnamese in both encodings ("phuû").
          return convertLegacy(legacy, found).split(/[\s,.;:()–-]+/).every((w) => w === "" || isVietnameseSyllable(w));
        }
        const back = convertLegacy(legacy, enc);
        return enc === "VNI" ? back === t : back.toLowerCase() === t.toLowerCase();
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  test("most encoded names and phrases are detected as their own encoding (the ambiguities above are rare)", () => {
    for (const arb of [name, phrase]) {
      const texts = fc.sample(arb, { numRuns: 1000, seed: 3 }).filter((t) => encodeTcvn3(t) !== t);
      const right = (enc: "TCVN3" | "VNI", encode: (s: string) => string): number => texts.filter((n) => detectLegacyEncoding(encode(n)) === enc).length;
      expect(right("TCVN3", encodeTcvn3) / texts.length).toBeGreaterThan(0.95);
      expect(right("VNI", encodeVni) / texts.length).toBeGreaterThan(0.95);
    }
  });

  test("never throws and stays fast on huge and odd strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const e = detectLegacyEncoding(s);
        if (e) convertLegacy(s, e);
        return true;
      }),
      { numRuns: 2000, seed: 11 },
    );
    const huge = "NguyÔn V¨n An ".repeat(100_000);
    const t0 = Date.now();
    expect(detectLegacyEncoding(huge)).toBe("TCVN3");
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});
