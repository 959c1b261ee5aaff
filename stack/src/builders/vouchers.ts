import type { Graph } from "./graph";

export interface VoucherSpec {
  customerId: string;
  offeringCode: string;
  serviceLevelDays: number;
  assigneeName: string;
  assigneeEmail: string;
}

export interface CreatedVoucher {
  id: string;
  number: string;
  expiresAt: string;
}

/** A voucher created and assigned by the customer's benefits administrator. */
export async function createVoucher(
  graph: Graph,
  benefitsAdminKey: string,
  spec: VoucherSpec,
  at?: string,
): Promise<CreatedVoucher> {
  const { createVoucher: voucher } = await graph.call<{ createVoucher: CreatedVoucher }>(
    benefitsAdminKey,
    "mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id number expiresAt } }",
    { input: spec },
    at,
  );
  return voucher;
}

export interface ReservationSpec {
  number: string;
  assigneeEmail: string;
  partnerId: string;
  locationId: string;
  engagementTypeId: string;
  plannedStart: string;
  plannedEnd: string;
}

/** A partner's admin reserves a voucher, terms accepted; returns the engagement's id. */
export async function reserveVoucher(graph: Graph, partnerKey: string, spec: ReservationSpec, at?: string): Promise<string> {
  const { reserveVoucher: reserved } = await graph.call<{ reserveVoucher: { engagement: { id: string } } }>(
    partnerKey,
    "mutation ($input: ReserveVoucherInput!) { reserveVoucher(input: $input) { engagement { id } } }",
    { input: { ...spec, acceptTerms: true } },
    at,
  );
  return reserved.engagement.id;
}

export interface DeliverySpec {
  consultantIds: string[];
  actualStart: string;
  actualEnd: string;
  daysDelivered: number;
  offsiteDays: number;
  summary: string;
  deliverableKind: string;
  deliverable: { fileName: string; contentType: string; contentBase64: string };
}

/** Takes a reserved engagement through start, delivery and the completion report. */
export async function deliverEngagement(
  graph: Graph,
  partnerKey: string,
  engagementId: string,
  spec: DeliverySpec,
  at?: string,
): Promise<void> {
  const step = (mutation: string, input: Record<string, unknown>) => graph.call(partnerKey, mutation, { input }, at);
  await step("mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { status } }", {
    engagementId,
    consultantIds: spec.consultantIds,
    actualStart: spec.actualStart,
  });
  await step("mutation ($input: CompleteDeliveryInput!) { completeDelivery(input: $input) { status } }", {
    engagementId,
    actualEnd: spec.actualEnd,
    daysDelivered: spec.daysDelivered,
    offsiteDays: spec.offsiteDays,
  });
  await step("mutation ($input: SubmitCompletionReportInput!) { submitCompletionReport(input: $input) { id } }", {
    engagementId,
    summary: spec.summary,
    deliverableKind: spec.deliverableKind,
    deliverable: spec.deliverable,
  });
}

/** The holding partner redeems a reported voucher; returns when. */
export async function redeemVoucher(graph: Graph, partnerKey: string, voucherId: string, at?: string): Promise<string> {
  const { redeemVoucher: redeemed } = await graph.call<{ redeemVoucher: { redeemedAt: string } }>(
    partnerKey,
    "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { redeemedAt } }",
    { id: voucherId },
    at,
  );
  return redeemed.redeemedAt;
}
