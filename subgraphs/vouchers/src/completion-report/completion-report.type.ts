import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DeliverableKind } from "./deliverable-kind";

@ObjectType({ description: "The file handed to the customer: stored byte for byte." })
export class Deliverable {
  reportId: string;

  @Field({ description: "The file's name, as uploaded." })
  fileName: string;

  @Field({ description: "The file's media type, as uploaded." })
  contentType: string;

  @Field(() => Int, { description: "The file's size in bytes." })
  sizeBytes: number;

  @Field({ description: "Hex SHA-256 of the bytes." })
  sha256: string;
}

@ObjectType("CompletionReport", { description: "What a partner reports when delivery is done." })
export class CompletionReportView {
  @Field(() => ID, { description: "The report's id." })
  id: string;

  @Field({ description: "The partner's summary of what was delivered." })
  summary: string;

  @Field(() => DeliverableKind, { description: "What kind of document the deliverable is." })
  deliverableKind: DeliverableKind;

  @Field({ description: "When the partner submitted it." })
  submittedAt: Date;

  @Field(() => Deliverable, { description: "The deliverable file (its metadata; its bytes on request)." })
  deliverable: Deliverable;
}

@InputType({ description: "The deliverable file, uploaded inline." })
export class DeliverableInput {
  @Field({ description: "With extension pdf, docx, pptx or xlsx." })
  fileName: string;

  @Field({ description: "The file's media type, matching its extension." })
  contentType: string;

  @Field({ description: "The file's bytes in base64; at most 10 MiB decoded." })
  contentBase64: string;
}

@InputType({ description: "The completion report of a delivered engagement; the voucher can be redeemed after it." })
export class SubmitCompletionReportInput {
  @Field(() => ID, { description: "The delivered engagement." })
  engagementId: string;

  @Field({ description: "What was delivered, in a few sentences." })
  summary: string;

  @Field(() => DeliverableKind, { description: "What kind of document the deliverable is." })
  deliverableKind: DeliverableKind;

  @Field(() => DeliverableInput, { description: "The deliverable file: pdf, docx, pptx or xlsx, at most 10 MiB." })
  deliverable: DeliverableInput;
}
