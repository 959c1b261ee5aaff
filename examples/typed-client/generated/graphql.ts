/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether a customer's Planning Services benefit is activated. */
export type BenefitStatus =
  /** Activated; vouchers can be created from its days. */
  | 'ACTIVATED'
  /** Not yet activated; no vouchers can be created. */
  | 'AVAILABLE';

/** SILVER is met by SILVER or GOLD. */
export type CompetencyLevel =
  /** The higher level; meets a SILVER requirement too. */
  | 'GOLD'
  /** The entry level of a competency. */
  | 'SILVER';

/** Where an engagement stands in its delivery. */
export type EngagementStatus =
  /** Its reservation was cancelled before delivery started. */
  | 'CANCELLED'
  /** Marked delivered with the actual days; waits for its completion report. */
  | 'DELIVERED'
  /** Started by qualified consultants. */
  | 'IN_DELIVERY'
  /** Its completion report is submitted; the voucher may be redeemed. */
  | 'REPORTED'
  /** Planned at reservation; not started. */
  | 'SCHEDULED';

/** EXPIRED from one year after enrolment. */
export type EnrollmentStatus =
  /** Enrolled: the partner may reserve vouchers of the offering until expiresAt. */
  | 'ENROLLED'
  /** One year has passed since enrolment; enrol again to renew. */
  | 'EXPIRED';

/** Who an API key acts for: the program's operators, a partner or a customer. */
export type OrganizationKind =
  /** A customer organisation whose benefit pays for planning services. */
  | 'CUSTOMER'
  /** The program itself (its operators). */
  | 'OPERATOR'
  /** A partner organisation that delivers planning services. */
  | 'PARTNER';

/** DRAFT → SUBMITTED → APPROVED → PAID; SUBMITTED → DENIED; DRAFT → WITHDRAWN. */
export type PaymentRequestStatus =
  /** Approved by an operator; due to be paid within 30 days. */
  | 'APPROVED'
  /** Denied by an operator, with a reason; its vouchers are free for a corrected request. */
  | 'DENIED'
  /** Created by the partner, priced, not yet sent to the program; may be withdrawn. */
  | 'DRAFT'
  /** Paid by the program: final. */
  | 'PAID'
  /** Sent to the program; waits for an operator to approve or deny it. */
  | 'SUBMITTED'
  /** Withdrawn by the partner while a draft; its vouchers are free again. */
  | 'WITHDRAWN';

/** Where a voucher stands in payment: CLAIMED while its request is a draft or submitted. */
export type PaymentStatus =
  /** In a payment request an operator approved. */
  | 'APPROVED'
  /** In a payment request that is a draft or submitted. */
  | 'CLAIMED'
  /** Its last payment request was denied; it may go into a corrected one. */
  | 'DENIED'
  /** In no payment request, or its latest one was withdrawn. */
  | 'NOT_CLAIMED'
  /** In a payment request the program paid. */
  | 'PAID';

/** What an API key may do; each kind of organisation has its own roles. */
export type Role =
  /** A customer's administrator: activates the benefit, creates, assigns and cancels vouchers. */
  | 'BENEFITS_ADMIN'
  /** A partner's billing administrator: bank accounts and payment requests. */
  | 'BILLING_ADMIN'
  /** A partner's administrator: everything a partner may do, incl. enrolment, payment tools and API keys. */
  | 'GLOBAL_ADMIN'
  /** The program's operators: the catalog, organisations, payment decisions; sees everything. */
  | 'OPERATOR'
  /** A partner's delivery administrator: profile, locations, consultants, vouchers, engagements, reports. */
  | 'PARTNER_ADMIN'
  /** A customer's project manager: reads the customer's vouchers, engagements and deliverables. */
  | 'PROJECT_MANAGER';

/** Where an offer stands: OPEN, or how it ended. */
export type VoucherOfferStatus =
  /** The customer cancelled the voucher. */
  | 'CANCELLED'
  /** The voucher expired. */
  | 'EXPIRED'
  /** The partner may reserve the voucher by its id. */
  | 'OPEN'
  /** The voucher was reserved (by this partner or, by number, another). */
  | 'RESERVED'
  /** The customer withdrew the offer. */
  | 'WITHDRAWN';

/** Where a voucher stands, as of now. */
export type VoucherStatus =
  /** Created and assigned to a project manager; a partner may validate and reserve it. */
  | 'ASSIGNED'
  /** Withdrawn by the customer while assigned; its days went back to the pool. */
  | 'CANCELLED'
  /** Not redeemed by expiresAt; unused days went back to the pool while SA coverage lasts. */
  | 'EXPIRED'
  /** Delivered and reported; the partner may ask the program for payment. */
  | 'REDEEMED'
  /** Held by one partner for an engagement; only that partner sees and changes it. */
  | 'RESERVED';

