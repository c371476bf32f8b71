import { describe, expect, it } from 'vitest';
import { buildIdNumber } from './id-number.ts';
import { classifyPersonQuery, fullPinyin, pinyinInitials, searchTiers, type PersonQuery, type SearchTier } from './name-search.ts';

describe('pinyin of names', () => {
  it.each([
    ['张三丰', 'zsf', 'zhangsanfeng'],
    ['李四', 'ls', 'lisi'],
    ['欧阳娜娜', 'oynn', 'ouyangnana'],
    // Polyphonic characters read as surnames at the head of a name.
    ['单田芳', 'stf', 'shantianfang'],
    ['曾国藩', 'zgf', 'zengguofan'],
    ['解缙', 'xj', 'xiejin'],
    ['仇英', 'qy', 'qiuying'],
    ['朴槿惠', 'pjh', 'piaojinhui'],
    ['尉迟恭', 'ycg', 'yuchigong'],
    ['区寄', 'oj', 'ouji'],
    ['覃海洋', 'qhy', 'qinhaiyang'],
    ['长孙无忌', 'zswj', 'zhangsunwuji'],
    // ü is typed v.
    ['吕布', 'lb', 'lvbu'],
    ['女娲', 'nw', 'nvwa'],
    // The · of minority names and surrounding spaces are dropped.
    ['买买提·艾力', 'mmtal', 'maimaitiaili'],
    [' 张三丰 ', 'zsf', 'zhangsanfeng'],
    ['', '', ''],
  ])('%s → %s / %s', (name, initials, full) => {
    expect(pinyinInitials(name)).toBe(initials);
    expect(fullPinyin(name)).toBe(full);
  });

  it('returns only lower-case ASCII letters', () => {
    for (const name of ['张三丰', '吕布', '买买提·艾力', '𠇔一', '王 小明', '李A']) {
      expect(pinyinInitials(name)).toMatch(/^[a-z]*$/);
      expect(fullPinyin(name)).toMatch(/^[a-z]*$/);
    }
  });

  it('the initials of a name are what classifyPersonQuery produces for them', () => {
    for (const name of ['张三丰', '单田芳', '欧阳娜娜', '吕布']) {
      expect(classifyPersonQuery(pinyinInitials(name).toUpperCase())).toEqual({
        kind: 'pinyin_initials',
        value: pinyinInitials(name),
      });
    }
  });
});

describe('classifyPersonQuery', () => {
  const id = buildIdNumber({ areaCode: '420102', birthDate: '1990-03-07', sequence: 123 });
  const idX = '11010519491231002X';
  const legacy = '420102900307123';
  const legacyAs18 = buildIdNumber({ areaCode: '420102', birthDate: '1990-03-07', sequence: 123 });

  it.each<[string, PersonQuery]>([
    [id, { kind: 'id_full', value: id }],
    [idX, { kind: 'id_full', value: idX }],
    [idX.toLowerCase(), { kind: 'id_full', value: idX }],
    [` ${idX.slice(0, 6)} ${idX.slice(6, 14)} ${idX.slice(14)} `, { kind: 'id_full', value: idX }],
    ['１１０１０５１９４９１２３１００２ｘ', { kind: 'id_full', value: idX }],
    [legacy, { kind: 'id_full', value: legacyAs18 }],
    // Wrong check character: still a full-number search, kept as typed so it finds nobody.
    ['110105194912310020', { kind: 'id_full', value: '110105194912310020' }],
    ['1234', { kind: 'id_suffix', value: '1234' }],
    ['002X', { kind: 'id_suffix', value: '002X' }],
    ['002x', { kind: 'id_suffix', value: '002X' }],
    ['1231002X', { kind: 'id_suffix', value: '1231002X' }],
    ['12345678901234567', { kind: 'id_suffix', value: '12345678901234567' }],
    ['1101051949123100', { kind: 'id_suffix', value: '1101051949123100' }],
    ['1234 5678', { kind: 'id_suffix', value: '12345678' }],
    ['zsf', { kind: 'pinyin_initials', value: 'zsf' }],
    ['ZSF', { kind: 'pinyin_initials', value: 'zsf' }],
    [' z s f ', { kind: 'pinyin_initials', value: 'zsf' }],
    ['ｚｓｆ', { kind: 'pinyin_initials', value: 'zsf' }],
    ['x', { kind: 'pinyin_initials', value: 'x' }],
    ['X', { kind: 'pinyin_initials', value: 'x' }],
    ['张三丰', { kind: 'name', value: '张三丰' }],
    [' 张三丰 ', { kind: 'name', value: '张三丰' }],
    ['张 三丰', { kind: 'name', value: '张三丰' }],
    ['买买提·艾力', { kind: 'name', value: '买买提·艾力' }],
    ['张3', { kind: 'name', value: '张3' }],
    ['123', { kind: 'name', value: '123' }],
    ['12X', { kind: 'name', value: '12X' }],
    ['1234567890123456789', { kind: 'name', value: '1234567890123456789' }],
    ['42010219900307123X1', { kind: 'name', value: '42010219900307123X1' }],
    ['', { kind: 'name', value: '' }],
  ])('%j → %j', (q, expected) => {
    expect(classifyPersonQuery(q)).toEqual(expected);
  });
});

describe('searchTiers', () => {
  it.each<[string, SearchTier[]]>([
    ['王', [{ kind: 'name_prefix', value: '王' }]],
    ['王芳', [{ kind: 'name_prefix', value: '王芳' }]],
    [
      '王建国',
      [
        { kind: 'name_prefix', value: '王建国' },
        { kind: 'contains', column: 'name', value: '王建国' },
        { kind: 'address_contains', value: '王建国' },
      ],
    ],
    [
      '球场路 23',
      [
        { kind: 'name_prefix', value: '球场路23' },
        { kind: 'contains', column: 'name', value: '球场路23' },
        { kind: 'address_contains', value: '球场路23' },
      ],
    ],
    ['zz', [{ kind: 'initials_prefix', value: 'zz' }]],
    ['zsf', [{ kind: 'initials_prefix', value: 'zsf' }, { kind: 'contains', column: 'name_pinyin', value: 'zsf' }]],
    ['sanfeng', [{ kind: 'initials_prefix', value: 'sanfeng' }, { kind: 'contains', column: 'name_pinyin', value: 'sanfeng' }]],
    ['1958', [{ kind: 'id_suffix', value: '1958' }, { kind: 'contains', column: 'id_number', value: '1958' }]],
    ['11010519491231002X', [{ kind: 'id_exact', value: '11010519491231002X' }]],
    ['', []],
  ])('%j → %j', (q, expected) => {
    expect(searchTiers(classifyPersonQuery(q))).toEqual(expected);
  });
});
