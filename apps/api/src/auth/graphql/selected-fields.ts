import { type GraphQLResolveInfo, Kind } from 'graphql';

/**
 * Whether the client asked this field for nothing beyond `names`: plain sub-fields only (a
 * fragment, or anything unexpected, counts as asking for more), so a resolver may skip a
 * query whose columns nobody reads.
 */
export function selectsOnly(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every((selection) => selection.kind === Kind.FIELD && names.includes(selection.name.value)),
  );
}
