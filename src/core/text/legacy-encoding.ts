/**
 * Legacy Vietnamese encodings typed before Unicode: TCVN3 (ABC; fonts .VnTime, .VnArial…) and VNI Windows
 * (fonts VNI-Times…). Excel stores such text as the Windows-1252 reading of its bytes, so it shows as Latin-1
 * garbage ("NguyÔn V¨n An", "Nguyeãn Vaên An"). The reader detects such text, converts it to Unicode (NFC) for
 * reading, and reports it once per column.
 *
 * TCVN3 (TCVN 5712:1993, the VN3 set the .VnTime fonts use) has one byte per letter, but only the lowercase
 * toned letters and the seven uppercase bases Ă Â Ê Ô Ơ Ư Đ: capitals such as "Ấ" were typed with the same bytes
 * in a separate capitals font (.VnTimeH). The case of those letters is therefore not in the text; the converter
 * restores it only where the text shows it (a word or a whole cell whose ASCII letters are all capitals is
 * converted to capitals). The VN1/VN2 extensions that put capitals in 0x80–0x9F are not decoded.
 *
 * VNI Windows writes a vowel followed by a mark byte ("a" + "ù" = á, "a" + "ä" = ậ), plus single bytes for
 * ơ ư đ, the toned i letters and ỵ; it has every capital, so it converts exactly.
 */
import { boundedMemo } from "../memo";
import { isVietnameseSyllable } from "./vietnamese-syllable";

export type LegacyEncoding = "TCVN3" | "VNI";

// ---------------------------------------------------------------------------------------------------------
// TCVN3

