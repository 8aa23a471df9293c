import type { Plugin } from 'vite';

const GENERATED = '#lib/graphql/generated/graphql.ts';
const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;

/**
 * Replaces each `graphql(`…`)` call with the document graphql-codegen generated for it, imported by
 * name. The preset's runtime `graphql()` looks documents up in a map holding every operation of the
 * app, which would ship them all to every page; by name, each chunk carries only what it uses (the
 * preset's Babel/SWC plugins do the same for other bundlers). Lines are kept so positions stay right.
 */
export function graphqlDocuments(): Plugin {
  return {
    name: 'continuite:graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id.split('?')[0] ?? '') || id.includes('/lib/graphql/generated/')) return null;
      if (!code.includes('graphql(')) return null;

      const names = new Set<string>();
      const transformed = code.replace(CALL, (whole, body: string) => {
        const match = DEFINITION.exec(body);
        if (!match) return whole;
        const [, kind, name] = match;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        names.add(exported);
        return `__gql_${exported}` + '\n'.repeat(whole.split('\n').length - 1);
      });
      if (names.size === 0) return null;

      const specifiers = [...names].map((name) => `${name} as __gql_${name}`).join(', ');
      return { code: `${transformed}\nimport { ${specifiers} } from '${GENERATED}';\n`, map: null };
    },
  };
}
