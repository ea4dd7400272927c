/**
 * Council votes (`Bình xét`): the total of members falls back to `Số thành viên Hội đồng` in `Cấu hình`;
 * both empty → REQUIRED on the row's cell (or one COLUMN_MISSING when the column is absent); a total of 0 →
 * RANGE. INCONSISTENT: votes for > members; present > members; written opinions of absentees > absentees;
 * votes for > present + written opinions (only those can vote, C2).
 */
import type { Issue } from "../issues";
import type { Vote } from "../model";
import { knownSettings, settingKeyOf } from "../settings";
import { cellIssue, columnHeader, columnIssue, hasColumn, sheetName, type ValidationContext } from "./context";

export function checkVotes(ctx: ValidationContext): Issue[] {
  const { data } = ctx;
  if (!data.sheets.votes) return [];
  const known = knownSettings(data.settings);
  const councilSize = typeof known.councilSize === "number" && known.councilSize > 0 ? known.councilSize : null;
  const settingsEntry = data.settings.entries.find((e) => e.label && matchesCouncilSize(e.label));
  const sizeRef = settingsEntry ? `${data.settings.sheet ?? sheetName(data, "settings")}!${settingsEntry.valueCell}` : "";
  const issues: Issue[] = [];
  const membersColumn = hasColumn(data, "votes", "members");

  if (!membersColumn && councilSize === null && data.votes.length > 0) {
    issues.push(
      columnIssue(
        data,
        "votes",
        "members",
        "COLUMN_MISSING",
        { key: "issues.COLUMN_MISSING.members", params: { sheet: sheetName(data, "votes"), column: columnHeader(data, "votes", "members") } },
        { key: "hints.COLUMN_MISSING.members", params: { column: columnHeader(data, "votes", "members"), settings: sheetName(data, "settings") } },
      ),
    );
  }

  for (let iV = 0; iV < data.votes.length; iV++) {
    const v = data.votes[iV];
    let members: number | null = v.members;
    let membersFrom = v.src.cells.members ? v.src.cells.members : "";
    if (members === null && councilSize !== null) {
      members = councilSize;
      membersFrom = sizeRef;
    }
    if (members === null) {
      if (membersColumn && v.src.raw.members !== undefined && isEmptyCell(v.src.raw.members)) {
        issues.push(
          cellIssue(data, {
            code: "REQUIRED",
            sheet: "votes",
            src: v.src,
            field: "members",
            message: { key: "issues.REQUIRED.members", params: { column: columnHeader(data, "votes", "members") } },
            hint: { key: "hints.REQUIRED.members", params: { column: columnHeader(data, "votes", "members"), settings: sheetName(data, "settings") } },
          }),
        );
      }
      continue;
    }
    if (members === 0) {
      if (v.members === 0) {
        issues.push(
          cellIssue(data, {
            code: "RANGE",
            sheet: "votes",
            src: v.src,
            field: "members",
            message: { key: "issues.RANGE.members", params: { column: columnHeader(data, "votes", "members") } },
            hint: { key: "hints.RANGE.members", params: {} },
          }),
        );
      }
      continue;
    }
    issues.push(...consistency(ctx, v, members, membersFrom));
  }
  return issues;
}

function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function matchesCouncilSize(label: string): boolean {
  return settingKeyOf(label)?.id === "councilSize";
}

function consistency(ctx: ValidationContext, v: Vote, members: number, membersFrom: string): Issue[] {
  const { data } = ctx;
  const out: Issue[] = [];
  const col = (f: string): string => columnHeader(data, "votes", f);
  const push = (field: string, key: string, params: Record<string, string | number>): void => {
    out.push(
      cellIssue(data, {
        code: "INCONSISTENT",
        sheet: "votes",
        src: v.src,
        field,
        message: { key: `issues.INCONSISTENT.${key}`, params: { column: col(field), ...params } },
        hint: { key: `hints.INCONSISTENT.${key}`, params: { column: col(field), ...params } },
      }),
    );
  };
  if (v.votesFor !== null && v.votesFor > members) push("votesFor", "votes", { value: v.votesFor, members, source: membersFrom });
  if (v.present !== null && v.present > members) push("present", "present", { value: v.present, members, source: membersFrom });
  const absent = v.present !== null && v.present <= members ? members - v.present : null;
  if (v.writtenAbsent !== null && absent !== null && v.writtenAbsent > absent) {
    push("writtenAbsent", "writtenAbsent", { value: v.writtenAbsent, absent, members, present: v.present ?? 0 });
  }
  if (v.votesFor !== null && v.votesFor <= members && v.present !== null && v.present <= members) {
    const possible = v.present + Math.min(v.writtenAbsent ?? 0, members - v.present);
    if (v.votesFor > possible) push("votesFor", "votesPresent", { value: v.votesFor, possible, present: v.present, written: v.writtenAbsent ?? 0 });
  }
  return out;
}
