/** `thidua init <new.xlsx>`: the blank tracking workbook. Refuses to overwrite an existing file, or a name without .xlsx. */
import { existsSync, promises as fs } from "node:fs";
import * as path from "node:path";
import { buildBlankWorkbook } from "../../node/blank-workbook";
import { FileError, UsageError } from "../../node/file-errors";
import { EXIT, type CliContext } from "../context";

export async function initCommand(file: string, ctx: CliContext): Promise<number> {
  // Excel will not open an .xlsx named so-theo-doi.csv or so-theo-doi (and a folder's name is refused here too).
  if (path.extname(file).toLowerCase() !== ".xlsx") throw new UsageError("cli.init.notXlsx", { file: path.basename(file) });
  if (existsSync(file)) throw new FileError("exists", { file: path.basename(file) });
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await buildBlankWorkbook().xlsx.writeFile(file);
  ctx.io.out(ctx.t("cli.init.done", { file }));
  return EXIT.ok;
}
