import { describe, expect, it } from 'vitest';
import { PROGRAM_NAMES } from '../src/domain/programs/names.ts';
import { programNames, programNamesOf } from '../web/src/programs.ts';

describe('program names in one place', () => {
  it("the web's Chinese names are the server's, and every program has an English name", () => {
    expect(programNames['zh-CN']).toBe(PROGRAM_NAMES);
    expect(Object.keys(programNames.en).sort()).toEqual(Object.keys(PROGRAM_NAMES).sort());
    for (const name of Object.values(programNames.en)) expect(name).toMatch(/^[A-Z][\x20-\x7e]+$/);
  });

  it("names a page's own choice of codes in its order, a local code as itself", () => {
    expect(programNamesOf('zh-CN', ['tekun', 'dibao', 'local_x'])).toEqual({ tekun: '特困人员救助供养', dibao: '最低生活保障', local_x: 'local_x' });
    expect(Object.keys(programNamesOf('en', ['tekun', 'dibao']))).toEqual(['tekun', 'dibao']);
  });
});
