import type { DemoSeed } from "./seed";

const DAY_MS = 86_400_000;
const WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING = "7d0b1a52-0001-4000-8000-000000000001";
const DEMO_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

const date = (at: Date, days = 0): string => new Date(at.getTime() + days * DAY_MS).toISOString().slice(0, 10);

type Voucher = { id: string; number: string };

/**
 * Fabrikam Ltd, a German customer with 100 planning days, its benefit activated, and
 * vouchers in every state: assigned, reserved and redeemed by Contoso Consulting (from the
 * partners seed), cancelled by the customer, and one created 200 days ago that has expired.
 */
export async function seedVouchers(seed: DemoSeed): Promise<void> {
  const now = new Date();
  const { createCustomer: fabrikam } = await seed.operator<{ createCustomer: { id: string } }>(
    "mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }",
    {
      input: {
        name: "Fabrikam Ltd",
        country: "DE",
        agreementNumber: "EA-7301-2291",
        saCoverageEnd: date(now, 730),
        planningDays: 100,
      },
    },
  );
  const benefitsAdmin = await seed.key("Fabrikam Ltd BENEFITS_ADMIN", "CUSTOMER", fabrikam.id, ["BENEFITS_ADMIN"]);
  await seed.key("Fabrikam Ltd PROJECT_MANAGER", "CUSTOMER", fabrikam.id, ["PROJECT_MANAGER"]);
  await seed.as(benefitsAdmin, "mutation ($id: ID!) { activateBenefit(customerId: $id) { status } }", { id: fabrikam.id });

  const createVoucher = async (serviceLevelDays: number, assigneeName: string, assigneeEmail: string, at?: string) =>
    (
      await seed.as<{ createVoucher: Voucher }>(
        benefitsAdmin,
        "mutation ($input: CreateVoucherInput!) { createVoucher(input: $input) { id number } }",
        { input: { customerId: fabrikam.id, offeringCode: "DDPS", serviceLevelDays, assigneeName, assigneeEmail } },
        at,
      )
    ).createVoucher;

  await createVoucher(5, "Jonas Weber", "jonas.weber@fabrikam.example");
  const cancelled = await createVoucher(3, "Jonas Weber", "jonas.weber@fabrikam.example");
  await seed.as(benefitsAdmin, "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }", { id: cancelled.id });
  await createVoucher(10, "Lena Schmidt", "lena.schmidt@fabrikam.example", new Date(now.getTime() - 200 * DAY_MS).toISOString());

  const partnerId = seed.ids.partnerId;
  const partnerKey = seed.keys.find((k) => k.label === "Contoso Consulting PARTNER_ADMIN")?.secret;
  if (!partnerId || !partnerKey) return;
  const reserve = async (voucher: Voucher, email: string, startInDays: number, days: number) =>
    (
      await seed.as<{ reserveVoucher: { engagement: { id: string } } }>(
        partnerKey,
        "mutation ($input: ReserveVoucherInput!) { reserveVoucher(input: $input) { engagement { id } } }",
        {
          input: {
            number: voucher.number,
            assigneeEmail: email,
            partnerId,
            locationId: seed.ids.locationId,
            engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
            plannedStart: date(now, startInDays),
            plannedEnd: date(now, startInDays + days - 1),
            acceptTerms: true,
          },
        },
      )
    ).reserveVoucher.engagement.id;

  const reserved = await createVoucher(5, "Lena Schmidt", "lena.schmidt@fabrikam.example");
  await reserve(reserved, "lena.schmidt@fabrikam.example", 14, 5);

  const redeemed = await createVoucher(3, "Jonas Weber", "jonas.weber@fabrikam.example");
  const engagementId = await reserve(redeemed, "jonas.weber@fabrikam.example", 0, 3);
  const step = (query: string, input: Record<string, unknown>) => seed.as(partnerKey, query, { input });
  await step("mutation ($input: StartEngagementInput!) { startEngagement(input: $input) { status } }", {
    engagementId,
    consultantIds: [seed.ids.consultantId],
    actualStart: date(now),
  });
  await step("mutation ($input: CompleteDeliveryInput!) { completeDelivery(input: $input) { status } }", {
    engagementId,
    actualEnd: date(now),
    daysDelivered: 3,
    offsiteDays: 1,
  });
  await step("mutation ($input: SubmitCompletionReportInput!) { submitCompletionReport(input: $input) { id } }", {
    engagementId,
    summary: "Assessed 1,200 desktops and agreed a phased Windows 11 and Microsoft 365 Apps rollout.",
    deliverableKind: "DEPLOYMENT_PLAN",
    deliverable: {
      fileName: "fabrikam-deployment-plan.pdf",
      contentType: "application/pdf",
      contentBase64: DEMO_PDF.toString("base64"),
    },
  });
  await seed.as(partnerKey, "mutation ($id: ID!) { redeemVoucher(voucherId: $id) { status } }", { id: redeemed.id });

  seed.ids.customerId = fabrikam.id;
  seed.ids.redeemedVoucherId = redeemed.id;
}
