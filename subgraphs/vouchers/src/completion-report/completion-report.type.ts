import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DeliverableKind } from "./deliverable-kind";

@ObjectType({ description: "The file handed to the customer: stored byte for byte." })
export class Deliverable {
  reportId: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: "Hex SHA-256 of the bytes." })
  sha256: string;
}

@ObjectType("CompletionReport", { description: "What a partner reports when delivery is done." })
export class CompletionReportView {
  @Field(() => ID)
  id: string;

  @Field()
  summary: string;

  @Field(() => DeliverableKind)
  deliverableKind: DeliverableKind;

  @Field()
  submittedAt: Date;

  @Field(() => Deliverable)
  deliverable: Deliverable;
}

@InputType()
export class DeliverableInput {
  @Field({ description: "With extension pdf, docx, pptx or xlsx." })
  fileName: string;

  @Field()
  contentType: string;

  @Field({ description: "The file's bytes in base64; at most 10 MiB decoded." })
  contentBase64: string;
}

@InputType()
export class SubmitCompletionReportInput {
  @Field(() => ID)
  engagementId: string;

  @Field()
  summary: string;

  @Field(() => DeliverableKind)
  deliverableKind: DeliverableKind;

  @Field(() => DeliverableInput)
  deliverable: DeliverableInput;
}
