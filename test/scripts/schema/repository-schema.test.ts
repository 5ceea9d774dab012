import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Instant, LocalDate, ZoneOffset } from '@js-joda/core';
import { renderChangelog } from '../../../scripts/schema/changelog';
import { checkSchemaEvolution } from '../../../scripts/schema/gate';

const ROOT = path.join(__dirname, '../../..');

/** The gate of `npm run schema:check`, on ToyApi's own schema, so `npm test` refuses a breaking change too. */
describe("ToyApi's schema", () => {
  it('passes the schema-evolution gate against the released schema', async () => {
    const result = await checkSchemaEvolution({
      releasedSdl: readFileSync(path.join(ROOT, 'schema/released.graphql'), 'utf8'),
      currentSdl: readFileSync(path.join(ROOT, 'schema.graphql'), 'utf8'),
      today: LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC),
    });
    if (!result.passed) throw new Error(renderChangelog(result));
  });
});
