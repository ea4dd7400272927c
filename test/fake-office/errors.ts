/**
 * Errors of the fake host, shaped like Office.js' `OfficeExtension.Error` (name "RichApi.Error", a `code`,
 * `debugInfo`), with the codes Office.js uses. `FakeNotImplemented` marks a path the fake does not model:
 * a test that reaches it fails loudly instead of passing against invented behaviour.
 */
export const ERROR_CODES = {
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  itemNotFound: "ItemNotFound",
  itemAlreadyExists: "ItemAlreadyExists",
  invalidSelection: "InvalidSelection",
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  invalidRequestContext: "InvalidRequestContext",
  runMustReturnPromise: "RunMustReturnPromise",
} as const;

export type FakeErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class FakeRichApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export class FakeNotImplemented extends Error {
  override readonly name = "FakeNotImplemented";
  constructor(what: string) {
    super(`The fake Excel host does not model: ${what}`);
  }
}

export function propertyNotLoaded(prop: string): FakeRichApiError {
  return new FakeRichApiError(
    ERROR_CODES.propertyNotLoaded,
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
