/** Runs the CLI in-process and captures what it prints. */
import { run } from "../../src/cli/cli";

export interface Ran {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function thidua(...argv: string[]): Promise<Ran> {
  let out = "";
  let err = "";
  const line = (s: string): string => (s.endsWith("\n") ? s : `${s}\n`);
  const code = await run(argv, { out: (s) => (out += line(s)), err: (s) => (err += line(s)) });
  return { code, out, err };
}
