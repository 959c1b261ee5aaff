import { codeOf } from "@psg/testing";
import { checkDeliverable, checkSummary, DELIVERABLE_FORMATS } from "../src/completion-report/completion-report.rules";

const pdf = Buffer.from("%PDF-1.7\nhello\n%%EOF", "latin1");
const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from("rest of the archive")]);
const upload = (fileName: string, contentType: string, bytes: Buffer) => ({
  fileName,
  contentType,
  contentBase64: bytes.toString("base64"),
});

describe("deliverables", () => {
  it("accepts a pdf and returns its exact bytes", () => {
    expect(checkDeliverable(upload("plan.pdf", "application/pdf", pdf), 1024).equals(pdf)).toBe(true);
  });

  it.each(["docx", "pptx", "xlsx"])("accepts a %s zip with its declared type", (ext) => {
    const bytes = checkDeliverable(upload(`plan.${ext}`, DELIVERABLE_FORMATS[ext].contentType, zip), 1024);
    expect(bytes.equals(zip)).toBe(true);
  });

  it.each([
    ["an executable", upload("setup.exe", "application/octet-stream", Buffer.from("MZ\x90\x00", "latin1"))],
    ["an executable named pdf", upload("plan.pdf", "application/pdf", Buffer.from("MZ\x90\x00", "latin1"))],
    ["a pdf declared as docx", upload("plan.docx", DELIVERABLE_FORMATS.docx.contentType, pdf)],
    ["a wrong content type", upload("plan.pdf", "text/plain", pdf)],
    ["no extension", upload("plan", "application/pdf", pdf)],
    ["a path", upload("../plan.pdf", "application/pdf", pdf)],
    ["an empty file", upload("plan.pdf", "application/pdf", Buffer.alloc(0))],
    ["broken base64", { fileName: "plan.pdf", contentType: "application/pdf", contentBase64: "JVBER!!i0x" }],
  ])("refuses %s", (_, input) => {
    expect(codeOf(() => checkDeliverable(input, 1024))).toBe("DELIVERABLE_INVALID");
  });

  it("refuses a file over the limit, and takes one at the limit", () => {
    const big = Buffer.concat([pdf, Buffer.alloc(1024 - pdf.length)]);
    expect(codeOf(() => checkDeliverable(upload("plan.pdf", "application/pdf", big), 1024))).toBeUndefined();
    const over = Buffer.concat([big, Buffer.alloc(1)]);
    expect(codeOf(() => checkDeliverable(upload("plan.pdf", "application/pdf", over), 1024))).toBe("DELIVERABLE_INVALID");
  });

  it("needs a summary", () => {
    expect(codeOf(() => checkSummary("  "))).toBe("BAD_USER_INPUT");
    expect(codeOf(() => checkSummary("Done."))).toBeUndefined();
  });
});
