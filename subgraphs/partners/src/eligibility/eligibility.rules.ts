import { DELIVERY_REQUIREMENTS, type RequirementFacts } from "../delivery-check/delivery-check.rules";

export interface EligibilityFacts extends Omit<RequirementFacts, "requirements"> {
  requirements: (RequirementFacts["requirements"][number] & { competencyName: string })[];
}

export interface Check {
  code: string;
  met: boolean;
  detail: string;
}

/** To deliver an engagement type a partner needs every one of the delivery requirements: each is reported, met or not. */
export function eligibilityChecks(f: EligibilityFacts): Check[] {
  return DELIVERY_REQUIREMENTS.map((requirement) => {
    const met = requirement.met(f);
    return { code: requirement.code, met, detail: requirement.detail(f, met) };
  });
}
