/** Where the bundled files live, whether run from `lib/` (built) or `src/` (tests). */
import { existsSync } from "node:fs";
import * as path from "node:path";

/** The repository (package) root: the nearest folder above this file with a package.json. */
export function packageRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function templatesDir(): string {
  return path.join(packageRoot(), "templates");
}

/** The bundled sample tracking workbook. */
export function samplePath(): string {
  return path.join(templatesDir(), "so-theo-doi-mau.xlsx");
}
