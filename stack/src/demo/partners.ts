import { buildPartner, dateInYears } from "../builders";
import type { DemoSeed } from "./seed";

/** The qualified demo partner, whose dashboard Sandbox opens with. */
export const DEMO_PARTNER_NAME = "Contoso Consulting";

/**
 * Contoso Consulting: a qualified partner in Germany, enrolled in DDPS and SDPS, with a
 * qualified consultant and one key per partner role. Northwind Advisory: a member without
 * any competency, so its eligibility shows what is missing.
 */
export async function seedPartners(seed: DemoSeed): Promise<void> {
  const since = dateInYears(-1);
  const until = dateInYears(2);
  const contoso = await buildPartner(seed.graph, {
    mpnId: "4410001",
    legalName: DEMO_PARTNER_NAME,
    membershipStart: since,
    membershipEnd: until,
    competencies: ["WINDOWS_AND_DEVICES", "COLLABORATION_AND_CONTENT"].map((competencyCode) => ({
      competencyCode,
      level: "GOLD" as const,
      attainedAt: since,
      expiresAt: until,
    })),
    location: { mpnLocationId: "4410002", country: "DE", address: "Friedrichstrasse 100, 10117 Berlin" },
    consultant: {
      name: "Erika Mustermann",
      email: "erika.mustermann@contoso.example",
      passes: ["MD-100", "MS-300"].map((examCode) => ({ examCode, passedAt: since, expiresAt: until })),
    },
    offeringCodes: ["DDPS", "SDPS"],
  });
  await seed.operator("mutation ($input: UpsertBusinessProfileInput!) { upsertBusinessProfile(input: $input) { region } }", {
    input: {
      partnerId: contoso.partnerId,
      region: "EMEA",
      description: "Deployment planning for Windows, Office and SharePoint in the German-speaking market.",
      website: "https://contoso.example",
      industries: ["Manufacturing", "Public sector"],
      products: ["Windows", "Microsoft 365", "SharePoint"],
    },
  });
  await seed.key("Contoso Consulting GLOBAL_ADMIN", "PARTNER", contoso.partnerId, ["GLOBAL_ADMIN"]);
  await seed.key("Contoso Consulting PARTNER_ADMIN", "PARTNER", contoso.partnerId, ["PARTNER_ADMIN"]);
  await seed.key("Contoso Consulting BILLING_ADMIN", "PARTNER", contoso.partnerId, ["BILLING_ADMIN"]);

  const northwind = await buildPartner(seed.graph, {
    mpnId: "4420001",
    legalName: "Northwind Advisory",
    membershipStart: since,
    membershipEnd: until,
  });
  await seed.key("Northwind Advisory GLOBAL_ADMIN (not qualified)", "PARTNER", northwind.partnerId, ["GLOBAL_ADMIN"]);

  seed.ids.partnerId = contoso.partnerId;
  if (contoso.locationId) seed.ids.locationId = contoso.locationId;
  if (contoso.consultantId) seed.ids.consultantId = contoso.consultantId;
  seed.ids.unqualifiedPartnerId = northwind.partnerId;
}
