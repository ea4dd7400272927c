/**
 * One error class per way a template or a generation can fail. Each carries a message key of the
 * `documents` catalogue and its parameters, so the CLI and the task pane say it in the user's language.
 */
import type { MsgParams } from "../core/issues";
import type { DocumentKind } from "./kinds";

export abstract class DocumentError extends Error {
  abstract readonly key: string;
  readonly params: MsgParams;

  protected constructor(params: MsgParams) {
    super(JSON.stringify(params));
    this.params = params;
    this.name = new.target.name;
  }
}

/** A problem the preflight finds in one template (file = the template's name, as the clerk knows it). */
export abstract class TemplateProblem extends DocumentError {
  readonly kind: DocumentKind;
  readonly file: string;

  protected constructor(kind: DocumentKind, file: string, params: MsgParams = {}) {
    super({ file, kind, ...params, ...(typeof params.name === "string" ? { field: `{{${params.name}}}` } : {}), ...(typeof params.closest === "string" ? { closestField: `{{${params.closest}}}` } : {}) });
    this.kind = kind;
    this.file = file;
  }
}

/** Not a .docx (not a zip, no word/document.xml). */
export class TemplateUnreadableError extends TemplateProblem {
  readonly key = "docs.template.unreadable";
  constructor(kind: DocumentKind, file: string) {
    super(kind, file);
  }
}

/** A required placeholder is not in the template (deleted, or mistyped). */
export class MissingPlaceholderError extends TemplateProblem {
  readonly key = "docs.template.missing";
  readonly placeholder: string;
  constructor(kind: DocumentKind, file: string, placeholder: string) {
    super(kind, file, { name: placeholder });
    this.placeholder = placeholder;
  }
}

/** The template has a placeholder this kind of document does not know. */
export class UnknownPlaceholderError extends TemplateProblem {
  readonly key: string;
  readonly placeholder: string;
  constructor(kind: DocumentKind, file: string, placeholder: string, closest: string | null) {
    super(kind, file, closest ? { name: placeholder, closest } : { name: placeholder });
    this.placeholder = placeholder;
    this.key = closest ? "docs.template.unknownClosest" : "docs.template.unknown";
  }
}

/** "{{" without its "}}" in the same paragraph (or the reverse). */
export class MalformedPlaceholderError extends TemplateProblem {
  readonly key = "docs.template.malformed";
  constructor(kind: DocumentKind, file: string, snippet: string) {
    super(kind, file, { snippet, example: "{{ho_ten}}" });
  }
}

/** A field of repeated rows (`{{nhom.dong.ten}}`) outside a table row. */
export class RowFieldOutsideTableError extends TemplateProblem {
  readonly key = "docs.template.rowOutsideTable";
  readonly placeholder: string;
  constructor(kind: DocumentKind, file: string, placeholder: string) {
    super(kind, file, { name: placeholder });
    this.placeholder = placeholder;
  }
}

/** A placeholder replaced by whole paragraphs shares its paragraph with other text, which would be lost. */
export class BlockNotAloneError extends TemplateProblem {
  readonly key = "docs.template.blockNotAlone";
  readonly placeholder: string;
  constructor(kind: DocumentKind, file: string, placeholder: string) {
    super(kind, file, { name: placeholder });
    this.placeholder = placeholder;
  }
}

/** The template holds the private-use characters the generator uses for literal braces. */
export class ReservedCharacterError extends TemplateProblem {
  readonly key = "docs.template.reserved";
  constructor(kind: DocumentKind, file: string) {
    super(kind, file);
  }
}

/** All the problems found before generating; nothing is generated. */
export class TemplatePreflightError extends DocumentError {
  readonly key = "docs.template.preflight";
  readonly problems: ReadonlyArray<TemplateProblem>;
  constructor(problems: ReadonlyArray<TemplateProblem>) {
    super({ count: problems.length });
    this.problems = problems;
  }
}

/** A placeholder was still in a generated document (never written out). */
export class UnfilledPlaceholderError extends DocumentError {
  readonly key = "docs.unfilled";
  constructor(file: string, names: ReadonlyArray<string>) {
    super({ file, names: names.join(", ") });
  }
}
