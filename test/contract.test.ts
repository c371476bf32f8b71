import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILE, contractSource } from '../src/server/openapi-contract.ts';

/** The browser's API types are generated from the server's OpenAPI document (issue 20 point 1). */
describe('the API contract of the browser', () => {
  it(`is up to date: ${CONTRACT_FILE} equals what npm run gen:api writes now`, async () => {
    const fresh = await contractSource();
    const committed = fs.readFileSync(CONTRACT_FILE, 'utf8');
    // One message that says what to do, not a 12,000-line diff.
    expect(committed === fresh, `${CONTRACT_FILE} is stale: run \`npm run gen:api\` and commit it`).toBe(true);
  }, 60_000);
});
