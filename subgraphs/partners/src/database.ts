import { ApiKey } from "./api-key/api-key.entity";
import { Competency } from "./catalog/competency.entity";
import { CompetencyRequirement } from "./catalog/competency-requirement.entity";
import { EngagementType } from "./catalog/engagement-type.entity";
import { Exam } from "./catalog/exam.entity";
import { Offering } from "./catalog/offering.entity";
import { KeysAndCatalog1732400000000 } from "./migrations/1732400000000-keys-and-catalog";

export const SCHEMA = "partners";
export const entities = [ApiKey, Competency, Exam, Offering, EngagementType, CompetencyRequirement];
export const migrations = [KeysAndCatalog1732400000000];
