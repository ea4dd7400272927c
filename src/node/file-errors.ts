/**
 * Errors about the files a command is given (exit code 2). Each carries a catalogue key so the CLI
 * prints one clear sentence in the user's language, never a stack trace.
 */
import type { MsgParams } from "../core/issues";

export type FileErrorKind =
  | "missing"
  | "empty"
  | "notXlsx"
  | "csv"
  | "xls"
  | "encrypted"
  | "corrupt"
  | "isDirectory"
  | "exists"
  | "unreadable";

export class FileError extends Error {
  readonly kind: FileErrorKind;
  readonly params: MsgParams;

  constructor(kind: FileErrorKind, params: MsgParams) {
    super(`file.${kind}: ${JSON.stringify(params)}`);
    this.name = "FileError";
    this.kind = kind;
    this.params = params;
  }

  get key(): string {
    return `file.${this.kind}`;
  }
}

/** A wrong command line (exit code 2). */
export class UsageError extends Error {
  readonly key: string;
  readonly params: MsgParams;

  constructor(key: string, params: MsgParams) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.name = "UsageError";
    this.key = key;
    this.params = params;
  }
}
