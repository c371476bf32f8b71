/**
 * 志愿服务、三张清单、慈善 in the monthly report's Excel and PDF (issue 22 point 6): the counts the
 * JSON report carries as `community`, laid out as labelled columns under their group. Pure: no I/O.
 */

export interface CommunityCounts {
  volunteers: { teams: number; volunteers: number; activities: number; serviceTimes: number; hours: number; pointsEarned: number; exchanges: number; pointsExchanged: number };
  lists: { needsRaised: number; needsMatched: number; needsDone: number; projectsStarted: number; needsOpenAtEnd: number };
  charity: { donationsMoney: number; donationsGoodsValue: number; donations: number; purchasesMoney: number; issuedValue: number; households: number };
}

type Group = keyof CommunityCounts;

interface Column<G extends Group> {
  group: G;
  key: keyof CommunityCounts[G];
  header: string;
  /** a sum of money in fen, shown in yuan */
  money?: true;
  /** hours, one decimal */
  hours?: true;
}

const col = <G extends Group>(c: Column<G>): Column<Group> => c as unknown as Column<Group>;

/** The counters, in the order the sheet shows them. */
export const COMMUNITY_COLUMNS: readonly Column<Group>[] = [
  col({ group: 'volunteers', key: 'teams', header: '志愿服务队' }),
  col({ group: 'volunteers', key: 'volunteers', header: '在册志愿者' }),
  col({ group: 'volunteers', key: 'activities', header: '本月活动' }),
  col({ group: 'volunteers', key: 'serviceTimes', header: '服务人次' }),
  col({ group: 'volunteers', key: 'hours', header: '服务时长（小时）', hours: true }),
  col({ group: 'volunteers', key: 'pointsEarned', header: '获得积分' }),
  col({ group: 'volunteers', key: 'exchanges', header: '积分兑换次数' }),
  col({ group: 'volunteers', key: 'pointsExchanged', header: '兑换积分' }),
  col({ group: 'lists', key: 'needsRaised', header: '新增需求' }),
  col({ group: 'lists', key: 'needsMatched', header: '已对接资源' }),
  col({ group: 'lists', key: 'needsDone', header: '已办结需求' }),
  col({ group: 'lists', key: 'projectsStarted', header: '新启动项目' }),
  col({ group: 'lists', key: 'needsOpenAtEnd', header: '月末未办结需求' }),
  col({ group: 'charity', key: 'donations', header: '接收捐赠（笔）' }),
  col({ group: 'charity', key: 'donationsMoney', header: '捐赠资金（元）', money: true }),
  col({ group: 'charity', key: 'donationsGoodsValue', header: '捐赠物资折价（元）', money: true }),
  col({ group: 'charity', key: 'purchasesMoney', header: '资金购物（元）', money: true }),
  col({ group: 'charity', key: 'issuedValue', header: '慈善超市发放（元）', money: true }),
  col({ group: 'charity', key: 'households', header: '受助户数' }),
];

export const COMMUNITY_GROUP_NAMES: Record<Group, string> = { volunteers: '志愿服务', lists: '三张清单', charity: '慈善' };

/** A column's value of one area's counts: fen for money, hours as counted, otherwise a count. */
export function communityValue(counts: CommunityCounts, c: Column<Group>): number {
  return Number((counts[c.group] as unknown as Record<string, number>)[c.key as string] ?? 0);
}

/** One PDF line per group: "志愿服务：志愿服务队 2，在册志愿者 15，…". */
export function communityLines(counts: CommunityCounts, money: (fen: number) => string): string[] {
  return (Object.keys(COMMUNITY_GROUP_NAMES) as Group[]).map(
    (g) =>
      `${COMMUNITY_GROUP_NAMES[g]}：${COMMUNITY_COLUMNS.filter((c) => c.group === g)
        .map((c) => {
          const v = communityValue(counts, c);
          const name = c.header.replace(/（(元|小时|笔)）$/, '');
          if (c.money) return `${name} ${money(v)} 元`;
          if (c.hours) return `${name} ${v.toFixed(1)} 小时`;
          if (c.header.endsWith('（笔）')) return `${name} ${v} 笔`;
          return `${name} ${v}`;
        })
        .join('，')}`,
  );
}
