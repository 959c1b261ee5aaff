/**
 * The program's catalog as published (2020–2021). Exams were never published per
 * competency: these are plausible demo exams, editable by operators.
 */
export const SEED_COMPETENCIES: [code: string, name: string][] = [
  ["WINDOWS_AND_DEVICES", "Windows and Devices"],
  ["ENTERPRISE_MOBILITY_MANAGEMENT", "Enterprise Mobility Management"],
  ["CLOUD_BUSINESS_APPLICATIONS", "Cloud Business Applications"],
  ["CLOUD_CRM", "Cloud CRM"],
  ["ENTERPRISE_RESOURCE_PLANNING", "Enterprise Resource Planning"],
  ["DATACENTER", "Datacenter"],
  ["COLLABORATION_AND_CONTENT", "Collaboration and Content"],
  ["PROJECT_AND_PORTFOLIO_MANAGEMENT", "Project and Portfolio Management"],
  ["MESSAGING", "Messaging"],
  ["COMMUNICATIONS", "Communications"],
  ["DATA_ANALYTICS", "Data Analytics"],
  ["DATA_PLATFORM", "Data Platform"],
];

export const SEED_EXAMS: [code: string, name: string, competencyCode: string][] = [
  ["MD-100", "Windows Client", "WINDOWS_AND_DEVICES"],
  ["MD-101", "Managing Modern Desktops", "WINDOWS_AND_DEVICES"],
  ["MS-500", "Microsoft 365 Security Administration", "ENTERPRISE_MOBILITY_MANAGEMENT"],
  ["MB-210", "Dynamics 365 Sales Functional Consultant", "CLOUD_BUSINESS_APPLICATIONS"],
  ["MB-200", "Power Platform + Dynamics 365 Core", "CLOUD_CRM"],
  ["MB-300", "Dynamics 365 Core Finance and Operations", "ENTERPRISE_RESOURCE_PLANNING"],
  ["AZ-800", "Administering Windows Server Hybrid Core Infrastructure", "DATACENTER"],
  ["MS-300", "Deploying Microsoft 365 Teamwork", "COLLABORATION_AND_CONTENT"],
  ["70-348", "Managing Projects and Portfolios with Microsoft PPM", "PROJECT_AND_PORTFOLIO_MANAGEMENT"],
  ["MS-203", "Microsoft 365 Messaging", "MESSAGING"],
  ["MS-700", "Managing Microsoft Teams", "COMMUNICATIONS"],
  ["DA-100", "Analyzing Data with Microsoft Power BI", "DATA_ANALYTICS"],
  ["DP-300", "Administering Relational Databases on Microsoft Azure", "DATA_PLATFORM"],
];

export const SEED_OFFERINGS: [code: string, name: string][] = [
  ["DDPS", "Desktop Deployment Planning Services"],
  ["DYDPS", "Dynamics Deployment Planning Services"],
  ["PVDPS", "Private Cloud, Management and Virtualization Planning Services"],
  ["SDPS", "SharePoint Deployment Planning Services"],
  ["S_EDPS", "Skype for Business and Exchange Deployment Planning Services"],
  ["SSDPS", "SQL Server Deployment Planning Services"],
];

type Level = "SILVER" | "GOLD";

/** Stable ids, so demo data and documentation can name them. */
export const SEED_ENGAGEMENT_TYPES: {
  id: string;
  name: string;
  offeringCode: string;
  requires: [competencyCode: string, minimumLevel: Level][];
}[] = [
  {
    id: "7d0b1a52-0001-4000-8000-000000000001",
    name: "Windows and Office Deployment Planning",
    offeringCode: "DDPS",
    requires: [["WINDOWS_AND_DEVICES", "SILVER"]],
  },
  {
    id: "7d0b1a52-0002-4000-8000-000000000002",
    name: "Mobile Productivity Deployment Planning",
    offeringCode: "DDPS",
    requires: [
      ["ENTERPRISE_MOBILITY_MANAGEMENT", "SILVER"],
      ["WINDOWS_AND_DEVICES", "SILVER"],
    ],
  },
  {
    id: "7d0b1a52-0003-4000-8000-000000000003",
    name: "Modern IT Enterprise Security Proof of Concept",
    offeringCode: "DDPS",
    requires: [["ENTERPRISE_MOBILITY_MANAGEMENT", "SILVER"]],
  },
  {
    id: "7d0b1a52-0004-4000-8000-000000000004",
    name: "Upgrading Dynamics 365 for Customer Engagement",
    offeringCode: "DYDPS",
    requires: [
      ["CLOUD_BUSINESS_APPLICATIONS", "SILVER"],
      ["CLOUD_CRM", "SILVER"],
    ],
  },
  {
    id: "7d0b1a52-0005-4000-8000-000000000005",
    name: "Migrating to Dynamics 365 for Customer Engagement",
    offeringCode: "DYDPS",
    requires: [
      ["CLOUD_BUSINESS_APPLICATIONS", "SILVER"],
      ["CLOUD_CRM", "SILVER"],
    ],
  },
  {
    id: "7d0b1a52-0006-4000-8000-000000000006",
    name: "Upgrading Dynamics 365 for Finance and Operations",
    offeringCode: "DYDPS",
    requires: [["ENTERPRISE_RESOURCE_PLANNING", "GOLD"]],
  },
  {
    id: "7d0b1a52-0007-4000-8000-000000000007",
    name: "Modernizing Your Windows Server Platform",
    offeringCode: "PVDPS",
    requires: [["DATACENTER", "SILVER"]],
  },
  {
    id: "7d0b1a52-0008-4000-8000-000000000008",
    name: "SharePoint Deployment Planning",
    offeringCode: "SDPS",
    requires: [["COLLABORATION_AND_CONTENT", "SILVER"]],
  },
  {
    id: "7d0b1a52-0009-4000-8000-000000000009",
    name: "Project and Portfolio Management Solution Planning",
    offeringCode: "SDPS",
    requires: [["PROJECT_AND_PORTFOLIO_MANAGEMENT", "SILVER"]],
  },
  {
    id: "7d0b1a52-0010-4000-8000-000000000010",
    name: "Exchange Deployment Planning",
    offeringCode: "S_EDPS",
    requires: [["MESSAGING", "SILVER"]],
  },
  {
    id: "7d0b1a52-0011-4000-8000-000000000011",
    name: "Skype for Business Deployment Planning",
    offeringCode: "S_EDPS",
    requires: [["COMMUNICATIONS", "SILVER"]],
  },
  {
    id: "7d0b1a52-0012-4000-8000-000000000012",
    name: "Data Estate Modernization",
    offeringCode: "SSDPS",
    requires: [
      ["DATA_ANALYTICS", "GOLD"],
      ["DATA_PLATFORM", "GOLD"],
    ],
  },
];
