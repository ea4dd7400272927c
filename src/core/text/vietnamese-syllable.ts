/**
 * A structural check of Vietnamese syllables (onset + rhyme, at most one tone mark), used to tell text typed
 * in a legacy encoding from real Unicode Vietnamese: "NguyÔn" and "Nguyeãn" are not syllables, "Nguyễn" is.
 * Deliberately generous (it accepts rare and structurally possible syllables): it only has to reject the
 * garbage that legacy bytes produce when read as Latin-1.
 */

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

const ONSETS = [
  "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
  "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
] as const;

const RHYME_LIST = [
  // a, ă, â
  "a ac ach ai am an ang anh ao ap at au ay",
  "ăc ăm ăn ăng ăp ăt",
  "âc âm ân âng âp ât âu ây",
  // e, ê
  "e ec em en eng eo ep et",
  "ê êch êm ên ênh êp êt êu",
  // i, y
  "i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu",
  "y yêm yên yêng yêt yêu ych ynh yt yu",
  // o, ô, ơ
  "o oc oi om on ong op ot ooc oong",
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

/** The toneless base of a word (lowercase, NFC) and how many tone marks it carries. */
export function toneless(word: string): { base: string; tones: number } {
  let base = "";
  let tones = 0;
  for (const ch of word.toLowerCase().normalize("NFD")) {
    if (TONE_MARKS.has(ch)) tones++;
    else base += ch;
  }
  return { base: base.normalize("NFC"), tones };
}

/** True when `word` is a well-formed Vietnamese syllable (any case, NFC or NFD). */
export function isVietnameseSyllable(word: string): boolean {
  if (word === "" || word.length > 24) return false;
  const { base, tones } = toneless(word);
  if (tones > 1 || base.length > 7) return false;
  if (!/^[a-zăâđêôơư]+$/.test(base)) return false;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rest = base.slice(onset.length);
    if (RHYMES.has(rest)) return true;
    // "gi" absorbs the vowel i: gì, gìn, giếng.
    if (onset === "gi" && (rest === "" || RHYMES.has(`i${rest}`))) return true;
  }
  return false;
}