/** PENDING while it is being tried, DELIVERED after a 2xx answer, FAILED once given up. */
export type WebhookDeliveryStatus =
  /** The receiver answered with a 2xx. */
  | 'DELIVERED'
  /** Given up after the retry window; not tried again. */
  | 'FAILED'
  /** Not yet answered with a 2xx; tried again until the retry window ends. */
  | 'PENDING';

export type CreatePartnerMutationVariables = Exact<{
  membershipStart: string;
  membershipEnd: string;
}>;


export type CreatePartnerMutation = { createPartner: { id: string } };

export type GrantCompetencyMutationVariables = Exact<{
  partnerId: string | number;
  attainedAt: string;
  expiresAt: string;
}>;


export type GrantCompetencyMutation = { grantCompetency: { level: CompetencyLevel, lapsed: boolean } };

export type RenewMembershipMutationVariables = Exact<{
  partnerId: string | number;
  renewedUntil: string;
}>;


export type RenewMembershipMutation = { renewMembership: { membershipEnd: string | null } };

export type FindPartnersQueryVariables = Exact<{ [key: string]: never; }>;


export type FindPartnersQuery = { partners: { totalCount: number, edges: Array<{ node: { id: string, mpnId: string, legalName: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AddPartnerLocationMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type AddPartnerLocationMutation = { addPartnerLocation: { id: string } };

export type AddConsultantMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type AddConsultantMutation = { addConsultant: { id: string } };

export type UpsertBusinessProfileMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type UpsertBusinessProfileMutation = { upsertBusinessProfile: { region: string } };

export type RecordExamPassMutationVariables = Exact<{
  consultantId: string | number;
  passedAt: string;
  expiresAt: string;
}>;


export type RecordExamPassMutation = { recordExamPass: { examPasses: Array<{ expiresAt: string, exam: { code: string } }> } };

export type EnrollInOfferingMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type EnrollInOfferingMutation = { enrollInOffering: { status: EnrollmentStatus, enrolledAt: string, expiresAt: string } };

export type EligibilityQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type EligibilityQuery = { eligibility: { eligible: boolean, checks: Array<{ code: string, met: boolean, detail: string }> } };

export type PartnerProfileQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PartnerProfileQuery = { partner: { legalName: string, membershipEnd: string | null, locations: Array<{ id: string, country: string }>, competencies: Array<{ level: CompetencyLevel, lapsed: boolean, competency: { name: string } }>, consultants: { edges: Array<{ node: { name: string, examPasses: Array<{ expiresAt: string, exam: { code: string } }> } }> }, enrollments: Array<{ status: EnrollmentStatus, expiresAt: string, offering: { code: string } }> } | null };

export type CreateCustomerMutationVariables = Exact<{
  saCoverageEnd: string;
}>;


export type CreateCustomerMutation = { createCustomer: { id: string, benefit: { status: BenefitStatus, totalDays: number } } };

export type ActivateBenefitMutationVariables = Exact<{
  customerId: string | number;
}>;


export type ActivateBenefitMutation = { activateBenefit: { status: BenefitStatus, remainingDays: number, activatedAt: string | null } };

export type CreateVoucherMutationVariables = Exact<{
  customerId: string | number;
}>;


export type CreateVoucherMutation = { createVoucher: { id: string, number: string, expiresAt: string, status: VoucherStatus } };

export type CancelVoucherMutationVariables = Exact<{
  voucherId: string | number;
}>;


export type CancelVoucherMutation = { cancelVoucher: { status: VoucherStatus } };

export type CustomerVouchersQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerVouchersQuery = { customer: { benefit: { remainingDays: number }, vouchers: { edges: Array<{ node: { number: string, status: VoucherStatus, expiresAt: string } }> } } | null };

export type ValidateVoucherMutationVariables = Exact<{
  number: string;
}>;


export type ValidateVoucherMutation = { validateVoucher: { voucherId: string, serviceLevelDays: number, expiresAt: string, customerName: string, status: VoucherStatus, offering: { code: string } } };

export type ReserveVoucherMutationVariables = Exact<{
  number: string;
  partnerId: string | number;
  locationId: string | number;
  plannedStart: string;
  plannedEnd: string;
}>;


export type ReserveVoucherMutation = { reserveVoucher: { status: VoucherStatus, engagement: { id: string, status: EngagementStatus } | null } };

export type RescheduleEngagementMutationVariables = Exact<{
  engagementId: string | number;
  newStart: string;
  newEnd: string;
}>;


export type RescheduleEngagementMutation = { rescheduleEngagement: { plannedStart: string, plannedEnd: string } };

export type CancelReservationMutationVariables = Exact<{
  voucherId: string | number;
}>;


export type CancelReservationMutation = { cancelReservation: { status: VoucherStatus } };

export type StartEngagementMutationVariables = Exact<{
  engagementId: string | number;
  consultantId: string | number;
  actualStart: string;
}>;


export type StartEngagementMutation = { startEngagement: { status: EngagementStatus } };

export type CompleteDeliveryMutationVariables = Exact<{
  engagementId: string | number;
  actualEnd: string;
}>;


export type CompleteDeliveryMutation = { completeDelivery: { status: EngagementStatus } };

export type SubmitCompletionReportMutationVariables = Exact<{
  engagementId: string | number;
  contentBase64: string;
}>;


export type SubmitCompletionReportMutation = { submitCompletionReport: { id: string, deliverable: { sizeBytes: number, sha256: string } } };

export type RedeemVoucherMutationVariables = Exact<{
  voucherId: string | number;
}>;


export type RedeemVoucherMutation = { redeemVoucher: { status: VoucherStatus, redeemedAt: string | null } };

export type EngagementDeliverableQueryVariables = Exact<{
  engagementId: string | number;
}>;


export type EngagementDeliverableQuery = { engagement: { status: EngagementStatus, completionReport: { deliverable: { fileName: string, contentType: string, sha256: string, contentBase64: string } } | null } | null };

export type PartnerVouchersQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type PartnerVouchersQuery = { partner: { vouchers: { edges: Array<{ node: { number: string, expiresAt: string, customer: { name: string } | null, engagement: { status: EngagementStatus, plannedStart: string } | null } }> } | null, engagements: { edges: Array<{ node: { status: EngagementStatus, engagementType: { name: string } } }> } | null } | null };

export type EventsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EventsQuery = { events: { edges: Array<{ node: { id: string, type: string, occurredAt: string, subjectType: string, subjectId: string, data: unknown } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateWebhookEndpointMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { signingSecret: string, endpoint: { id: string } } };

export type SendTestEventMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type SendTestEventMutation = { sendTestEvent: { webhookId: string, status: WebhookDeliveryStatus } };

export type RotateWebhookSecretMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type RotateWebhookSecretMutation = { rotateWebhookSecret: { signingSecret: string } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { enabled: boolean } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ url: string, enabled: boolean, deliveries: { edges: Array<{ node: { webhookId: string, eventType: string, status: WebhookDeliveryStatus, attempts: Array<{ statusCode: number | null, durationMs: number, error: string | null }> } }> } }> };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  endpointId: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: { id: string } };

export type SetRateMutationVariables = Exact<{ [key: string]: never; }>;


export type SetRateMutation = { setRate: { country: string, validFrom: string, validTo: string | null, dailyRate: { amount: string, currency: string } } };

export type RegisterPaymentToolMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type RegisterPaymentToolMutation = { registerPaymentTool: { id: string, registeredAt: string, offering: { code: string } } };

export type AddBankAccountMutationVariables = Exact<{
  partnerId: string | number;
  locationId: string | number;
}>;


export type AddBankAccountMutation = { addBankAccount: { id: string, maskedAccountNumber: string } };

export type CreatePaymentRequestMutationVariables = Exact<{
  partnerId: string | number;
  locationId: string | number;
  voucherIds: Array<string | number> | string | number;
}>;


export type CreatePaymentRequestMutation = { createPaymentRequest: { id: string, referenceNumber: string, status: PaymentRequestStatus, total: { amount: string, currency: string }, lines: Array<{ days: number, voucher: { number: string }, dailyRate: { amount: string }, amount: { amount: string } }> } };

export type SubmitPaymentRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type SubmitPaymentRequestMutation = { submitPaymentRequest: { status: PaymentRequestStatus, submittedAt: string | null } };

export type WithdrawPaymentRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type WithdrawPaymentRequestMutation = { withdrawPaymentRequest: { status: PaymentRequestStatus, withdrawnAt: string | null } };

export type ApprovePaymentRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type ApprovePaymentRequestMutation = { approvePaymentRequest: { status: PaymentRequestStatus, dueBy: string | null, overdue: boolean } };

export type DenyPaymentRequestMutationVariables = Exact<{
  requestId: string | number;
}>;


export type DenyPaymentRequestMutation = { denyPaymentRequest: { status: PaymentRequestStatus, denialReason: string | null } };

export type MarkPaymentRequestPaidMutationVariables = Exact<{
  requestId: string | number;
}>;


export type MarkPaymentRequestPaidMutation = { markPaymentRequestPaid: { status: PaymentRequestStatus, paidAt: string | null } };

export type VoucherPaymentStatusQueryVariables = Exact<{
  voucherId: string | number;
}>;


export type VoucherPaymentStatusQuery = { voucher: { paymentStatus: PaymentStatus | null, paymentRequest: { referenceNumber: string, status: PaymentRequestStatus } | null } | null };

export type ClaimDeadlinesQueryVariables = Exact<{
  before: string;
}>;


export type ClaimDeadlinesQuery = { vouchers: { edges: Array<{ node: { number: string, claimDeadline: string | null, paymentStatus: PaymentStatus | null } }> } };

export type OverduePaymentRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverduePaymentRequestsQuery = { paymentRequests: { edges: Array<{ node: { referenceNumber: string, dueBy: string | null, total: { amount: string, currency: string } } }> } };

export type SubmittedPaymentRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type SubmittedPaymentRequestsQuery = { paymentRequests: { totalCount: number, edges: Array<{ node: { referenceNumber: string, partner: { legalName: string }, total: { amount: string, currency: string } } }> } };

export type LastVouchersQueryVariables = Exact<{ [key: string]: never; }>;


export type LastVouchersQuery = { vouchers: { edges: Array<{ cursor: string, node: { number: string } }>, pageInfo: { hasPreviousPage: boolean, startCursor: string | null } } };

export type VouchersBeforeQueryVariables = Exact<{
  before: string;
}>;


export type VouchersBeforeQuery = { vouchers: { edges: Array<{ node: { number: string } }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { organizationKind: OrganizationKind, organizationId: string | null, roles: Array<Role>, apiKeyId: string | null } };

export type CreatePartnerKeyMutationVariables = Exact<{
  partnerId: string | number;
}>;


export type CreatePartnerKeyMutation = { createApiKey: { secret: string, apiKey: { id: string, lastFour: string, expiresAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  keyId: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type OfferVoucherMutationVariables = Exact<{
  voucherId: string | number;
  partnerMpnId: string;
}>;


export type OfferVoucherMutation = { offerVoucher: { id: string, status: VoucherOfferStatus, expiresAt: string, partner: { id: string } } };

export type OfferedVouchersQueryVariables = Exact<{
  partnerId: string | number;
}>;


export type OfferedVouchersQuery = { partner: { offeredVouchers: { edges: Array<{ node: { voucherId: string, number: string, serviceLevelDays: number, expiresAt: string, customerName: string, customerCountry: string, offering: { code: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ReserveOfferedVoucherMutationVariables = Exact<{
  voucherId: string | number;
  partnerId: string | number;
  locationId: string | number;
  plannedStart: string;
  plannedEnd: string;
}>;


export type ReserveOfferedVoucherMutation = { reserveVoucher: { status: VoucherStatus, engagement: { id: string } | null } };

export type WithdrawOfferMutationVariables = Exact<{
  voucherId: string | number;
}>;


export type WithdrawOfferMutation = { withdrawOffer: { status: VoucherOfferStatus } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CreatePartnerDocument = new TypedDocumentString(`
    mutation CreatePartner($membershipStart: Date!, $membershipEnd: Date!) {
  createPartner(
    input: {mpnId: "4430001", legalName: "Fabrikam Services", membershipStart: $membershipStart, membershipEnd: $membershipEnd}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const GrantCompetencyDocument = new TypedDocumentString(`
    mutation GrantCompetency($partnerId: ID!, $attainedAt: Date!, $expiresAt: Date!) {
  grantCompetency(
    input: {partnerId: $partnerId, competencyCode: "WINDOWS_AND_DEVICES", level: SILVER, attainedAt: $attainedAt, expiresAt: $expiresAt}
  ) {
    level
    lapsed
  }
}
    `) as unknown as TypedDocumentString<GrantCompetencyMutation, GrantCompetencyMutationVariables>;
export const RenewMembershipDocument = new TypedDocumentString(`
    mutation RenewMembership($partnerId: ID!, $renewedUntil: Date!) {
  renewMembership(input: {partnerId: $partnerId, membershipEnd: $renewedUntil}) {
    membershipEnd
  }
}
    `) as unknown as TypedDocumentString<RenewMembershipMutation, RenewMembershipMutationVariables>;
export const FindPartnersDocument = new TypedDocumentString(`
    query FindPartners {
  partners(first: 20, search: "fab") {
    totalCount
    edges {
      node {
        id
        mpnId
        legalName
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<FindPartnersQuery, FindPartnersQueryVariables>;
export const AddPartnerLocationDocument = new TypedDocumentString(`
    mutation AddPartnerLocation($partnerId: ID!) {
  addPartnerLocation(
    input: {partnerId: $partnerId, mpnLocationId: "4410003", country: "DE", address: "Marienplatz 1, 80331 Munich"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddPartnerLocationMutation, AddPartnerLocationMutationVariables>;
export const AddConsultantDocument = new TypedDocumentString(`
    mutation AddConsultant($partnerId: ID!) {
  addConsultant(
    input: {partnerId: $partnerId, name: "Max Mustermann", email: "max.mustermann@contoso.example"}
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddConsultantMutation, AddConsultantMutationVariables>;
export const UpsertBusinessProfileDocument = new TypedDocumentString(`
    mutation UpsertBusinessProfile($partnerId: ID!) {
  upsertBusinessProfile(
    input: {partnerId: $partnerId, region: "EMEA", description: "Deployment planning.", website: "https://contoso.example", industries: ["Retail"], products: ["Windows"]}
  ) {
    region
  }
}
    `) as unknown as TypedDocumentString<UpsertBusinessProfileMutation, UpsertBusinessProfileMutationVariables>;
export const RecordExamPassDocument = new TypedDocumentString(`
    mutation RecordExamPass($consultantId: ID!, $passedAt: Date!, $expiresAt: Date!) {
  recordExamPass(
    input: {consultantId: $consultantId, examCode: "MD-100", passedAt: $passedAt, expiresAt: $expiresAt}
  ) {
    examPasses {
      exam {
        code
      }
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<RecordExamPassMutation, RecordExamPassMutationVariables>;
export const EnrollInOfferingDocument = new TypedDocumentString(`
    mutation EnrollInOffering($partnerId: ID!) {
  enrollInOffering(
    input: {partnerId: $partnerId, offeringCode: "DDPS", agreementVersion: "2021-01", acceptAgreement: true}
  ) {
    status
    enrolledAt
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<EnrollInOfferingMutation, EnrollInOfferingMutationVariables>;
export const EligibilityDocument = new TypedDocumentString(`
    query Eligibility($partnerId: ID!) {
  eligibility(
    partnerId: $partnerId
    engagementTypeId: "7d0b1a52-0001-4000-8000-000000000001"
  ) {
    eligible
    checks {
      code
      met
      detail
    }
  }
}
    `) as unknown as TypedDocumentString<EligibilityQuery, EligibilityQueryVariables>;
export const PartnerProfileDocument = new TypedDocumentString(`
    query PartnerProfile($partnerId: ID!) {
  partner(id: $partnerId) {
    legalName
    membershipEnd
    locations {
      id
      country
    }
    competencies {
      competency {
        name
      }
      level
      lapsed
    }
    consultants(first: 10) {
      edges {
        node {
          name
          examPasses {
            exam {
              code
            }
            expiresAt
          }
        }
      }
    }
    enrollments {
      offering {
        code
      }
      status
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerProfileQuery, PartnerProfileQueryVariables>;
export const CreateCustomerDocument = new TypedDocumentString(`
    mutation CreateCustomer($saCoverageEnd: Date!) {
  createCustomer(
    input: {name: "Tailspin Toys", country: "DE", agreementNumber: "EA-7301-4410", saCoverageEnd: $saCoverageEnd, planningDays: 100}
  ) {
    id
    benefit {
      status
      totalDays
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCustomerMutation, CreateCustomerMutationVariables>;
export const ActivateBenefitDocument = new TypedDocumentString(`
    mutation ActivateBenefit($customerId: ID!) {
  activateBenefit(customerId: $customerId) {
    status
    remainingDays
    activatedAt
  }
}
    `) as unknown as TypedDocumentString<ActivateBenefitMutation, ActivateBenefitMutationVariables>;
export const CreateVoucherDocument = new TypedDocumentString(`
    mutation CreateVoucher($customerId: ID!) {
  createVoucher(
    input: {customerId: $customerId, offeringCode: "DDPS", serviceLevelDays: 5, assigneeName: "Jonas Weber", assigneeEmail: "jonas.weber@fabrikam.example"}
  ) {
    id
    number
    expiresAt
    status
  }
}
    `) as unknown as TypedDocumentString<CreateVoucherMutation, CreateVoucherMutationVariables>;
export const CancelVoucherDocument = new TypedDocumentString(`
    mutation CancelVoucher($voucherId: ID!) {
  cancelVoucher(id: $voucherId) {
    status
  }
}
    `) as unknown as TypedDocumentString<CancelVoucherMutation, CancelVoucherMutationVariables>;
export const CustomerVouchersDocument = new TypedDocumentString(`
    query CustomerVouchers($customerId: ID!) {
  customer(id: $customerId) {
    benefit {
      remainingDays
    }
    vouchers(first: 20, status: ASSIGNED) {
      edges {
        node {
          number
          status
          expiresAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CustomerVouchersQuery, CustomerVouchersQueryVariables>;
export const ValidateVoucherDocument = new TypedDocumentString(`
    mutation ValidateVoucher($number: String!) {
  validateVoucher(
    input: {number: $number, assigneeEmail: "jonas.weber@fabrikam.example"}
  ) {
    voucherId
    offering {
      code
    }
    serviceLevelDays
    expiresAt
    customerName
    status
  }
}
    `) as unknown as TypedDocumentString<ValidateVoucherMutation, ValidateVoucherMutationVariables>;
export const ReserveVoucherDocument = new TypedDocumentString(`
    mutation ReserveVoucher($number: String!, $partnerId: ID!, $locationId: ID!, $plannedStart: Date!, $plannedEnd: Date!) {
  reserveVoucher(
    input: {number: $number, assigneeEmail: "jonas.weber@fabrikam.example", partnerId: $partnerId, locationId: $locationId, engagementTypeId: "7d0b1a52-0001-4000-8000-000000000001", plannedStart: $plannedStart, plannedEnd: $plannedEnd, acceptTerms: true}
  ) {
    status
    engagement {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ReserveVoucherMutation, ReserveVoucherMutationVariables>;
export const RescheduleEngagementDocument = new TypedDocumentString(`
    mutation RescheduleEngagement($engagementId: ID!, $newStart: Date!, $newEnd: Date!) {
  rescheduleEngagement(
    input: {engagementId: $engagementId, plannedStart: $newStart, plannedEnd: $newEnd}
  ) {
    plannedStart
    plannedEnd
  }
}
    `) as unknown as TypedDocumentString<RescheduleEngagementMutation, RescheduleEngagementMutationVariables>;
export const CancelReservationDocument = new TypedDocumentString(`
    mutation CancelReservation($voucherId: ID!) {
  cancelReservation(
    input: {voucherId: $voucherId, reason: "The customer postponed the project."}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<CancelReservationMutation, CancelReservationMutationVariables>;
export const StartEngagementDocument = new TypedDocumentString(`
    mutation StartEngagement($engagementId: ID!, $consultantId: ID!, $actualStart: Date!) {
  startEngagement(
    input: {engagementId: $engagementId, consultantIds: [$consultantId], actualStart: $actualStart}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<StartEngagementMutation, StartEngagementMutationVariables>;
export const CompleteDeliveryDocument = new TypedDocumentString(`
    mutation CompleteDelivery($engagementId: ID!, $actualEnd: Date!) {
  completeDelivery(
    input: {engagementId: $engagementId, actualEnd: $actualEnd, daysDelivered: 5, offsiteDays: 1}
  ) {
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteDeliveryMutation, CompleteDeliveryMutationVariables>;
export const SubmitCompletionReportDocument = new TypedDocumentString(`
    mutation SubmitCompletionReport($engagementId: ID!, $contentBase64: String!) {
  submitCompletionReport(
    input: {engagementId: $engagementId, summary: "Assessment and rollout plan.", deliverableKind: DEPLOYMENT_PLAN, deliverable: {fileName: "plan.pdf", contentType: "application/pdf", contentBase64: $contentBase64}}
  ) {
    id
    deliverable {
      sizeBytes
      sha256
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitCompletionReportMutation, SubmitCompletionReportMutationVariables>;
export const RedeemVoucherDocument = new TypedDocumentString(`
    mutation RedeemVoucher($voucherId: ID!) {
  redeemVoucher(voucherId: $voucherId) {
    status
    redeemedAt
  }
}
    `) as unknown as TypedDocumentString<RedeemVoucherMutation, RedeemVoucherMutationVariables>;
export const EngagementDeliverableDocument = new TypedDocumentString(`
    query EngagementDeliverable($engagementId: ID!) {
  engagement(id: $engagementId) {
    status
    completionReport {
      deliverable {
        fileName
        contentType
        sha256
        contentBase64
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EngagementDeliverableQuery, EngagementDeliverableQueryVariables>;
export const PartnerVouchersDocument = new TypedDocumentString(`
    query PartnerVouchers($partnerId: ID!) {
  partner(id: $partnerId) {
    vouchers(first: 50, status: RESERVED) {
      edges {
        node {
          number
          expiresAt
          customer {
            name
          }
          engagement {
            status
            plannedStart
          }
        }
      }
    }
    engagements(first: 20) {
      edges {
        node {
          status
          engagementType {
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerVouchersQuery, PartnerVouchersQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($after: String) {
  events(first: 50, after: $after, types: ["voucher.reserved"]) {
    edges {
      node {
        id
        type
        occurredAt
        subjectType
        subjectId
        data
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint {
  createWebhookEndpoint(
    input: {url: "https://crm.example.com/hooks/psg", eventTypes: ["voucher.reserved", "payment_request.paid"], description: "CRM sync"}
  ) {
    signingSecret
    endpoint {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const SendTestEventDocument = new TypedDocumentString(`
    mutation SendTestEvent($endpointId: ID!) {
  sendTestEvent(endpointId: $endpointId) {
    webhookId
    status
  }
}
    `) as unknown as TypedDocumentString<SendTestEventMutation, SendTestEventMutationVariables>;
export const RotateWebhookSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookSecret($endpointId: ID!) {
  rotateWebhookSecret(id: $endpointId) {
    signingSecret
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($endpointId: ID!) {
  updateWebhookEndpoint(input: {id: $endpointId, enabled: true}) {
    enabled
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints {
  webhookEndpoints {
    url
    enabled
    deliveries(first: 5) {
      edges {
        node {
          webhookId
          eventType
          status
          attempts {
            statusCode
            durationMs
            error
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($endpointId: ID!) {
  deleteWebhookEndpoint(id: $endpointId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const SetRateDocument = new TypedDocumentString(`
    mutation SetRate {
  setRate(
    input: {country: "DE", currency: "EUR", dailyRateMinor: "110000", validFrom: "2026-01-01"}
  ) {
    country
    dailyRate {
      amount
      currency
    }
    validFrom
    validTo
  }
}
    `) as unknown as TypedDocumentString<SetRateMutation, SetRateMutationVariables>;
export const RegisterPaymentToolDocument = new TypedDocumentString(`
    mutation RegisterPaymentTool($partnerId: ID!) {
  registerPaymentTool(input: {partnerId: $partnerId, offeringCode: "DDPS"}) {
    id
    offering {
      code
    }
    registeredAt
  }
}
    `) as unknown as TypedDocumentString<RegisterPaymentToolMutation, RegisterPaymentToolMutationVariables>;
export const AddBankAccountDocument = new TypedDocumentString(`
    mutation AddBankAccount($partnerId: ID!, $locationId: ID!) {
  addBankAccount(
    input: {partnerId: $partnerId, locationId: $locationId, holderName: "Contoso GmbH", accountNumber: "DE89 3704 0044 0532 0130 00", currency: "EUR"}
  ) {
    id
    maskedAccountNumber
  }
}
    `) as unknown as TypedDocumentString<AddBankAccountMutation, AddBankAccountMutationVariables>;
export const CreatePaymentRequestDocument = new TypedDocumentString(`
    mutation CreatePaymentRequest($partnerId: ID!, $locationId: ID!, $voucherIds: [ID!]!) {
  createPaymentRequest(
    input: {partnerId: $partnerId, locationId: $locationId, voucherIds: $voucherIds}
  ) {
    id
    referenceNumber
    status
    total {
      amount
      currency
    }
    lines {
      voucher {
        number
      }
      days
      dailyRate {
        amount
      }
      amount {
        amount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePaymentRequestMutation, CreatePaymentRequestMutationVariables>;
export const SubmitPaymentRequestDocument = new TypedDocumentString(`
    mutation SubmitPaymentRequest($requestId: ID!) {
  submitPaymentRequest(id: $requestId) {
    status
    submittedAt
  }
}
    `) as unknown as TypedDocumentString<SubmitPaymentRequestMutation, SubmitPaymentRequestMutationVariables>;
export const WithdrawPaymentRequestDocument = new TypedDocumentString(`
    mutation WithdrawPaymentRequest($requestId: ID!) {
  withdrawPaymentRequest(id: $requestId) {
    status
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<WithdrawPaymentRequestMutation, WithdrawPaymentRequestMutationVariables>;
export const ApprovePaymentRequestDocument = new TypedDocumentString(`
    mutation ApprovePaymentRequest($requestId: ID!) {
  approvePaymentRequest(id: $requestId) {
    status
    dueBy
    overdue
  }
}
    `) as unknown as TypedDocumentString<ApprovePaymentRequestMutation, ApprovePaymentRequestMutationVariables>;
export const DenyPaymentRequestDocument = new TypedDocumentString(`
    mutation DenyPaymentRequest($requestId: ID!) {
  denyPaymentRequest(
    input: {id: $requestId, reason: "Days do not match the report."}
  ) {
    status
    denialReason
  }
}
    `) as unknown as TypedDocumentString<DenyPaymentRequestMutation, DenyPaymentRequestMutationVariables>;
export const MarkPaymentRequestPaidDocument = new TypedDocumentString(`
    mutation MarkPaymentRequestPaid($requestId: ID!) {
  markPaymentRequestPaid(
    input: {id: $requestId, paymentReference: "SEPA-2026-0001"}
  ) {
    status
    paidAt
  }
}
    `) as unknown as TypedDocumentString<MarkPaymentRequestPaidMutation, MarkPaymentRequestPaidMutationVariables>;
export const VoucherPaymentStatusDocument = new TypedDocumentString(`
    query VoucherPaymentStatus($voucherId: ID!) {
  voucher(id: $voucherId) {
    paymentStatus
    paymentRequest {
      referenceNumber
      status
    }
  }
}
    `) as unknown as TypedDocumentString<VoucherPaymentStatusQuery, VoucherPaymentStatusQueryVariables>;
export const ClaimDeadlinesDocument = new TypedDocumentString(`
    query ClaimDeadlines($before: Date!) {
  vouchers(first: 50, claimDeadlineBefore: $before) {
    edges {
      node {
        number
        claimDeadline
        paymentStatus
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ClaimDeadlinesQuery, ClaimDeadlinesQueryVariables>;
export const OverduePaymentRequestsDocument = new TypedDocumentString(`
    query OverduePaymentRequests {
  paymentRequests(first: 50, overdue: true) {
    edges {
      node {
        referenceNumber
        dueBy
        total {
          amount
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OverduePaymentRequestsQuery, OverduePaymentRequestsQueryVariables>;
export const SubmittedPaymentRequestsDocument = new TypedDocumentString(`
    query SubmittedPaymentRequests {
  paymentRequests(first: 20, status: SUBMITTED) {
    totalCount
    edges {
      node {
        referenceNumber
        partner {
          legalName
        }
        total {
          amount
          currency
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SubmittedPaymentRequestsQuery, SubmittedPaymentRequestsQueryVariables>;
export const LastVouchersDocument = new TypedDocumentString(`
    query LastVouchers {
  vouchers(last: 10) {
    edges {
      cursor
      node {
        number
      }
    }
    pageInfo {
      hasPreviousPage
      startCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LastVouchersQuery, LastVouchersQueryVariables>;
export const VouchersBeforeDocument = new TypedDocumentString(`
    query VouchersBefore($before: String!) {
  vouchers(last: 10, before: $before) {
    edges {
      node {
        number
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VouchersBeforeQuery, VouchersBeforeQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    organizationKind
    organizationId
    roles
    apiKeyId
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const CreatePartnerKeyDocument = new TypedDocumentString(`
    mutation CreatePartnerKey($partnerId: ID!) {
  createApiKey(
    input: {name: "CRM sync", organizationKind: PARTNER, organizationId: $partnerId, roles: [PARTNER_ADMIN]}
  ) {
    secret
    apiKey {
      id
      lastFour
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerKeyMutation, CreatePartnerKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($keyId: ID!) {
  revokeApiKey(id: $keyId) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const OfferVoucherDocument = new TypedDocumentString(`
    mutation OfferVoucher($voucherId: ID!, $partnerMpnId: String!) {
  offerVoucher(input: {voucherId: $voucherId, partnerMpnId: $partnerMpnId}) {
    id
    status
    partner {
      id
    }
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<OfferVoucherMutation, OfferVoucherMutationVariables>;
export const OfferedVouchersDocument = new TypedDocumentString(`
    query OfferedVouchers($partnerId: ID!) {
  partner(id: $partnerId) {
    offeredVouchers(first: 20) {
      edges {
        node {
          voucherId
          number
          offering {
            code
          }
          serviceLevelDays
          expiresAt
          customerName
          customerCountry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OfferedVouchersQuery, OfferedVouchersQueryVariables>;
export const ReserveOfferedVoucherDocument = new TypedDocumentString(`
    mutation ReserveOfferedVoucher($voucherId: ID!, $partnerId: ID!, $locationId: ID!, $plannedStart: Date!, $plannedEnd: Date!) {
  reserveVoucher(
    input: {voucherId: $voucherId, partnerId: $partnerId, locationId: $locationId, engagementTypeId: "7d0b1a52-0001-4000-8000-000000000001", plannedStart: $plannedStart, plannedEnd: $plannedEnd, acceptTerms: true}
  ) {
    status
    engagement {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ReserveOfferedVoucherMutation, ReserveOfferedVoucherMutationVariables>;
export const WithdrawOfferDocument = new TypedDocumentString(`
    mutation WithdrawOffer($voucherId: ID!) {
  withdrawOffer(voucherId: $voucherId) {
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawOfferMutation, WithdrawOfferMutationVariables>;