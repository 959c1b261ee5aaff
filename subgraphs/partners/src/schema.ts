import { buildFederatedSchema } from "@psg/shared";
import type { GraphQLSchema } from "graphql";
import { ApiKeyResolver } from "./api-key/api-key.resolver";
import { BusinessProfileResolver } from "./business-profile/business-profile.resolver";
import { CompetencyResolver } from "./catalog/competency.resolver";
import { engagementTypeReference } from "./catalog/engagement-type.reference";
import { CompetencyRequirementResolver, EngagementTypeResolver } from "./catalog/engagement-type.resolver";
import { ExamResolver } from "./catalog/exam.resolver";
import { offeringReference } from "./catalog/offering.reference";
import { OfferingResolver } from "./catalog/offering.resolver";
import { PartnerCompetencyResolver } from "./competency-grant/competency-grant.resolver";
import { consultantReference } from "./consultant/consultant.reference";
import { ConsultantResolver, ExamPassResolver } from "./consultant/consultant.resolver";
import { DeliveryCheckResolver } from "./delivery-check/delivery-check.resolver";
import { EligibilityResolver } from "./eligibility/eligibility.resolver";
import { ProgramEnrollmentResolver } from "./enrollment/enrollment.resolver";
import { EnrollmentDeadlinesResolver } from "./enrollment/enrollment-deadlines.resolver";
import { partnerLocationReference } from "./location/location.reference";
import { PartnerLocationResolver } from "./location/location.resolver";
import { PartnerInternalResolver } from "./partner/partner.internal";
import { partnerReference } from "./partner/partner.reference";
import { PartnerResolver } from "./partner/partner.resolver";
import { PartnerDetailsResolver } from "./partner-details/partner-details.resolver";
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
        PartnerResolver,
        PartnerDetailsResolver,
        PartnerLocationResolver,
        PartnerCompetencyResolver,
        ConsultantResolver,
        ExamPassResolver,
        ProgramEnrollmentResolver,
        EnrollmentDeadlinesResolver,
        BusinessProfileResolver,
        EligibilityResolver,
        DeliveryCheckResolver,
        PartnerInternalResolver,
      ],
    },
    {
      Offering: offeringReference,
      EngagementType: engagementTypeReference,
      Partner: partnerReference,
      PartnerLocation: partnerLocationReference,
      Consultant: consultantReference,
    },
  );
}
