import type { Kysely } from 'kysely';

/**
 * Issue 21: a condolence drive's cash paid through the payroll (发放名册) instead of by hand.
 * - `condolence_drives.payroll_id`: the payroll the drive's cash went into (one per drive; the
 *   payroll's key `condolence:{drive}` makes it once).
 * - `condolence_lines.cash_route`: how the line's cash is paid, frozen when the payroll is made:
 *   null — in hand at delivery (the drive has no payroll); `payroll` — a line of the payroll;
 *   `no_account` / `holder_mismatch` — withheld from the payroll for the household's account
 *   (listed, paid by hand or after correction); `handed_over` — already delivered in cash before
 *   the payroll was made.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('condolence_drives').addColumn('payroll_id', 'integer').execute();
  await db.schema.alterTable('condolence_lines').addColumn('cash_route', 'varchar(16)').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('condolence_lines').dropColumn('cash_route').execute();
  await db.schema.alterTable('condolence_drives').dropColumn('payroll_id').execute();
}
