/** Payments adds fields to these entities and needs nothing but their key to resolve them. */
export const keyOnlyReference = {
  __resolveReference: (ref: { id: string }): { id: string } => ({ id: ref.id }),
};
