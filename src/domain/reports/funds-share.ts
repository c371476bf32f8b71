/**
 * 资金分担 per community: a payroll carries the city's and the district's shares of its total;
 * a community's share is in proportion to its part of the total, by largest remainder, so the
 * communities' shares add up to the payroll's to the fen. Exact in BigInt: amounts × amounts
 * overflow a double.
 */
export function shareInProportion<K>(total: number, parts: readonly { key: K; amount: number }[]): Map<K, number> {
  const out = new Map<K, number>();
  let sum = 0n;
  for (const p of parts) sum += BigInt(p.amount);
  if (parts.length === 0) return out;
  if (sum === 0n) {
    for (const p of parts) out.set(p.key, 0);
    return out;
  }
  const sign = sum < 0n ? -1n : 1n;
  const denom = sum * sign;
  const t = BigInt(total);
  const floorDiv = (a: bigint, b: bigint) => (a >= 0n ? a / b : -((-a + b - 1n) / b));
  const shares = parts.map((p, index) => {
    const num = t * BigInt(p.amount) * sign;
    const q = floorDiv(num, denom);
    return { key: p.key, q, rem: num - q * denom, index };
  });
  let left = t - shares.reduce((s, x) => s + x.q, 0n);
  const order = [...shares].sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  for (const s of order) {
    if (left <= 0n) break;
    s.q += 1n;
    left -= 1n;
  }
  for (const s of shares) out.set(s.key, Number(s.q));
  return out;
}
