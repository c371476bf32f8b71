import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../config.ts';
import { closeDeps, createDeps } from '../deps.ts';
import { verifyAuditChain } from '../modules/audit/service.ts';

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
    if (report.intact) {
      console.log(`Audit chain intact: ${report.checked} entries checked.`);
      return 0;
    }
    console.log(
      `Audit chain BROKEN at entry #${report.firstBroken?.seq} (${report.firstBroken?.reason}); ${report.checked} entries read.`,
    );
    return 1;
  } finally {
    await closeDeps(deps);
  }
}
