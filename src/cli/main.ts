import fs from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { areasImport } from './areas.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { auditCheckpoint, auditVerify } from './audit.ts';
import { demoCommand } from './demo.ts';
import { calcCommand } from './calc.ts';
import { importHouseholdsCommand } from './import.ts';
import { migrate } from './migrate.ts';
import { payrollCommand } from './payroll.ts';
import { riskCheckCommand } from './risk-check.ts';
import { matchCommand } from './match.ts';
import { discoverCommand } from './discover.ts';
import { serve } from './serve.ts';
import { statsRefreshCommand } from './stats.ts';
import { userAdd } from './user.ts';

function wholeNumber(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return n;
  };
}

const program = new Command()
  .name('minzheng')
  .description('民政 social assistance — server and administration commands')
  .showHelpAfterError();

program.command('serve').description('migrate, seed an empty database with the demo district, and serve the app').action(serve);
program.command('migrate').description('apply pending database migrations').action(migrate);
program
  .command('contract')
  .description("write the browser's API types (web/src/api/schema.gen.ts) from the server's OpenAPI document")
  .action(async () => {
    // Loaded here: the generator is a development tool, not worth loading for every command.
    const { CONTRACT_FILE, contractSource } = await import('../server/openapi-contract.ts');
    fs.writeFileSync(CONTRACT_FILE, await contractSource());
    process.stdout.write(`${CONTRACT_FILE} written\n`);
  });

const audit = program.command('audit').description('audit log tools');
audit
  .command('verify')
  .description('re-compute the audit chain with the HMAC key, check it against the signed checkpoints and say how far back it is vouched for')
  .action(async () => {
    process.exitCode = await auditVerify();
  });
audit
  .command('checkpoint')
  .description('sign the head of the audit chain, append it to DATA_DIR/audit-checkpoints.log and print it for filing on paper')
  .action(async () => {
    process.exitCode = await auditCheckpoint();
  });

program
  .command('backup')
  .description('copy the whole database to a file while the server runs (SQLite online backup; PostgreSQL pg_dump -Fc)')
  .argument('<file>', 'the backup file to create')
  .action(async (file: string) => {
    process.exitCode = await backupCommand(file);
  });

program
  .command('restore')
  .description('restore a backup into an empty database, then apply pending migrations')
  .argument('<file>', 'a file made by `minzheng backup`')
  .option('--force', 'replace a database that is not empty (stop the server first)')
  .action(async (file: string, opts: { force?: boolean }) => {
    process.exitCode = await restoreCommand(file, opts);
  });

program
  .command('areas')
  .description('administrative divisions')
  .command('import')
  .description('load a district/county with its streets and communities (GB/T 2260, 统计用区划代码)')
  .argument('<districtCode>', 'six-digit district code, e.g. 420102')
  .action(async (code: string) => {
    process.exitCode = await areasImport(code);
  });

program
  .command('import')
  .description('bulk imports')
  .command('households')
  .description('import households and members from the two-sheet template (.xlsx)')
  .argument('<file>', 'the .xlsx workbook (sheets 户信息 and 成员)')
  .requiredOption('--user <username>', 'act as this user (area scope and audit apply)')
  .option('--dry-run', 'validate every row and report, write nothing')
  .action(async (file: string, opts: { user: string; dryRun?: boolean }) => {
    process.exitCode = await importHouseholdsCommand(file, opts);
  });

program
  .command('calc')
  .description('run a benefit calculation scenario (JSON file, or - for stdin) and print the result as JSON')
  .argument('<file>', 'scenario JSON, as POST /api/v1/calculations takes it')
  .option('--explain', 'add the line-by-line Chinese explanation')
  .action(async (file: string, opts: { explain?: boolean }) => {
    process.exitCode = await calcCommand(file, opts);
  });

