import { addDays } from "@psg/shared";
import {
  activateBenefit,
  type CreatedVoucher,
  createCustomer,
  createVoucher,
  dateIn,
  deliverEngagement,
  redeemVoucher,
  reserveVoucher,
  WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
} from "../builders";
import type { DemoSeed } from "./seed";

const DEMO_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

/**
 * Fabrikam Ltd, a German customer with 100 planning days, its benefit activated, and
 * vouchers in every state: assigned, reserved and redeemed by Contoso Consulting (from the
 * partners seed), cancelled by the customer, and one created 200 days ago that has expired.
 */
export async function seedVouchers(seed: DemoSeed): Promise<void> {
  const now = new Date();
  const fabrikam = await createCustomer(seed.graph, {
    name: "Fabrikam Ltd",
    country: "DE",
    agreementNumber: "EA-7301-2291",
    saCoverageEnd: dateIn(730, now),
    planningDays: 100,
  });
  const benefitsAdmin = await seed.key("Fabrikam Ltd BENEFITS_ADMIN", "CUSTOMER", fabrikam, ["BENEFITS_ADMIN"]);
  await seed.key("Fabrikam Ltd PROJECT_MANAGER", "CUSTOMER", fabrikam, ["PROJECT_MANAGER"]);
  await activateBenefit(seed.graph, benefitsAdmin, fabrikam);

  const assign = (serviceLevelDays: number, assigneeName: string, assigneeEmail: string, at?: string) =>
    createVoucher(
      seed.graph,
      benefitsAdmin,
      { customerId: fabrikam, offeringCode: "DDPS", serviceLevelDays, assigneeName, assigneeEmail },
      at,
    );

  await assign(5, "Jonas Weber", "jonas.weber@fabrikam.example");
  const cancelled = await assign(3, "Jonas Weber", "jonas.weber@fabrikam.example");
  await seed.as(benefitsAdmin, "mutation ($id: ID!) { cancelVoucher(id: $id) { status } }", { id: cancelled.id });
  await assign(10, "Lena Schmidt", "lena.schmidt@fabrikam.example", addDays(now, -200).toISOString());

  const partnerId = seed.ids.partnerId;
  const partnerKey = seed.keys.find((k) => k.label === "Contoso Consulting PARTNER_ADMIN")?.secret;
  if (!partnerId || !partnerKey) return;
  const reserve = (voucher: CreatedVoucher, email: string, startInDays: number, days: number) =>
    reserveVoucher(seed.graph, partnerKey, {
      number: voucher.number,
      assigneeEmail: email,
      partnerId,
      locationId: seed.ids.locationId,
      engagementTypeId: WINDOWS_AND_OFFICE_DEPLOYMENT_PLANNING,
      plannedStart: dateIn(startInDays, now),
      plannedEnd: dateIn(startInDays + days - 1, now),
    });

  const reserved = await assign(5, "Lena Schmidt", "lena.schmidt@fabrikam.example");
  await reserve(reserved, "lena.schmidt@fabrikam.example", 14, 5);

  const redeem = async (): Promise<string> => {
    const redeemed = await assign(3, "Jonas Weber", "jonas.weber@fabrikam.example");
    const engagementId = await reserve(redeemed, "jonas.weber@fabrikam.example", 0, 3);
    await deliverEngagement(seed.graph, partnerKey, engagementId, {
      consultantIds: [seed.ids.consultantId],
      actualStart: dateIn(0, now),
      actualEnd: dateIn(0, now),
      daysDelivered: 3,
      offsiteDays: 1,
      summary: "Assessed 1,200 desktops and agreed a phased Windows 11 and Microsoft 365 Apps rollout.",
      deliverableKind: "DEPLOYMENT_PLAN",
      deliverable: {
        fileName: "fabrikam-deployment-plan.pdf",
        contentType: "application/pdf",
        contentBase64: DEMO_PDF.toString("base64"),
      },
    });
    await redeemVoucher(seed.graph, partnerKey, redeemed.id);
    return redeemed.id;
  };

  // several redeemed vouchers, so the payments seed can show a payment request in every state
  seed.ids.redeemedVoucherId = await redeem();
  for (const n of [2, 3, 4]) seed.ids[`redeemedVoucherId${n}`] = await redeem();
  seed.ids.customerId = fabrikam;
}
