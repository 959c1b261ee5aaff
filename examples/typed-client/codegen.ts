import { join } from "node:path";
import type { CodegenConfig } from "@graphql-codegen/cli";
import { readmeGraphqlBlocks } from "../../stack/src/readme-examples";

const ROOT = join(__dirname, "..", "..");

/** Where `npm run codegen` writes the types and typed documents of the README's operations. */
export const GENERATED_PATH = join(__dirname, "generated", "graphql.ts");

/**
 * Types for every operation in README.md, checked against the public schema
 * (`schema.graphql`, written by `npm run compose`): each operation's result and variables,
 * and a typed document string to send. Codegen fails when an operation does not validate.
 */
export function typedClientConfig(
  output: string = GENERATED_PATH,
  documents: string[] = readmeGraphqlBlocks().map((block) => block.document),
): CodegenConfig {
  return {
    schema: join(ROOT, "schema.graphql"),
    documents,
    errorsOnly: true,
    generates: {
      [output]: {
        plugins: ["typescript-operations", "typed-document-node"],
        config: {
          documentMode: "string",
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { Date: "string", DateTime: "string", JSON: "unknown" },
        },
      },
    },
  };
}

export default typedClientConfig();
