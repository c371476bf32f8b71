import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/config.ts';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A fresh data directory and a way to run `npx minzheng …` in it the way an operator does
 * (the real bin script, its own SQLite file). `cleanup()` removes the directory.
 */
export function cliSandbox(prefix: string): { dataDir: string; minzheng(...args: string[]): Promise<CliResult>; cleanup(): void } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `minzheng-${prefix}-`));
  return {
    dataDir,
    async minzheng(...args: string[]) {
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' };
      try {
        const { stdout, stderr } = await run(process.execPath, [path.join(projectRoot, 'bin/minzheng.js'), ...args], { env, cwd: projectRoot });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as CliResult;
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    },
    cleanup: () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}
