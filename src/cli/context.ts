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

/**
 * A reader that stops early (`thidua rank so.xlsx | head`, or quitting `less`) closes the pipe: writing to it then
 * fails with EPIPE, which Node raises as an unhandled 'error' event (a stack trace). The output is no longer wanted,
 * so the rest of it is dropped quietly and the command ends with its own exit code. Other errors stay errors.
 */
export function quietOnClosedPipe(stream: NodeJS.EventEmitter): void {
  let closed = false;
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (closed || e.code === "EPIPE") {
      closed = true;
      return;
    }
    throw e;
  });
}

export function makeContext(lang: Lang, io: CliIO = processIO): CliContext {
  return { lang, t: translator(lang), io };
}

/** Exit codes (cli.md). */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
