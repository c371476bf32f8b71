/**
 * User-facing messages for error codes, per language. Codes are stable; only the text
 * changes. `{name}` placeholders are filled from the error's params.
 */
export type Lang = 'zh-CN' | 'en';

type Messages = Record<string, { 'zh-CN': string; en: string }>;

export const messages: Messages = {
  // generic
  validation_failed: { 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  invalid_json: { 'zh-CN': '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  body_too_large: { 'zh-CN': '请求内容过大', en: 'The request body is too large' },
  unsupported_media_type: { 'zh-CN': '不支持的内容类型', en: 'Unsupported content type' },
  not_found: { 'zh-CN': '资源不存在', en: 'Not found' },
  route_not_found: { 'zh-CN': '接口不存在：{method} {url}', en: 'No such endpoint: {method} {url}' },
  method_not_allowed: { 'zh-CN': '不支持的请求方法', en: 'Method not allowed' },
  internal_error: {
    'zh-CN': '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    en: 'Internal server error, please retry later (request id {requestId})',
  },
  bad_request: { 'zh-CN': '请求无效：{detail}', en: 'Bad request: {detail}' },
  // auth
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  invalid_credentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    'zh-CN': '登录失败次数过多，账号已锁定至 {until}',
    en: 'Too many failed logins; the account is locked until {until}',
  },
  account_inactive: { 'zh-CN': '账号已停用', en: 'The account is disabled' },
  forbidden: { 'zh-CN': '当前角色无权执行此操作', en: 'Your role may not do this' },
  area_out_of_scope: {
    'zh-CN': '区划 {areaCode} 不在您的管辖范围内',
    en: 'Area {areaCode} is outside your jurisdiction',
  },
  // areas
  area_not_found: { 'zh-CN': '区划不存在：{areaCode}', en: 'No such area: {areaCode}' },
  // users
  user_not_found: { 'zh-CN': '用户不存在', en: 'No such user' },
  username_taken: { 'zh-CN': '用户名 {username} 已被使用', en: 'Username {username} is already taken' },
  role_area_level_mismatch: {
    'zh-CN': '角色“{role}”不能设在{level}一级的区划',
    en: 'Role "{role}" cannot be placed at {level} level',
  },
  password_too_weak: {
    'zh-CN': '密码至少 8 位，且须包含字母、数字、符号中的至少两类',
    en: 'The password needs at least 8 characters from at least two of: letters, digits, symbols',
  },
};

export function translate(lang: Lang, code: string, params: Record<string, string | number> = {}): string {
  const entry = messages[code];
  const template = entry ? entry[lang] : code;
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(params[k]) : `{${k}}`));
}

/** zh-CN unless the client's first preference is English. */
export function languageOf(acceptLanguage: string | undefined): Lang {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