program
  .command('demo')
  .description('fill the database with a synthetic district (bulk insert, deterministic for a seed)')
  .requiredOption('--households <n>', 'number of households (about 2.4 persons each)', wholeNumber(1))
  .option('--area <code>', 'district, street or community to fill', '420102')
  .option('--seed <n>', 'random seed: the same seed gives the same people', wholeNumber(0), 20260101)
  .option('--append', 'add to a database that already has households')
  .action(async (opts: { households: number; area: string; seed: number; append?: boolean }) => {
    process.exitCode = await demoCommand(opts);
  });

program
  .command('payroll')
  .description('prepare the monthly payroll of a program and area (the same service as POST /api/v1/payrolls; a re-run returns the same payroll)')
  .requiredOption('--program <program>', 'dibao | tekun | …')
  .requiredOption('--area <code>', 'district, street or community code, e.g. 420102')
  .requiredOption('--month <YYYY-MM>', 'the month paid in')
  .option('--months <list>', 'months paid together, e.g. 2026-01,2026-02 (default: --month)')
  .requiredOption('--user <username>', 'act as this user (role, area scope and audit apply)')
  .action(async (opts: { program: string; area: string; month: string; months?: string; user: string }) => {
    process.exitCode = await payrollCommand(opts);
  });

program
  .command('risk-check')
  .description('风险核查: run every risk rule over an area (the same run as POST /api/v1/risk-checks/runs; nightly-ready: a re-run opens no duplicate finding)')
  .requiredOption('--area <code>', 'district, street or community code, e.g. 420102')
  .option('--user <username>', 'act as this user (county approver or admin; default: the first administrator over the area)')
  .action(async (opts: { area: string; user?: string }) => {
    process.exitCode = await riskCheckCommand(opts);
  });

program
  .command('match')
  .description('核对比对: match every enrolled household of an area against every data source (the same job as POST /api/v1/matching-runs); each new finding becomes an alert, never twice')
  .requiredOption('--area <code>', 'district, street or community code, e.g. 420102')
  .option('--user <username>', 'act as this user (verifier or county approver; role, area scope and audit apply)', 'verifier')
  .action(async (opts: { area: string; user: string }) => {
    process.exitCode = await matchCommand(opts);
  });

program
  .command('stats')
  .description('民政统计: the pre-aggregated monthly statistics behind the dashboard')
  .command('refresh')
  .description('rebuild the monthly statistics of a month (or of every month with --all) from payrolls and history')
  .option('--month <YYYY-MM>', 'the month to rebuild')
  .option('--area <code>', 'the district (or an area in it) to rebuild', '420102')
  .option('--all', 'rebuild every district and every month from the first payroll, enrolment or case on')
  .action(async (opts: { month?: string; area: string; all?: boolean }) => {
    process.exitCode = await statsRefreshCommand(opts);
  });

program
  .command('user')
  .description('user administration')
  .command('add')
  .description('create a user')
  .requiredOption('-u, --username <username>', 'login name')
  .requiredOption('-n, --name <displayName>', 'display name (e.g. 张丽)')
  .requiredOption('-r, --role <role>', 'admin | county_approver | street_reviewer | community_worker | verifier | auditor')
  .requiredOption('-a, --area <areaCode>', 'area code the user is bound to (e.g. 420102010001)')
  .option('-p, --password <password>', 'initial password (generated and printed when omitted)')
  .action(async (opts) => {
    process.exitCode = await userAdd(opts);
  });

program
  .command('discover')
  .description('主动发现: every discovery rule over an area\'s unassisted households (the same job as POST /api/v1/discovery-runs); each person named becomes a lead for the community, never twice')
  .requiredOption('--area <code>', 'district, street or community code, e.g. 420102')
  .option('--user <username>', 'act as this user (county approver, street reviewer or verifier)', 'street')
  .action(async (opts: { area: string; user: string }) => {
    process.exitCode = await discoverCommand(opts);
  });

await program.parseAsync(process.argv);
