import { describe, expect, it } from 'vitest';
import { graphqlDocuments } from '../../../vite-plugin-graphql-documents.ts';

// Built from pieces: this test file itself goes through the plugin when vitest loads it.
const call = (body: string) => 'graph' + 'ql(`' + body + '`)';

function transform(code: string, id = '/app/src/routes/x/+page.ts') {
  const plugin = graphqlDocuments();
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id);
}

describe('graphqlDocuments (vite plugin)', () => {
  it('replaces each graphql() call with the generated document, keeping line numbers', () => {
    const source = [
      `const Q = ${call('\n  query Catalogue($first: Int!) {\n    modules(first: $first) { totalCount }\n  }\n')};`,
      `const F = ${call('fragment Card on Module { id }')};`,
      'use(Q, F);',
    ].join('\n');

    const result = transform(source);

    expect(result?.code.split('\n').slice(0, 7)).toEqual([
      'const Q = __gql_CatalogueDocument',
      '',
      '',
      '',
      ';',
      'const F = __gql_CardFragmentDoc;',
      'use(Q, F);',
    ]);
    expect(result?.code).toContain(
      "import { CatalogueDocument as __gql_CatalogueDocument, CardFragmentDoc as __gql_CardFragmentDoc } from '#lib/graphql/generated/graphql.ts';",
    );
  });

  it('leaves files without operations, and the generated files, alone', () => {
    expect(transform('const a = 1;')).toBeNull();
    expect(transform(call('query A { me { id } }'), '/app/src/lib/graphql/generated/gql.ts')).toBeNull();
  });
});
