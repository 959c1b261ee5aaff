import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DeliverableKind } from "./deliverable-kind";

@ObjectType({ description: "The file handed to the customer: stored byte for byte." })
export class Deliverable {
  reportId: string;

  @Field({ description: "The file's name, with its extension." })
  fileName: string;

  @Field({ description: "The file's MIME type." })
  contentType: string;

  @Field(() => Int, { description: "The file's size in bytes." })
  sizeBytes: number;

  @Field({ description: "Hex SHA-256 of the bytes." })
  sha256: string;
}

@ObjectType("CompletionReport", { description: "What a partner reports when delivery is done." })
export class CompletionReportView {
  @Field(() => ID, { description: "The completion report's id." })
  id: string;

  @Field({ description: "What was done and agreed, as the partner wrote it." })
  summary: string;

  @Field(() => DeliverableKind, { description: "What kind of plan or document the deliverable is." })
  deliverableKind: DeliverableKind;

  @Field({ description: "When the partner submitted the report." })
  submittedAt: Date;

  @Field(() => Deliverable, { description: "The file handed to the customer." })
  deliverable: Deliverable;
}

@InputType({ description: "The deliverable file of a completion report." })
export class DeliverableInput {
  @Field({ description: "With extension pdf, docx, pptx or xlsx." })
  fileName: string;

  @Field({ description: "The file's MIME type; it must match its extension." })
  contentType: string;

  @Field({ description: "The file's bytes in base64; at most 10 MiB decoded." })
  contentBase64: string;
}

@InputType({ description: "A completion report for a delivered engagement." })
export class SubmitCompletionReportInput {
  @Field(() => ID, { description: "The delivered engagement being reported." })
  engagementId: string;

  @Field({ description: "What was done and agreed, 1 to 10000 characters." })
  summary: string;

  @Field(() => DeliverableKind, { description: "What kind of plan or document the deliverable is." })
  deliverableKind: DeliverableKind;

  @Field(() => DeliverableInput, { description: "The file handed to the customer." })
  deliverable: DeliverableInput;
}
