/**
 * Message rendering for every face (CLI, task pane, documents): i18next over the flat catalogues.
 * Vietnamese first; English available.
 */
import i18next, { type i18n } from "i18next";
import type { Msg, MsgParams } from "../core/issues";
import { AREAS } from "./messages";

export const LANGUAGES = ["vi", "en"] as const;
export type Lang = (typeof LANGUAGES)[number];

function merge(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const area of AREAS) Object.assign(out, area[lang]);
  return out;
}

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { vi: merge("vi"), en: merge("en") };

export type Translate = (key: string, params?: MsgParams) => string;

const instances = new Map<Lang, i18n>();

function instance(lang: Lang): i18n {
  let inst = instances.get(lang);
  if (!inst) {
    inst = i18next.createInstance();
    void inst.init({
      lng: lang,
      fallbackLng: "vi",
      initAsync: false,
      keySeparator: false,
      nsSeparator: false,
      interpolation: { escapeValue: false },
      resources: { vi: { translation: CATALOGUES.vi }, en: { translation: CATALOGUES.en } },
      showSupportNotice: false,
    } as Parameters<i18n["init"]>[0]);
    instances.set(lang, inst);
  }
  return inst;
}

/** A translator for one language. Unknown keys come back as the key itself (and a test forbids them). */
export function translator(lang: Lang = "vi"): Translate {
  const inst = instance(lang);
  return (key, params) => inst.t(key, localParams(lang, key, params)) as string;
}

/**
 * Parameters as the language writes them: in Vietnamese a number with decimals put in a message as it is
 * (`{{share}}`, not through a formatter such as `{{rate, number(…)}}`) takes the decimal comma: 90,9 %, not
 * 90.9 %. Whole numbers (years, counts) and texts are unchanged.
 */
function localParams(lang: Lang, key: string, params: MsgParams | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(params ?? {}) };
  if (lang !== "vi") return out;
  const template = CATALOGUES.vi[key] ?? "";
  for (const [k, v] of Object.entries(out)) {
    if (typeof v === "number" && Number.isFinite(v) && !Number.isInteger(v) && template.includes(`{{${k}}}`)) out[k] = String(v).replace(".", ",");
  }
  return out;
}

/** Renders a structured message. */
export function render(t: Translate, msg: Msg | null | undefined): string {
  return msg ? t(msg.key, msg.params) : "";
}

/**
 * Several messages on one line, as one list after a colon: each without its closing full stop and with a
 * capitalised first word in lower case ("Nhập xếp loại…" → "nhập xếp loại…"; codes such as "TTLĐXS" and
 * numbers stay), joined by "; " — the messages are sentences of their own, so "a.; B." would otherwise appear.
 */
export function renderList(t: Translate, msgs: ReadonlyArray<Msg>): string {
  return msgs.map((m) => asListItem(render(t, m))).join("; ");
}

function asListItem(text: string): string {
  const item = text.replace(/\.\s*$/, "");
  return /^\p{Lu}\p{Ll}/u.test(item) ? item.charAt(0).toLocaleLowerCase("vi") + item.slice(1) : item;
}

export function isLang(value: string): value is Lang {
  return (LANGUAGES as ReadonlyArray<string>).includes(value);
}
