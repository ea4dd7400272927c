/**
 * The `Cấu hình` sheet: known keys (workbook.md), their types, and their typed values.
 * Rule-set parameters can also be overridden there by their Vietnamese labels (see rules/parameters.ts).
 */
import type { CellValue } from "./grid";
import { isBlank, isErrorValue } from "./grid";
import type { Settings } from "./model";
import { matchKey } from "./text/fold";
import { parseDate, parseNumber, type IsoDate } from "./text/parse-values";

export type SettingType = "text" | "year" | "int" | "date" | "lines";

export interface SettingKey {
  readonly id: string;
  readonly label: string;
  readonly type: SettingType;
  readonly required?: boolean;
  /** Sample value for the blank workbook and the sample. */
  readonly example?: string;
}

export const SETTING_KEYS: ReadonlyArray<SettingKey> = [
  { id: "year", label: "Năm thi đua", type: "year", required: true, example: "2025" },
  { id: "parentAgency", label: "Cơ quan chủ quản", type: "text", example: "BỘ TƯ PHÁP" },
  { id: "agency", label: "Cơ quan", type: "text", example: "THI HÀNH ÁN DÂN SỰ TỈNH VĨNH LONG" },
  { id: "abbreviation", label: "Viết tắt", type: "text", example: "THADS" },
  { id: "place", label: "Địa danh", type: "text", example: "Vĩnh Long" },
  { id: "signer", label: "Người ký", type: "text" },
  { id: "signerTitle", label: "Chức vụ người ký", type: "text", example: "TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH" },
  { id: "signAuthority", label: "Quyền hạn ký", type: "text" },
  { id: "recipient", label: "Kính gửi", type: "text" },
  { id: "distribution", label: "Nơi nhận", type: "lines" },
  { id: "ruleSet", label: "Bộ quy tắc", type: "text" },
  { id: "movement", label: "Phong trào", type: "text" },
  { id: "plan", label: "Kế hoạch phát động", type: "text" },
  { id: "councilSize", label: "Số thành viên Hội đồng", type: "int" },
  { id: "evaluationDate", label: "Ngày xét", type: "date" },
  { id: "minutesNo", label: "Biên bản họp Hội đồng số", type: "text" },
  { id: "meetingDate", label: "Ngày họp Hội đồng", type: "date" },
  { id: "councilSecretary", label: "Thư ký Hội đồng", type: "text" },
  { id: "submissionNo", label: "Số tờ trình", type: "text" },
  { id: "submissionDate", label: "Ngày tờ trình", type: "date" },
];

const BY_KEY = new Map(SETTING_KEYS.map((k) => [matchKey(k.label), k]));

/** The known key a label names, if any. */
export function settingKeyOf(label: string): SettingKey | undefined {
  return BY_KEY.get(matchKey(label));
}

export type SettingValue = string | number | ReadonlyArray<string> | IsoDate | null;

/** Reads a settings value by type; `null` when blank or unreadable (the validator reports why). */
export function readSettingValue(type: SettingType, value: CellValue): SettingValue | undefined {
  if (isBlank(value)) return null;
  if (isErrorValue(value)) return undefined;
  switch (type) {
    case "text":
      return String(value).trim();
    case "lines":
      return String(value)
        .split(/[\n;]/)
        .map((s) => s.trim().replace(/^[-–•]\s*/, ""))
        .filter((s) => s !== "");
    case "year":
    case "int": {
      const n = parseNumber(value);
      if (!n.ok || !Number.isInteger(n.value)) return undefined;
      return n.value;
    }
    case "date": {
      const d = parseDate(value);
      return d.ok ? d.value : undefined;
    }
  }
}

export interface KnownSettings {
  readonly year: number | null;
  readonly [id: string]: SettingValue | undefined;
}

/** Typed values of the known keys (first row wins when a key is repeated). */
export function knownSettings(settings: Settings): KnownSettings {
  const out: Record<string, SettingValue | undefined> = { year: null };
  const seen = new Set<string>();
  for (const e of settings.entries) {
    const key = settingKeyOf(e.label);
    if (!key || seen.has(key.id)) continue;
    seen.add(key.id);
    const v = readSettingValue(key.type, e.value);
    out[key.id] = v === undefined ? null : v;
  }
  return out as KnownSettings;
}

/** Normalised form of a setting value for the fingerprint: typed when the key is known, else trimmed text. */
export function normaliseSettingValue(label: string, value: CellValue): unknown {
  const key = settingKeyOf(label);
  if (key) {
    const v = readSettingValue(key.type, value);
    if (v !== undefined) return v;
  }
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value ?? "").trim().replace(/\s+/g, " ");
  const n = parseNumber(text);
  if (n.ok) return n.value;
  return text;
}
