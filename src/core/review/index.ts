/** Reviews of proposals in a shared workbook: `Đề nghị` review columns, data stamps, stale detection, `Nhật ký`. */
export * from "./review-status";
export * from "./columns";
export * from "./date-time";
export * from "./keys";
export * from "./fact-index";
export * from "./data-stamp";
export * from "./fact-changes";
export * from "./review";
export * from "./proposal-sheet-read";
export * from "./proposal-sheet-write";
export * from "./facts-store";
export * from "./carry-over";
export * from "./log";
export * from "./review-write";
export * from "./merge";
export * from "./workbook-reviews";
export * from "./filter";
