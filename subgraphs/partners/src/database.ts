import { ApiKey } from "./api-key/api-key.entity";
import { BusinessProfile } from "./business-profile/business-profile.entity";
import { Competency } from "./catalog/competency.entity";
import { CompetencyRequirement } from "./catalog/competency-requirement.entity";
import { EngagementType } from "./catalog/engagement-type.entity";
import { Exam } from "./catalog/exam.entity";
import { Offering } from "./catalog/offering.entity";
import { PartnerCompetency } from "./competency-grant/partner-competency.entity";
import { Consultant } from "./consultant/consultant.entity";
import { ExamPass } from "./consultant/exam-pass.entity";
import { ProgramEnrollment } from "./enrollment/enrollment.entity";
import { PartnerLocation } from "./location/location.entity";
import { KeysAndCatalog1732400000000 } from "./migrations/1732400000000-keys-and-catalog";
import { Partners1732500000000 } from "./migrations/1732500000000-partners";
import { Outbox1732650000000 } from "./migrations/1732650000000-outbox";
import { IdempotencyKeys1732720000000 } from "./migrations/1732720000000-idempotency-keys";
import { Partner } from "./partner/partner.entity";

export const SCHEMA = "partners";
export const entities = [
  ApiKey,
  Competency,
  Exam,
  Offering,
  EngagementType,
  CompetencyRequirement,
  Partner,
  PartnerLocation,
  PartnerCompetency,
  Consultant,
  ExamPass,
  ProgramEnrollment,
  BusinessProfile,
];
export const migrations = [KeysAndCatalog1732400000000, Partners1732500000000, Outbox1732650000000, IdempotencyKeys1732720000000];
