import { startTestStack, type TestStack } from "@psg/testing";
import {
  buildClientSchema,
  type GraphQLNamedType,
  getIntrospectionQuery,
  type IntrospectionQuery,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from "graphql";

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const hasText = (description: string | null | undefined): boolean => (description ?? "").trim().length > 0;

/** Every type, field, argument, input field and enum value of a schema that lacks a description. */
function undescribed(types: GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (!hasText(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!hasText(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (!hasText(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!hasText(field.description)) missing.push(`input field ${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (!hasText(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe("the public schema", () => {
  it("describes every type, field, argument, input field and enum value for a frontend developer", async () => {
    // what the gateway publishes: the supergraph without @inaccessible parts and federation internals
    const response = await stack.request<IntrospectionQuery>(getIntrospectionQuery({ inputValueDeprecation: true }));
    const schema = buildClientSchema(response.data as IntrospectionQuery);
    const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith("__") && !isSpecifiedScalarType(t));
    expect(types.length).toBeGreaterThan(50);
    const missing = undescribed(types);
    expect(missing).toEqual([]);
  });
});
