import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { graphqlDocuments } from '../../../vite-plugin-graphql-documents.ts';

// Built from pieces: this test file itself goes through the plugin when vitest loads it.
const call = (body: string) => 'graph' + 'ql(`' + body + '`)';

// A generated file as graphql-codegen's client preset writes it: one document per line.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gql-documents-'));
const generated = path.join(dir, 'graphql.ts');
fs.writeFileSync(
  generated,
  [
    'export type Query = { me: unknown };',
    'export const CatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogue"}}]} as unknown as DocumentNode<CatalogueQuery, CatalogueQueryVariables>;',
    'export const CardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Card"}}]} as unknown as DocumentNode<CardFragment, unknown>;',
  ].join('\n'),
);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function transform(code: string, id = '/app/src/routes/x/+page.ts') {
  const plugin = graphqlDocuments(generated);
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
    expect(result?.code).toContain("import __gql_CatalogueDocument from 'virtual:continuite-gql/CatalogueDocument';");
    expect(result?.code).toContain("import __gql_CardFragmentDoc from 'virtual:continuite-gql/CardFragmentDoc';");
  });

  it('gives each document a module of its own, so a page carries only the documents it uses', () => {
    const plugin = graphqlDocuments(generated);
    const resolve = plugin.resolveId as (id: string) => string | null;
    const load = plugin.load as (id: string) => string | null;
    const id = resolve.call({}, 'virtual:continuite-gql/CardFragmentDoc')!;

    expect(load.call({}, id)).toBe(
      'export default {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Card"}}]};\n',
    );
    expect(() => load.call({}, resolve.call({}, 'virtual:continuite-gql/MissingDocument')!)).toThrow(/codegen/);
    expect(resolve.call({}, './elsewhere.ts')).toBeNull();
  });

  it('leaves files without operations, and the generated files, alone', () => {
    expect(transform('const a = 1;')).toBeNull();
    expect(transform(call('query A { me { id } }'), '/app/src/lib/graphql/generated/gql.ts')).toBeNull();
  });
});
