/**
 * Lets the benchmark `require` TypeScript sources that the CLI build does not compile: the Office.js adapter
 * (src/excel, typed against office-js), the task pane's actions and the fake Excel host of the tests
 * (test/fake-office). Each .ts/.tsx file is transpiled on load with TypeScript's `transpileModule` (the project
 * compiles with `isolatedModules`, so a file-by-file transpile is exact); types are not checked here —
 * `npm run typecheck` does that.
 */
import * as fs from "node:fs";
import ts from "typescript";

type Loader = (module: NodeJS.Module & { _compile(code: string, file: string): void }, file: string) => void;

let registered = false;

export function registerTypeScript(): void {
  if (registered) return;
  registered = true;
  const extensions = require.extensions as unknown as Record<string, Loader>;
  const load: Loader = (module, file) => {
    const out = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
        sourceMap: false,
      },
    });
    module._compile(out.outputText, file);
  };
  extensions[".ts"] = load;
  extensions[".tsx"] = load;
}
