import { DomainError } from "@psg/shared";

const PDF = Buffer.from("%PDF-", "latin1");
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The deliverable formats of the program, by extension: the MIME type it must declare and the bytes it starts with. */
export const DELIVERABLE_FORMATS: Record<string, { contentType: string; magic: Buffer }> = {
  pdf: { contentType: "application/pdf", magic: PDF },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: ZIP },
  pptx: { contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: ZIP },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: ZIP },
};

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const invalid = (why: string): never => {
  throw new DomainError("DELIVERABLE_INVALID", `The deliverable was refused: ${why}.`);
};

export interface DeliverableUpload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

/** A deliverable is a pdf, docx, pptx or xlsx file (by name, declared type and content) of at most the size limit (10 MiB). */
export function checkDeliverable(upload: DeliverableUpload, maxBytes: number): Buffer {
  const name = upload.fileName.trim();
  if (name === "" || name.length > 255 || /[/\\\0]/.test(name))
    invalid("the file name must be 1 to 255 characters without slashes");
  const extension = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  const format = DELIVERABLE_FORMATS[extension];
  if (!format) invalid("only pdf, docx, pptx and xlsx files are accepted");
  if (upload.contentType.trim().toLowerCase() !== format.contentType)
    invalid(`a .${extension} file has type ${format.contentType}`);
  if (upload.contentBase64.length > Math.ceil(maxBytes / 3) * 4 + 4) invalid(`the file is larger than ${maxBytes} bytes`);
  if (!BASE64.test(upload.contentBase64)) invalid("contentBase64 is not valid base64");
  const bytes = Buffer.from(upload.contentBase64, "base64");
  if (bytes.length === 0) invalid("the file is empty");
  if (bytes.length > maxBytes) invalid(`the file is larger than ${maxBytes} bytes`);
  if (!bytes.subarray(0, format.magic.length).equals(format.magic)) invalid(`the content is not a ${extension} file`);
  return bytes;
}

/** A completion report needs a summary a person can read. */
export function checkSummary(summary: string): void {
  if (summary.trim() === "" || summary.length > 10_000) {
    throw new DomainError("BAD_USER_INPUT", "summary must be 1 to 10000 characters.");
  }
}
