/** The six kinds of documents of the dossier (documents.md, cli.md `generate`) and their template files. */

export const DOCUMENT_KINDS = ["to-trinh", "danh-sach", "bao-cao-ca-nhan", "bao-cao-tap-the", "bien-ban", "bao-cao-dot-xuat"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** File name of a kind's template in `templates/` (or in a clerk's `--templates DIR`). */
export function templateFileName(kind: DocumentKind): string {
  return `${kind}.docx`;
}

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as ReadonlyArray<string>).includes(value);
}
