import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readSupergraph } from "@psg/gateway";
import { PUBLIC_SCHEMA_PATH, publicSchemaOf } from "@psg/stack";
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from "graphql";
import { GENERATED_PATH } from "../../examples/typed-client/codegen";

/** The typed client example: schema.graphql, the README's operations and the types made from them. */

const written = (path: string): string => readFileSync(path, "utf8");

describe("schema.graphql", () => {
  it("is the public schema of supergraph.graphql, as `npm run compose` writes it", () => {
    expect(written(PUBLIC_SCHEMA_PATH)).toBe(publicSchemaOf(readSupergraph()));
  });

  it("holds no internal type or field", () => {
    const schema = buildSchema(written(PUBLIC_SCHEMA_PATH));
    const internal = Object.values(schema.getTypeMap()).flatMap((type) => {
      const own = type.description?.startsWith("Internal") ? [type.name] : [];
      const fields =
        isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)
          ? Object.values(type.getFields())
              .filter((f) => f.name.startsWith("_") || f.description?.startsWith("Internal"))
              .map((f) => `${type.name}.${f.name}`)
          : [];
      const values = isEnumType(type) ? type.getValues().filter((v) => v.description?.startsWith("Internal")) : [];
      return [...own, ...fields, ...values.map((v) => `${type.name}.${v.name}`)];
    });
    expect(internal).toEqual([]);
    // the internal types the subgraphs answer each other with are there, and hidden
    expect(written(readSupergraphPath())).toMatch(/type RedeemedVoucher\s+@join__type\(graph: VOUCHERS\)\s+@inaccessible\s+\{/);
  });
});

const readSupergraphPath = (): string => join(__dirname, "..", "..", "supergraph.graphql");

const ROOT = join(__dirname, "..", "..");

/**
 * Runs the codegen CLI as `npm run codegen` does, with the example's configuration writing
 * into a temporary file (and with more documents, if given); resolves to what it wrote.
 */
async function runCodegen(extraDocuments: string[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "psg-codegen-"));
  const out = join(dir, "graphql.ts");
  const config = join(dir, "codegen.ts");
  const module = join(ROOT, "examples", "typed-client", "codegen.ts");
  writeFileSync(
    config,
    `import { readmeGraphqlBlocks } from ${JSON.stringify(join(ROOT, "stack", "src", "readme-examples.ts"))};
import { typedClientConfig } from ${JSON.stringify(module)};
export default typedClientConfig(${JSON.stringify(out)}, [...readmeGraphqlBlocks().map((b) => b.document), ...${JSON.stringify(extraDocuments)}]);
`,
  );
  await promisify(execFile)(join(ROOT, "node_modules", ".bin", "graphql-codegen"), ["--config", config], {
    cwd: ROOT,
    // under NODE_ENV=test (jest's) the CLI prints nothing, not even its errors
    env: { ...process.env, NODE_ENV: "development" },
  });
  return written(out);
}

describe("npm run codegen", () => {
  it("types every README operation, and the committed file is what it writes today", async () => {
    const generated = await runCodegen();
    expect(generated).toContain("export const PartnerVouchersDocument");
    expect(generated).toContain("export type ReserveVoucherMutationVariables");
    expect(written(GENERATED_PATH)).toBe(generated);
  });

  it("fails on an operation that does not validate against the public schema", async () => {
    const failure = await runCodegen(['query Internal { _redeemedVouchers(from: "x", to: "y") { id } }']).then(
      () => "it succeeded",
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failure).toMatch(/Cannot query field "_redeemedVouchers" on type "Query"/);
  });
});
