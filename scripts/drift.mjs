// Generated files are committed so that every change to a contract shows in review. After a build
// (which writes the GraphQL schema) this regenerates the rest and fails on CI when any differ.
import { execSync } from 'node:child_process';

execSync('pnpm --filter @continuite/schemas run json', { stdio: 'inherit' });
execSync('pnpm --filter @continuite/web run codegen', { stdio: 'inherit' });
const paths = ['schemas/graphql/schema.graphql', 'schemas/content/json', 'web/src/lib/graphql/generated'];
const diff = execSync(`git status --porcelain -- ${paths.join(' ')}`, { encoding: 'utf8' }).trim();
if (diff) {
  console.error(`Generated files differ from what is committed:\n${diff}\nCommit them (they come from the code).`);
  process.exit(process.env.CI ? 1 : 0);
}
console.log('generated files match the code');
