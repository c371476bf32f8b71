import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { closeDeps, createDeps } from '../deps.ts';
import type { AuditCheckpoint } from '../domain/audit-chain.ts';
import { verifyAuditChain, writeAuditCheckpoint } from '../modules/audit/service.ts';

/** Exit code 0 when the chain is intact, 1 when it is broken. */
export async function auditVerify(): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  const bar = new SingleBar({ format: '校验审计链 [{bar}] {value}/{total}', clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  try {
    const report = await verifyAuditChain(deps, null, (checked, total) => {
      if (!process.stderr.isTTY) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(checked);
    });
    if (started) bar.stop();
    const kinds = `${report.keyed} keyed with the HMAC key${report.legacy > 0 ? `, ${report.legacy} from before the key` : ''}`;
    for (const w of report.warnings) console.log(`Warning: ${w}`);
    if (report.intact) {
      console.log(`Audit chain intact: ${report.checked} entries checked (${kinds}); head #${report.head.seq}.`);
      if (report.vouchedUpTo) {
        console.log(`Verified up to seq ${report.vouchedUpTo.seq} at time ${report.vouchedUpTo.at} against the signed checkpoint of ${report.checkpoint?.at}.`);
        if (report.head.seq > report.vouchedUpTo.seq) {
          console.log(`Entries #${report.vouchedUpTo.seq + 1}–#${report.head.seq} are vouched for by the key only (a cut after the checkpoint would not show).`);
        }
      } else {
        console.log('Not anchored: no signed checkpoint to check against.');
      }
      return 0;
    }
    console.log(`Audit chain BROKEN at entry #${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} entries read.`);
    if (report.checkpoint) console.log(`Latest checkpoint: seq ${report.checkpoint.seq}, hash ${report.checkpoint.hash}, taken ${report.checkpoint.at}.`);
    return 1;
  } finally {
    await closeDeps(deps);
  }
}

/** Appends a signed checkpoint of the head and prints it for filing on paper. */
export async function auditCheckpoint(): Promise<number> {
  const deps = createDeps(loadConfig({ ...process.env, LOG_LEVEL: 'warn' }));
  try {
    const c = await writeAuditCheckpoint(deps);
    if (!c) return 1;
    console.log(printable(c, deps.config.audit.checkpointFile));
    return 0;
  } finally {
    await closeDeps(deps);
  }
}

function printable(c: AuditCheckpoint, file: string): string {
  return [
    '审计链检查点 / audit chain checkpoint',
    `  序号 seq:          ${c.seq}`,
    `  哈希 hash:         ${c.hash}`,
    `  该条时间 entry at:  ${c.headAt ?? '—'}`,
    `  签署时间 taken at:  ${c.at}`,
    `  签名 HMAC-SHA256:  ${c.sig}`,
    `  appended to ${file}`,
    '请打印并签字存档 (print, sign and file).',
  ].join('\n');
}
