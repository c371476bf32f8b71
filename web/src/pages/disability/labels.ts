/** Chinese labels of the disability codes (the register shows them; the API speaks codes). */
export const CATEGORY_LABELS: Record<string, string> = { visual: '视力', hearing: '听力', speech: '言语', physical: '肢体', intellectual: '智力', mental: '精神', multiple: '多重' };
export const GRADE_LABELS: Record<number, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };
export const STATE_LABELS: Record<string, string> = { valid: '有效', review_due: '待复核', revoked: '已注销' };
export const SERVICE_KIND_LABELS: Record<string, string> = { rehabilitation: '康复服务', assistive_device: '辅助器具', barrier_free: '无障碍改造' };
export const BASE_STATUS_LABELS: Record<string, string> = { applied: '已申报（待核查）', qualified: '符合条件', not_qualified: '不符合条件' };
export const CRITERION_LABELS: Record<string, string> = {
  disabled_beneficiaries: '安置残疾职工 ≥ 10 名或带动残疾人家庭 ≥ 20 户',
  annual_output: '年产值 ≥ 10 万元',
  per_capita_income: '人均年收入 ≥ 1 万元',
  applied_by_april: '4 月底前申报',
  inspected_in_july: '7 月完成实地核查',
};
export const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
export const yuan = (fen: number | null | undefined) => (fen === null || fen === undefined ? '' : `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} 元`);
