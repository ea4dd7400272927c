/**
 * Writes a generated dossier to a folder (cli.md `generate`): creates the folder when absent, refuses a
 * non-empty one without --force, and writes through a temporary sibling folder, so that a failure leaves
 * no half-written set. With --force the files of the previous dossier (those its manifest.json lists) are
 * replaced and other files in the folder are left alone.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { manifestJson, type Dossier } from "../docs/generate";
import { isDocumentKind } from "../docs/kinds";
import { UsageError } from "./file-errors";

async function statOf(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** Whether `child` is `parent` or inside it. */
function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

export interface OutDirState {
  readonly dir: string;
  readonly exists: boolean;
  readonly empty: boolean;
}

/** Checks the output folder before any work; throws a UsageError (exit 2) with the reason. */
export async function checkOutDir(dir: string, options: { force?: boolean } = {}): Promise<OutDirState> {
  const abs = path.resolve(dir);
  const st = await statOf(abs);
  if (!st) return { dir: abs, exists: false, empty: true };
  if (!st.isDirectory()) throw new UsageError("docs.out.notDir", { dir });
  const entries = await fs.readdir(abs);
  const empty = entries.length === 0;
  if (!empty && !options.force) throw new UsageError("docs.out.notEmpty", { dir });
  return { dir: abs, exists: true, empty };
}

/** Documents the previous dossier's manifest.json lists (relative paths inside the folder, of known kinds). */
async function previousFiles(dir: string): Promise<string[]> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, "manifest.json"), "utf8")) as { files?: Array<{ path?: unknown; kind?: unknown }> };
    return (m.files ?? [])
      .map((f) => (typeof f.path === "string" && typeof f.kind === "string" && isDocumentKind(f.kind) && f.path.endsWith(".docx") ? f.path : ""))
      .filter((p) => p !== "" && isInside(path.resolve(dir, p), dir) && path.resolve(dir, p) !== path.resolve(dir));
  } catch {
    return [];
  }
}

async function removeEmptyDirs(dir: string, root: string): Promise<void> {
  let d = dir;
  while (isInside(d, root) && d !== root) {
    try {
      await fs.rmdir(d);
    } catch {
      return;
    }
    d = path.dirname(d);
  }
}

/** Writes the dossier (files + manifest.json) to `dir`; see the file comment for the rules. */
export async function writeDossier(dir: string, dossier: Dossier, options: { force?: boolean } = {}): Promise<string> {
  const state = await checkOutDir(dir, options);
  const parent = path.dirname(state.dir);
  await fs.mkdir(parent, { recursive: true });
  const tmp = await fs.mkdtemp(path.join(parent, `.${path.basename(state.dir)}.tmp-`));
  try {
    for (const f of dossier.files) {
      const target = path.join(tmp, f.path);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(target, f.data);
    }
    await fs.writeFile(path.join(tmp, "manifest.json"), manifestJson(dossier.manifest));
    if (!state.exists || state.empty) {
      if (state.exists) await fs.rmdir(state.dir);
      await fs.rename(tmp, state.dir);
      return state.dir;
    }
    for (const old of await previousFiles(state.dir)) {
      await fs.rm(path.join(state.dir, old), { force: true });
      await removeEmptyDirs(path.dirname(path.join(state.dir, old)), state.dir);
    }
    for (const rel of [...dossier.files.map((f) => f.path), "manifest.json"]) {
      const target = path.join(state.dir, rel);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.rename(path.join(tmp, rel), target);
    }
    await fs.rm(tmp, { recursive: true, force: true });
    return state.dir;
  } catch (e) {
    await fs.rm(tmp, { recursive: true, force: true });
    throw e;
  }
}
