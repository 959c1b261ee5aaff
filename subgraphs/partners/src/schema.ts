import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { ApiKeyResolver } from "./api-key/api-key.resolver";
import { CompetencyResolver } from "./catalog/competency.resolver";
import { engagementTypeReference } from "./catalog/engagement-type.reference";
import { CompetencyRequirementResolver, EngagementTypeResolver } from "./catalog/engagement-type.resolver";
import { ExamResolver } from "./catalog/exam.resolver";
import { offeringReference } from "./catalog/offering.reference";
import { OfferingResolver } from "./catalog/offering.resolver";
import { ViewerResolver } from "./viewer/viewer.resolver";

export function buildPartnersSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ViewerResolver,
        ApiKeyResolver,
        CompetencyResolver,
        ExamResolver,
        OfferingResolver,
        EngagementTypeResolver,
        CompetencyRequirementResolver,
      ],
    },
    {
      Offering: offeringReference,
      EngagementType: engagementTypeReference,
    },
  );
}