/** Each row: Unicode letters and their TCVN3 bytes, in the order huyền, hỏi, ngã, sắc, nặng. */
const TCVN3_ROWS: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ["ĂÂÊÔƠƯĐăâêôơưđ", [0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae]],
  ["àảãáạ", [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ["ằẳẵắặ", [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ["ầẩẫấậ", [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ["èẻẽéẹ", [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ["ềểễếệ", [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ["ìỉĩíị", [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ["òỏõóọ", [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ["ồổỗốộ", [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ["ờởỡớợ", [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ["ùủũúụ", [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ["ừửữứự", [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ["ỳỷỹýỵ", [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];

/** TCVN3 character (as read through Windows-1252, i.e. U+00A1…U+00FE) → Unicode letter. */
const TCVN3_DECODE: ReadonlyMap<string, string> = new Map(
  TCVN3_ROWS.flatMap(([letters, bytes]) => [...letters].map((ch, i) => [String.fromCharCode(bytes[i]), ch] as const)),
);

/** TCVN3 characters that decode to themselves (ý). */
const TCVN3_IDENTITY: ReadonlySet<string> = new Set([...TCVN3_DECODE].filter(([k, v]) => k === v).map(([k]) => k));

/** Uppercase TCVN3 bases (¡ ¢ £ ¤ ¥ ¦ §). */
const TCVN3_CAPITALS = new Set([0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7].map((b) => String.fromCharCode(b)));

function decodeTcvn3Word(word: string, capitals: boolean): string {
  let out = "";
  for (const ch of word) out += TCVN3_DECODE.get(ch) ?? ch;
  return capitals ? out.toUpperCase() : out;
}

/** True when the letters of `text` show capitals only (at least two capitals, no lowercase ASCII letter). */
function showsCapitals(text: string): boolean {
  if (/[a-z]/.test(text)) return false;
  let capitals = 0;
  for (const ch of text) if ((ch >= "A" && ch <= "Z") || TCVN3_CAPITALS.has(ch)) capitals++;
  return capitals >= 2;
}

function convertTcvn3(text: string): string {
  const allCapitals = showsCapitals(text);
  return text.replace(WORD, (word) => decodeTcvn3Word(word, allCapitals || showsCapitals(word)));
}

// ---------------------------------------------------------------------------------------------------------
// VNI Windows

const TONES = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const; // sắc, huyền, hỏi, ngã, nặng
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031b";

/** VNI mark bytes (lowercase form) → combining marks: tones, circumflex + tone, breve + tone. */
const VNI_MARKS: ReadonlyMap<string, { readonly marks: string; readonly bases: string }> = new Map([
  // plain tones (after any vowel)
  ["ù", { marks: TONES[0], bases: "aeiouyơư" }],
  ["ø", { marks: TONES[1], bases: "aeiouyơư" }],
  ["û", { marks: TONES[2], bases: "aeiouyơư" }],
  ["õ", { marks: TONES[3], bases: "aeiouyơư" }],
  ["ï", { marks: TONES[4], bases: "aeiouyơư" }],
  // circumflex, alone or with a tone (after a, e, o)
  ["â", { marks: CIRCUMFLEX, bases: "aeo" }],
  ["á", { marks: CIRCUMFLEX + TONES[0], bases: "aeo" }],
  ["à", { marks: CIRCUMFLEX + TONES[1], bases: "aeo" }],
  ["å", { marks: CIRCUMFLEX + TONES[2], bases: "aeo" }],
  ["ã", { marks: CIRCUMFLEX + TONES[3], bases: "aeo" }],
  ["ä", { marks: CIRCUMFLEX + TONES[4], bases: "aeo" }],
  // breve, alone or with a tone (after a)
  ["ê", { marks: BREVE, bases: "a" }],
  ["é", { marks: BREVE + TONES[0], bases: "a" }],
  ["è", { marks: BREVE + TONES[1], bases: "a" }],
  ["ú", { marks: BREVE + TONES[2], bases: "a" }],
  ["ü", { marks: BREVE + TONES[3], bases: "a" }],
  ["ë", { marks: BREVE + TONES[4], bases: "a" }],
]);

/** VNI single bytes (lowercase form) → Unicode letters. */
const VNI_SINGLES: ReadonlyMap<string, string> = new Map([
  ["ô", "ơ"],
  ["ö", "ư"],
  ["ñ", "đ"],
  ["î", "ỵ"],
  ["í", "í"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
]);

/** VNI characters that decode to themselves (í ì Í Ì). */
const VNI_IDENTITY: ReadonlySet<string> = new Set(["í", "ì", "Í", "Ì"]);

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase();

function convertVni(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const single = VNI_SINGLES.get(lower);
    // The base of a possible combination: a plain vowel, or ơ/ư written as the single bytes ô/ö.
    const base = single === "ơ" || single === "ư" ? single : "aeiouy".includes(lower) ? lower : null;
    const next = chars[i + 1];
    const mark = base !== null && next !== undefined ? VNI_MARKS.get(next.toLowerCase()) : undefined;
    if (base !== null && mark && mark.bases.includes(base)) {
      const letter = (base === "ơ" ? "o" + HORN : base === "ư" ? "u" + HORN : base) + mark.marks;
      const composed = letter.normalize("NFC");
      out += isUpper(ch) ? composed.toUpperCase() : composed;
      i++;
      continue;
    }
    if (single !== undefined) {
      out += isUpper(ch) ? single.toUpperCase() : single;
      continue;
    }
    out += ch;
  }
  return out.normalize("NFC");
}

// ---------------------------------------------------------------------------------------------------------
// Detection

/** Letters that only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, the U+1EA0 block) or any combining mark (NFD text). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]|\p{Mn}/u;
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
/** A word: ASCII letters and digits and the Latin-1 range (TCVN3 puts letters on ¨ © µ ¸ … and the soft hyphen). */
const WORD = /[A-Za-z0-9\u00a1-\u00ff]+/g;
/** How many words with non-ASCII letters are looked at (enough to decide; keeps huge cells cheap). */
const MAX_WORDS = 200;

interface Evidence {
  /** Words that are not Vietnamese as written but become Vietnamese syllables when decoded. */
  readonly legacy: number;
  /** Words that are Vietnamese as written and not (or no differently) when decoded: the text is Unicode. */
  readonly unicode: number;
  /** Words that are not Vietnamese after decoding (to choose between two encodings). */
  readonly invalid: number;
}

/** A capital after the first letter of a word that has small letters ("TÊn", "NguyÔn"): how legacy bytes read, never how a word is written. */
function mixedCase(word: string): boolean {
  return /\p{Ll}/u.test(word) && /.\p{Lu}/u.test(word);
}

/**
 * Weighs the words with Latin-1 letters. A word that reads as Vietnamese both ways ("Dòng" is "dòng" in
 * Unicode and "Dũng" in TCVN3) is no evidence either way.
 */
function weigh(words: ReadonlyArray<string>, decode: (w: string) => string, identity: ReadonlySet<string>): Evidence {
  let legacy = 0;
  let unicode = 0;
  let invalid = 0;
  for (const w of words) {
    const asWritten = isVietnameseSyllable(w) && !mixedCase(w);
    const decoded = decode(w);
    const asDecoded = isVietnameseSyllable(decoded) && !mixedCase(decoded);
    if (!asDecoded) invalid++;
    if (decoded === w) {
      // Unchanged: Unicode evidence when it holds a Latin-1 letter the encoding would have written otherwise
      // ("Hà": TCVN3 writes à as µ), none when its letters mean the same in both ("ý" is ý in TCVN3 too).
      if (asWritten && [...w].some((ch) => ch >= "\u00a1" && !identity.has(ch))) unicode++;
      continue;
    }
    if (asWritten && !asDecoded) unicode++;
    // A lone symbol ("©", "µ") is no evidence: a real legacy word has an ASCII letter or two characters.
    else if (!asWritten && asDecoded && (w.length >= 2 || /[A-Za-z]/.test(w))) legacy++;
  }
  return { legacy, unicode, invalid };
}

/** True when every Latin-1 letter of the word is a VNI single byte or a VNI mark right after a vowel ("phuû"). */
function vniShaped(word: string): boolean {
  const chars = [...word];
  return chars.every((ch, i) => {
    if (ch < "\u00a1") return true;
    const lower = ch.toLowerCase();
    if (VNI_SINGLES.has(lower)) return true;
    const prev = (chars[i - 1] ?? "").toLowerCase();
    const before = chars[i - 1] ?? "";
    const sameCase = before !== "" && isUpper(before) === isUpper(ch);
    return VNI_MARKS.has(lower) && sameCase && ("aeiouyôö".includes(prev) && prev !== "");
  });
}

/** The legacy encoding a text appears to be typed in, or null for Unicode / plain ASCII text. */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!LATIN1_HIGH.test(text) || UNICODE_VIETNAMESE.test(text)) return null;
  // Texts that get this far (Latin-1 letters and no Vietnamese-only letter: "Phó Chánh án") repeat down a column.
  if (text.length > 200) return detectWords(text);
  return detected(text);
}

/** Texts already weighed (the answer depends on the text alone). */
const detected = boundedMemo(detectWords, 10_000);

function detectWords(text: string): LegacyEncoding | null {
  const words: string[] = [];
  for (const m of text.matchAll(WORD)) {
    if (LATIN1_HIGH.test(m[0])) words.push(m[0]);
    if (words.length >= MAX_WORDS) break;
  }
  const tcvn3 = weigh(words, (w) => decodeTcvn3Word(w, false), TCVN3_IDENTITY);
  const vni = weigh(words, convertVni, VNI_IDENTITY);
  const tcvn3Wins = tcvn3.legacy > tcvn3.unicode;
  const vniWins = vni.legacy > vni.unicode;
  if (tcvn3Wins && vniWins) {
    if (vni.invalid !== tcvn3.invalid) return vni.invalid < tcvn3.invalid ? "VNI" : "TCVN3";
    if (vni.legacy !== tcvn3.legacy) return vni.legacy > tcvn3.legacy ? "VNI" : "TCVN3";
    return words.every(vniShaped) ? "VNI" : "TCVN3";
  }
  if (tcvn3Wins) return "TCVN3";
  if (vniWins) return "VNI";
  return null;
}

/** Converts text typed in a legacy encoding to Unicode (NFC). */
export function convertLegacy(text: string, encoding: LegacyEncoding): string {
  return (encoding === "TCVN3" ? convertTcvn3(text) : convertVni(text)).normalize("NFC");
}
