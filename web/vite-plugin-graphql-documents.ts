import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/;
/** How graphql-codegen's client preset writes each document in graphql.ts: one line per document. */
const EXPORTED_DOCUMENT = /^export const (\w+) = (\{"kind":"Document".*\}) as unknown as DocumentNode<.*>;$/gm;
const VIRTUAL = 'virtual:continuite-gql/';
const RESOLVED = '\0continuite-gql:';

/**
 * Replaces each `graphql(`…`)` call with the document graphql-codegen generated for it. The preset's
 * runtime `graphql()` looks documents up in a map holding every operation of the app, which would
 * ship them all to every page; and importing them by name from the one generated module would still
 * put every document some page uses into one shared chunk. So each document becomes a module of its
 * own (`virtual:continuite-gql/<Name>`), and each page carries only the documents it uses (the
 * preset's Babel/SWC plugins do the like for other bundlers). Lines are kept so positions stay right.
 */
export function graphqlDocuments(generated = path.resolve(import.meta.dirname, 'src/lib/graphql/generated/graphql.ts')): Plugin {
  let cache: { mtimeMs: number; documents: Map<string, string> } | null = null;

  function documents(): Map<string, string> {
    const { mtimeMs } = fs.statSync(generated);
    if (cache?.mtimeMs !== mtimeMs) {
      const source = fs.readFileSync(generated, 'utf8');
      cache = { mtimeMs, documents: new Map([...source.matchAll(EXPORTED_DOCUMENT)].map((m) => [m[1]!, m[2]!])) };
    }
    return cache.documents;
  }

  return {
    name: 'continuite:graphql-documents',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(VIRTUAL) ? RESOLVED + id.slice(VIRTUAL.length) : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const document = documents().get(name);
      if (!document) throw new Error(`${name} is not in ${generated}: run \`pnpm --filter @continuite/web codegen\``);
      return `export default ${document};\n`;
    },
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

      const imports = [...names].map((name) => `import __gql_${name} from '${VIRTUAL}${name}';`).join('\n');
      return { code: `${transformed}\n${imports}\n`, map: null };
    },
  };
}
