// The error the in-memory Excel throws, shaped like OfficeExtension.Error: a
// `code` from Excel.ErrorCodes, a message, and debugInfo naming where it arose.

export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidReference"
  | "InvalidObjectPath"
  | "RequestPayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "RunMustReturnPromise"
  | "GeneralException";

export class OfficeApiError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: OfficeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const invalidArgument = (message: string, where?: string): OfficeApiError =>
  new OfficeApiError("InvalidArgument", message, where);

export const itemNotFound = (what: string, where?: string): OfficeApiError =>
  new OfficeApiError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, where);

export const invalidOperation = (message: string, where?: string): OfficeApiError =>
  new OfficeApiError("InvalidOperation", message, where);
