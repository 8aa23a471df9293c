import { fileURLToPath } from 'node:url';
import { writeJsonSchemas } from './json-schema.js';

// Run from dist/content/ after the build: writes schemas/content/json/*.schema.json.
const outDir = fileURLToPath(new URL('../../content/json/', import.meta.url));
for (const file of await writeJsonSchemas(outDir)) console.log(`écrit : ${file}`);
