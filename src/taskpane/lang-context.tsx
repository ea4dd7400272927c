/**
 * The pane's language: Vietnamese first, English on request; the choice is remembered on this computer.
 * Every text comes from the message catalogues through `useT()`.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { isLang, translator, type Lang, type Translate } from "../i18n";

export const LANG_KEY = "thidua.lang";

interface LangValue {
  readonly lang: Lang;
  readonly t: Translate;
  readonly setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangValue>({ lang: "vi", t: translator("vi"), setLang: () => undefined });

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The remembered language, else Vietnamese. */
export function initialLang(): Lang {
  try {
    const v = storage()?.getItem(LANG_KEY);
    return v && isLang(v) ? v : "vi";
  } catch {
    return "vi";
  }
}

export function LangProvider({ children, initial }: { children: ReactNode; initial?: Lang }) {
  const [lang, setState] = useState<Lang>(initial ?? initialLang());
  const setLang = useCallback((next: Lang) => {
    setState(next);
    document.documentElement.lang = next;
    try {
      storage()?.setItem(LANG_KEY, next);
    } catch {
      // Storage refused (private mode): the choice lasts for this session.
    }
  }, []);
  const value = useMemo(() => ({ lang, t: translator(lang), setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  return useContext(LangContext);
}

export function useT(): Translate {
  return useContext(LangContext).t;
}
