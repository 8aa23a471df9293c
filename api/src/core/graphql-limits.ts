import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export const LIMITS = { maxDepth: 10, maxAliases: 30, maxComplexity: 1000 };

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** Refuses operations nested deeper than maxDepth or using more than maxAliases aliases. */
export function depthAndAliasRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const measure = (set: SelectionSetNode, depth: number, seen: Set<string>, counter: { aliases: number }): number => {
    let deepest = depth;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection as FieldNode).alias) counter.aliases += 1;
        if (selection.selectionSet) deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen, counter));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen, counter));
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          deepest = Math.max(deepest, measure(fragment.selectionSet, depth, new Set([...seen, fragment.name.value]), counter));
        }
      }
    }
    return deepest;
  };
  return {
    OperationDefinition(operation) {
      const counter = { aliases: 0 };
      const depth = measure(operation.selectionSet, 1, new Set(), counter);
      if (depth > LIMITS.maxDepth) context.reportError(limitError(`Query depth ${depth} exceeds ${LIMITS.maxDepth}.`));
      if (counter.aliases > LIMITS.maxAliases)
        context.reportError(limitError(`Query uses ${counter.aliases} aliases; at most ${LIMITS.maxAliases}.`));
    },
  };
}

/** Refuses operations whose estimated cost (list sizes included) exceeds maxComplexity. */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              operationName: request.operationName,
              query: document,
              variables: request.variables,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (error) {
            // Variables that do not fit the operation: execution refuses them as BAD_USER_INPUT, with graphql's words.
            if (error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError')) return;
            throw error;
          }
          if (complexity > LIMITS.maxComplexity) throw limitError(`Query cost ${complexity} exceeds ${LIMITS.maxComplexity}.`);
        },
      };
    },
  };
}
