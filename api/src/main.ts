import { Logger } from '@nestjs/common';
import { createApi } from './app-factory.js';
import { ContentImportService } from './catalogue/content-import.service.js';
import { loadConfig } from './core/config.js';
import { seedDemo } from './demo.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const { app } = await createApi(config);
  const logger = new Logger('Main');
  if (config.importContentOnStart) await app.get(ContentImportService).importDirectory(config.contentDir);
  if (config.demo) {
    const accounts = await seedDemo(app);
    if (accounts) {
      const lines = accounts.map((a) => `  ${a.role.padEnd(8)} ${a.email.padEnd(32)} ${a.password}`);
      // Printed once, on the first start: the passwords are not stored anywhere in clear.
      console.log(`\nComptes de démonstration (affichés une seule fois) :\n${lines.join('\n')}\n`);
    }
  }
  await app.listen(config.port, process.env.API_HOST ?? '127.0.0.1');
  logger.log(`api on http://127.0.0.1:${config.port}/graphql (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
