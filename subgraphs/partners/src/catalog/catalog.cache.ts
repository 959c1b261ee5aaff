import { outsideRequestBounds } from "@psg/shared";
import type {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  InsertEvent,
  RemoveEvent,
  TransactionCommitEvent,
  UpdateEvent,
} from "typeorm";
import { Competency } from "./competency.entity";
import { CompetencyRequirement } from "./competency-requirement.entity";
import { EngagementType } from "./engagement-type.entity";
import { Exam } from "./exam.entity";
import { Offering } from "./offering.entity";

/** The whole program catalog, as read at one moment, with the lookups resolvers need. */
export interface CatalogSnapshot {
  offerings: Offering[];
  competencies: Competency[];
  offeringByCode: Map<string, Offering>;
  competencyByCode: Map<string, Competency>;
  examByCode: Map<string, Exam>;
  engagementTypeById: Map<string, EngagementType>;
  examsOfCompetency: Map<string, Exam[]>;
  engagementTypesOfOffering: Map<string, EngagementType[]>;
  requirementsOf: Map<string, CompetencyRequirement[]>;
}

/** How long another process's catalog write may go unseen here. */
export const CATALOG_TTL_MS = 5_000;

const CATALOG_ENTITIES = new Set<unknown>([Offering, Competency, Exam, EngagementType, CompetencyRequirement]);

const groupBy = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
};

async function readCatalog(db: DataSource): Promise<CatalogSnapshot> {
  const [offerings, competencies, exams, types, requirements] = await Promise.all([
    db.getRepository(Offering).find({ order: { code: "ASC" } }),
    db.getRepository(Competency).find({ order: { name: "ASC" } }),
    db.getRepository(Exam).find({ order: { code: "ASC" } }),
    db.getRepository(EngagementType).find({ order: { name: "ASC" } }),
    db.getRepository(CompetencyRequirement).find({ order: { competencyCode: "ASC" } }),
  ]);
  return {
    offerings,
    competencies,
    offeringByCode: new Map(offerings.map((o) => [o.code, o])),
    competencyByCode: new Map(competencies.map((c) => [c.code, c])),
    examByCode: new Map(exams.map((e) => [e.code, e])),
    engagementTypeById: new Map(types.map((t) => [t.id, t])),
    examsOfCompetency: groupBy(exams, (e) => e.competencyCode),
    engagementTypesOfOffering: groupBy(types, (t) => t.offeringCode),
    requirementsOf: groupBy(requirements, (r) => r.engagementTypeId),
  };
}

/**
 * The catalog kept in this process: read once (five statements), then served from memory
 * until an operator's upsert in this process commits, or for at most CATALOG_TTL_MS when
 * the write happened in another process. Warm catalog queries cost no SQL.
 */
export class CatalogCache implements EntitySubscriberInterface {
  private snapshot: { at: number; value: Promise<CatalogSnapshot> } | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly ttlMs = CATALOG_TTL_MS,
  ) {}

  get(): Promise<CatalogSnapshot> {
    const now = performance.now();
    if (this.snapshot && now - this.snapshot.at < this.ttlMs) return this.snapshot.value;
    // the catalog belongs to the process, not to the request that happens to read it first
    const entry = { at: now, value: outsideRequestBounds(() => readCatalog(this.db)) };
    this.snapshot = entry;
    entry.value.catch(() => {
      if (this.snapshot === entry) this.snapshot = null;
    });
    return entry.value;
  }

  invalidate(): void {
    this.snapshot = null;
  }

  /** A write to a catalog table: forget now, and again when its transaction commits. */
  private written(event: { metadata: { target: unknown }; queryRunner: { data: Record<string, unknown> } }): void {
    if (!CATALOG_ENTITIES.has(event.metadata.target)) return;
    event.queryRunner.data.catalogWritten = true;
    this.invalidate();
  }

  afterInsert(event: InsertEvent<unknown>): void {
    this.written(event);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.written(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.written(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.data.catalogWritten) return;
    delete event.queryRunner.data.catalogWritten;
    this.invalidate();
  }
}

const caches = new WeakMap<DataSource, CatalogCache>();

/** The catalog cache of a database, listening to its writes (a request's manager names its database). */
export function catalogCache(from: DataSource | EntityManager): CatalogCache {
  const db = "connection" in from && !("manager" in from) ? from.connection : (from as DataSource);
  let cache = caches.get(db);
  if (!cache) {
    cache = new CatalogCache(db);
    db.subscribers.push(cache);
    caches.set(db, cache);
  }
  return cache;
}
