/**
 * A structural check of Vietnamese syllables, used to tell text typed in a legacy encoding from real Unicode
 * Vietnamese: "NguyÔn", "Nguyeãn" and "vùc" are not syllables, "Nguyễn" and "vực" are. It checks the onset,
 * the rhyme (vần), at most one tone mark sitting on the right vowel of the rhyme, and that a syllable ending in
 * p, t, c, ch (or k) carries sắc or nặng. Generous where usage varies (hoà / hòa, thuỷ / thủy): it only has to
 * reject the garbage legacy bytes produce when read as Latin-1.
 */

/** Combining tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng). */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const CHECKED_TONES = new Set(["\u0301", "\u0323"]);
/** Combining vowel marks: breve (ă), circumflex (â ê ô), horn (ơ ư). */
const VOWEL_MARKS = new Set(["\u0306", "\u0302", "\u031b"]);
const VOWELS = new Set([..."aăâeêioôơuưy"]);

const ONSETS = [
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
] as const;

const RHYME_LIST = [
  // a, ă, â
  "a ac ach ai am an ang anh ao ap at au ay",
  "ăc ăm ăn ăng ăp ăt",
  "âc âm ân âng âp ât âu ây",
  // -k codas of Central Highlands place names (Đắk Lắk, Pơ Lang…)
  "ak ăk ek êk ok ôk uk",
  // e, ê
  "e ec em en eng eo ep et",
  "ê êch êm ên ênh êp êt êu",
  // i, y
  "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu",
  "y yêm yên yêng yêt yêu ych ynh yt yu",
  // o, ô, ơ
  "o oc oi om on ong op ot",
  "ô ôc ôi ôm ôn ông ôp ôt",
  "ơ ơi ơm ơn ơng ơp ơt",
  // u, ư
  "u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôp uôt",
  "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu",
  // medial o
  "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet",
  // medial u
  "uân uâng uât uây uê uêch uên uênh uơ uy uya uych uyên uyêt uynh uyp uyt uyu",
] as const;

const RHYMES: ReadonlySet<string> = new Set(RHYME_LIST.join(" ").split(" "));
/** Open rhymes of a medial and a vowel, where the tone may sit on either (hoà / hòa, thuỷ / thủy). */
const EITHER_TONE = new Set(["oa", "oe", "uy", "uê", "uơ", "uya"]);
/** Open rhymes whose tone sits on their first vowel (mía, múa, mưa). */
const FIRST_TONE = new Set(["ia", "ua", "ưa"]);
const STOPS = new Set(["p", "t", "c", "ch", "k"]);

interface Unit {
  /** The letter with its vowel marks (NFC), lowercase. */
  readonly letter: string;
  readonly tone: string | null;
}

/** Splits a word into letters (with their vowel marks) and the tone each carries; null when a mark is misplaced. */
function units(word: string): Unit[] | null {
  const out: { letter: string; tone: string | null }[] = [];
  for (const ch of word.toLowerCase().normalize("NFD")) {
    const last = out[out.length - 1];
    if (TONE_MARKS.has(ch)) {
      if (!last || last.tone !== null) return null;
      last.tone = ch;
    } else if (VOWEL_MARKS.has(ch)) {
      if (!last) return null;
      last.letter = (last.letter + ch).normalize("NFC");
    } else {
      out.push({ letter: ch, tone: null });
    }
  }
  return out;
}

/** True when `word` is a well-formed Vietnamese syllable (any case, NFC or NFD). */
export function isVietnameseSyllable(word: string): boolean {
  if (word === "" || word.length > 24) return false;
  const us = units(word);
  if (!us || us.length > 7) return false;
  const base = us.map((u) => u.letter).join("");
  if (!/^[a-zăâđêôơư]+$/.test(base)) return false;
  const toned = us.flatMap((u, i) => (u.tone ? [i] : []));
  if (toned.length > 1) return false;
  const toneAt = toned.length === 1 ? toned[0] : -1;
  const tone = toneAt >= 0 ? us[toneAt].tone : null;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    if (RHYMES.has(rest) && rhymeFits(us, onset.length, toneAt, tone)) return true;
    // "gi" absorbs the vowel i: gì, giếng.
    if (onset === "gi" && (rest === "" ? toneAt <= 1 : RHYMES.has(`i${rest}`) && rhymeFits(us, 2, toneAt, tone))) return true;
  }
  return false;
}

/** The tone sits on the right vowel of the rhyme starting at unit `start`, and a checked rhyme has sắc or nặng. */
function rhymeFits(us: ReadonlyArray<Unit>, start: number, toneAt: number, tone: string | null): boolean {
  let end = start;
  while (end < us.length && VOWELS.has(us[end].letter)) end++;
  const cluster = us.slice(start, end).map((u) => u.letter).join("");
  const coda = us.slice(end).map((u) => u.letter).join("");
  if (STOPS.has(coda) && tone !== null && !CHECKED_TONES.has(tone)) return false;
  if (STOPS.has(coda) && tone === null) return false;
  if (toneAt < 0) return true;
  if (toneAt < start || toneAt >= end) return false;
  const pos = toneAt - start;
  const n = end - start;
  if (n === 1) return true;
  if (coda !== "") return pos === n - 1; // hoàn, tiến, thuyết, quốc
  if (EITHER_TONE.has(cluster)) return true;
  if (FIRST_TONE.has(cluster)) return pos === 0;
  return pos === n - 2; // a falling glide: tài, ngãi, người, khuỷu
}
