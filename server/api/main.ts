/**
 * `npm run serve`: the API server alone (Neo4j must already run; see `npm run db:start`).
 * Settings from env: see server/api/config.ts.
 */
import { serve } from '../serve';

serve().catch((e: unknown) => {
  process.stderr.write(`serve: ${(e as Error).message}\n`);
  process.exit(1);
});
