/** `thidua init <new.xlsx>`: the blank tracking workbook. Refuses to overwrite an existing file. */
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { buildBlankWorkbook } from "../../node/blank-workbook";
import { FileError } from "../../node/file-errors";
import { EXIT, type CliContext } from "../context";

export async function initCommand(file: string, ctx: CliContext): Promise<number> {
  if (existsSync(file)) throw new FileError("exists", { file: path.basename(file) });
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await buildBlankWorkbook().xlsx.writeFile(file);
  ctx.io.out(ctx.t("cli.init.done", { file }));
  return EXIT.ok;
}
