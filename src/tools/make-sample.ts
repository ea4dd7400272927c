/**
 * `npm run sample`: regenerates templates/so-theo-doi-mau.xlsx, the bundled sample tracking workbook
 * (sample/vinh-long.ts), byte for byte the same on every run.
 */
import * as path from "node:path";
import { samplePath } from "../node/paths";
import { buildSample } from "./sample/vinh-long";
import { writeXlsx } from "./sample/write-xlsx";

export const SAMPLE_TITLE = "Sổ theo dõi thi đua - khen thưởng (mẫu) - Thi hành án dân sự tỉnh Vĩnh Long";

export async function makeSample(file: string = samplePath()): Promise<string> {
  await writeXlsx(buildSample(), file, { deterministic: true, title: SAMPLE_TITLE });
  return file;
}

if (require.main === module) {
  const target = process.argv[2] ? path.resolve(process.argv[2]) : samplePath();
  makeSample(target).then(
    (file) => console.log(`sample written: ${path.relative(process.cwd(), file)}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
