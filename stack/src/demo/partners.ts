import type { DemoSeed } from "./seed";

const yearsFromNow = (years: number): string => {
  const at = new Date();
  at.setUTCFullYear(at.getUTCFullYear() + years);
  return at.toISOString().slice(0, 10);
};

type Id = { id: string };

/**
 * Contoso Consulting: a qualified partner in Germany, enrolled in DDPS and SDPS, with a
 * qualified consultant and one key per partner role. Northwind Advisory: a member without
 * any competency, so its eligibility shows what is missing.
 */
/** The qualified demo partner, whose dashboard Sandbox opens with. */
export const DEMO_PARTNER_NAME = "Contoso Consulting";

export async function seedPartners(seed: DemoSeed): Promise<void> {
  const since = yearsFromNow(-1);
  const until = yearsFromNow(2);
  const { createPartner: contoso } = await seed.operator<{ createPartner: Id }>(
    "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }",
    { input: { mpnId: "4410001", legalName: DEMO_PARTNER_NAME, membershipStart: since, membershipEnd: until } },
  );
  for (const competencyCode of ["WINDOWS_AND_DEVICES", "COLLABORATION_AND_CONTENT"]) {
    await seed.operator("mutation ($input: GrantCompetencyInput!) { grantCompetency(input: $input) { level } }", {
      input: { partnerId: contoso.id, competencyCode, level: "GOLD", attainedAt: since, expiresAt: until },
    });
  }
  const { addPartnerLocation: location } = await seed.operator<{ addPartnerLocation: Id }>(
    "mutation ($input: AddPartnerLocationInput!) { addPartnerLocation(input: $input) { id } }",
    { input: { partnerId: contoso.id, mpnLocationId: "4410002", country: "DE", address: "Friedrichstrasse 100, 10117 Berlin" } },
  );
  const { addConsultant: consultant } = await seed.operator<{ addConsultant: Id }>(
    "mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id } }",
    { input: { partnerId: contoso.id, name: "Erika Mustermann", email: "erika.mustermann@contoso.example" } },
  );
  for (const examCode of ["MD-100", "MS-300"]) {
    await seed.operator("mutation ($input: RecordExamPassInput!) { recordExamPass(input: $input) { id } }", {
      input: { consultantId: consultant.id, examCode, passedAt: since, expiresAt: until },
    });
  }
  for (const offeringCode of ["DDPS", "SDPS"]) {
    await seed.operator("mutation ($input: EnrollInOfferingInput!) { enrollInOffering(input: $input) { id } }", {
      input: { partnerId: contoso.id, offeringCode, agreementVersion: "2021-01", acceptAgreement: true },
    });
  }
  await seed.operator("mutation ($input: UpsertBusinessProfileInput!) { upsertBusinessProfile(input: $input) { region } }", {
    input: {
      partnerId: contoso.id,
      region: "EMEA",
      description: "Deployment planning for Windows, Office and SharePoint in the German-speaking market.",
      website: "https://contoso.example",
      industries: ["Manufacturing", "Public sector"],
      products: ["Windows", "Microsoft 365", "SharePoint"],
    },
  });
  await seed.key("Contoso Consulting GLOBAL_ADMIN", "PARTNER", contoso.id, ["GLOBAL_ADMIN"]);
  await seed.key("Contoso Consulting PARTNER_ADMIN", "PARTNER", contoso.id, ["PARTNER_ADMIN"]);
  await seed.key("Contoso Consulting BILLING_ADMIN", "PARTNER", contoso.id, ["BILLING_ADMIN"]);

  const { createPartner: northwind } = await seed.operator<{ createPartner: Id }>(
    "mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }",
    { input: { mpnId: "4420001", legalName: "Northwind Advisory", membershipStart: since, membershipEnd: until } },
  );
  await seed.key("Northwind Advisory GLOBAL_ADMIN (not qualified)", "PARTNER", northwind.id, ["GLOBAL_ADMIN"]);

  seed.ids.partnerId = contoso.id;
  seed.ids.locationId = location.id;
  seed.ids.consultantId = consultant.id;
  seed.ids.unqualifiedPartnerId = northwind.id;
}
