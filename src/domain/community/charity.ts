/**
 * 慈善 (issue 22): donations in money and goods, the charity store (慈善超市) issuing goods to
 * households in need within a monthly quota, and the ledger that balances. Pure: no I/O.
 */

export const MOVEMENT_KINDS = ['money_in', 'goods_in', 'purchase', 'issue'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * A household's issues in a month are capped by value (policy `community.charityMonthlyQuota`,
 * fen per household per month): the new issue is refused when it would pass the quota.
 */
export function checkMonthlyQuota(usedThisMonth: number, issueValue: number, quota: number): { ok: true; left: number } | { ok: false; left: number; over: number } {
  const left = Math.max(0, quota - usedThisMonth);
  return issueValue <= left ? { ok: true, left: left - issueValue } : { ok: false, left, over: issueValue - left };
}

export interface Movement {
  kind: MovementKind;
  itemId: number | null;
  quantity: number;
  /** fen of money: given for money_in, spent for purchase */
  money: number;
  /** fen of goods value (quantity × unit value) */
  value: number;
}

export interface ItemLedger {
  itemId: number;
  quantityIn: number;
  quantityOut: number;
  valueIn: number;
  valueOut: number;
  /** in − out */
  quantity: number;
  value: number;
}

export interface Ledger {
  money: { in: number; out: number; balance: number };
  goods: { valueIn: number; valueOut: number; value: number; items: ItemLedger[] };
}

/**
 * 收支台账: money in − money out = money held; per item, quantity (and value) in − out = stock.
 * Goods come in by donation or purchase and go out by issue; money comes in by donation and
 * goes out by purchase.
 */
export function charityLedger(movements: readonly Movement[]): Ledger {
  const items = new Map<number, ItemLedger>();
  const item = (id: number) => {
    let l = items.get(id);
    if (!l) {
      l = { itemId: id, quantityIn: 0, quantityOut: 0, valueIn: 0, valueOut: 0, quantity: 0, value: 0 };
      items.set(id, l);
    }
    return l;
  };
  let moneyIn = 0;
  let moneyOut = 0;
  for (const m of movements) {
    switch (m.kind) {
      case 'money_in':
        moneyIn += m.money;
        break;
      case 'purchase':
        moneyOut += m.money;
        if (m.itemId !== null) addIn(item(m.itemId), m);
        break;
      case 'goods_in':
        if (m.itemId !== null) addIn(item(m.itemId), m);
        break;
      case 'issue':
        if (m.itemId !== null) {
          const l = item(m.itemId);
          l.quantityOut += m.quantity;
          l.valueOut += m.value;
        }
        break;
    }
  }
  const list = [...items.values()].sort((a, b) => a.itemId - b.itemId);
  for (const l of list) {
    l.quantity = l.quantityIn - l.quantityOut;
    l.value = l.valueIn - l.valueOut;
  }
  const valueIn = list.reduce((s, l) => s + l.valueIn, 0);
  const valueOut = list.reduce((s, l) => s + l.valueOut, 0);
  return { money: { in: moneyIn, out: moneyOut, balance: moneyIn - moneyOut }, goods: { valueIn, valueOut, value: valueIn - valueOut, items: list } };
}

function addIn(l: ItemLedger, m: Movement) {
  l.quantityIn += m.quantity;
  l.valueIn += m.value;
}

/**
 * The ledger against what is held: the fund's balance and each item's stock. Every difference
 * is named (a write that bypassed the ledger, a lost movement).
 */
export function ledgerDifferences(ledger: Ledger, held: { money: number; stock: readonly { itemId: number; quantity: number }[] }): { subject: string; ledger: number; held: number }[] {
  const out: { subject: string; ledger: number; held: number }[] = [];
  if (ledger.money.balance !== held.money) out.push({ subject: 'money', ledger: ledger.money.balance, held: held.money });
  const byItem = new Map(ledger.goods.items.map((l) => [l.itemId, l.quantity]));
  for (const s of held.stock) {
    const q = byItem.get(s.itemId) ?? 0;
    if (q !== s.quantity) out.push({ subject: `item:${s.itemId}`, ledger: q, held: s.quantity });
    byItem.delete(s.itemId);
  }
  for (const [id, q] of byItem) if (q !== 0) out.push({ subject: `item:${id}`, ledger: q, held: 0 });
  return out;
}
