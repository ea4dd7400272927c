/** What every command gets: the language, a translator, and the output streams (replaceable in tests). */
import { translator, type Lang, type Translate } from "../i18n";

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface CliContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly io: CliIO;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

export function makeContext(lang: Lang, io: CliIO = processIO): CliContext {
  return { lang, t: translator(lang), io };
}

/** Exit codes (cli.md). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
