import { asOperator, type Graph } from "./graph";

type Id = { id: string };

export interface KeySpec {
  name: string;
  organizationKind: "OPERATOR" | "PARTNER" | "CUSTOMER";
  organizationId: string | null;
  roles: string[];
}

/** An API key for an organisation; returns its secret. */
export async function createApiKey(graph: Graph, key: KeySpec, at?: string): Promise<string> {
  const created = await asOperator<{ secret: string }>(
    graph,
    "mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }",
    { ...key },
    at,
  );
  return created.secret;
}

export interface PartnerSpec {
  mpnId: string;
  legalName: string;
  membershipStart: string;
  membershipEnd: string;
  competencies?: { competencyCode: string; level: "SILVER" | "GOLD"; attainedAt: string; expiresAt: string }[];
  location?: { mpnLocationId: string; country: string; address: string };
  consultant?: { name: string; email: string; passes: { examCode: string; passedAt: string; expiresAt: string }[] };
  offeringCodes?: string[];
}

/**
 * A partner made through the API, in the order a partner's admin would: membership,
 * competencies, a location, a consultant and the exams they passed, enrolments.
 */
export async function buildPartner(
  graph: Graph,
  spec: PartnerSpec,
  at?: string,
): Promise<{ partnerId: string; locationId: string | null; consultantId: string | null }> {
  const run = <T>(mutation: string, input: Record<string, unknown>) => asOperator<T>(graph, mutation, input, at);
  const { mpnId, legalName, membershipStart, membershipEnd } = spec;
  const partner = await run<Id>("mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }", {
    mpnId,
    legalName,
    membershipStart,
    membershipEnd,
  });
  for (const grant of spec.competencies ?? []) {
    await run("mutation ($input: GrantCompetencyInput!) { grantCompetency(input: $input) { level } }", {
      partnerId: partner.id,
      ...grant,
    });
  }
  const location = spec.location
    ? await run<Id>("mutation ($input: AddPartnerLocationInput!) { addPartnerLocation(input: $input) { id } }", {
        partnerId: partner.id,
        ...spec.location,
      })
    : null;
  const consultant = spec.consultant
    ? await run<Id>("mutation ($input: AddConsultantInput!) { addConsultant(input: $input) { id } }", {
        partnerId: partner.id,
        name: spec.consultant.name,
        email: spec.consultant.email,
      })
    : null;
  for (const pass of consultant ? (spec.consultant?.passes ?? []) : []) {
    await run("mutation ($input: RecordExamPassInput!) { recordExamPass(input: $input) { id } }", {
      consultantId: consultant?.id,
      ...pass,
    });
  }
  for (const offeringCode of spec.offeringCodes ?? []) {
    await run("mutation ($input: EnrollInOfferingInput!) { enrollInOffering(input: $input) { id } }", {
      partnerId: partner.id,
      offeringCode,
      agreementVersion: "2021-01",
      acceptAgreement: true,
    });
  }
  return { partnerId: partner.id, locationId: location?.id ?? null, consultantId: consultant?.id ?? null };
}

export interface CustomerSpec {
  name: string;
  country: string;
  agreementNumber: string | null;
  saCoverageEnd: string;
  planningDays: number;
}

/** A customer with its pool of planning days, made by the operator; returns its id. */
export async function createCustomer(graph: Graph, spec: CustomerSpec, at?: string): Promise<string> {
  const customer = await asOperator<Id>(
    graph,
    "mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }",
    { ...spec },
    at,
  );
  return customer.id;
}

/** The customer's benefits administrator activates its benefit. */
export async function activateBenefit(graph: Graph, benefitsAdminKey: string, customerId: string, at?: string): Promise<void> {
  await graph.call(
    benefitsAdminKey,
    "mutation ($id: ID!) { activateBenefit(customerId: $id) { status } }",
    { id: customerId },
    at,
  );
}
