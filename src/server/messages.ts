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
  database_busy: {
    'zh-CN': '系统正忙（另一项写入正在进行），请 {seconds} 秒后重试',
    en: 'The system is busy with another write; please retry in {seconds} seconds',
  },
  upload_incomplete: { 'zh-CN': '上传的文件不完整（传输中断），请重新上传', en: 'The upload is incomplete (the transfer was cut off); please upload again' },
  url_invalid: { 'zh-CN': '请求地址无效', en: 'The request URL is not valid' },
  url_parameter_too_long: { 'zh-CN': '请求地址中的参数过长', en: 'A parameter in the request URL is too long' },
  // auth
  unauthenticated: { 'zh-CN': '请先登录', en: 'Please log in' },
  invalid_credentials: { 'zh-CN': '用户名或密码错误', en: 'Wrong username or password' },
  account_locked: {
    'zh-CN': '登录失败次数过多，账号已锁定至 {until}（北京时间）',
    en: 'Too many failed logins; the account is locked until {until} (Beijing time)',
  },
  too_many_login_attempts: {
    'zh-CN': '登录失败次数过多，请 {retryAfter} 秒后再试',
    en: 'Too many failed logins; try again in {retryAfter} seconds',
  },
  too_many_requests: { 'zh-CN': '请求过于频繁，请 {retryAfter} 秒后再试', en: 'Too many requests; try again in {retryAfter} seconds' },
  password_change_required: { 'zh-CN': '请先修改临时密码', en: 'Change your temporary password first' },
  current_password_wrong: { 'zh-CN': '当前密码不正确', en: 'The current password is wrong' },
  password_unchanged: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  password_common: { 'zh-CN': '该密码过于常见，请换一个', en: 'This password is too common; choose another' },
  password_is_username: { 'zh-CN': '密码不能与用户名相同', en: 'The password must not be the username' },
  password_demo: { 'zh-CN': '不能使用演示密码', en: 'The demo password may not be used' },
  setup_not_needed: { 'zh-CN': '系统已有管理员，无需初始化', en: 'An administrator exists already; no setup needed' },
  setup_token_invalid: { 'zh-CN': '初始化令牌无效、已使用或已过期', en: 'The setup token is invalid, used or expired' },
  account_inactive: { 'zh-CN': '账号已停用', en: 'The account is disabled' },
  forbidden: { 'zh-CN': '当前角色无权执行此操作', en: 'Your role may not do this' },
  area_out_of_scope: {
    'zh-CN': '区划 {areaCode} 不在您的管辖范围内',
    en: 'Area {areaCode} is outside your jurisdiction',
  },
  // local programs (地方项目)
  local_program_admin_only: { 'zh-CN': '只有系统管理员可以设立或修改地方项目', en: 'Only an administrator may define or change local programs' },
  local_program_code_taken: { 'zh-CN': '项目代码 {code} 已被使用', en: 'Program code {code} is already in use' },
  local_program_not_found: { 'zh-CN': '地方项目不存在（{id}）', en: 'No such local program ({id})' },
  local_program_changed_meanwhile: { 'zh-CN': '该项目已被他人修改，请刷新后重试', en: 'The program was changed meanwhile; reload and retry' },
  local_program_not_applicable: { 'zh-CN': '项目 {program} 不存在或不在区划 {areaCode} 实施', en: 'Program {program} does not exist or does not apply in area {areaCode}' },
  local_program_not_in_force: { 'zh-CN': '{program}在 {month} 不在执行期内，不能发放', en: '{program} is not in force in {month}: nothing to pay' },
  payroll_not_cash: { 'zh-CN': '实物或券类项目的发放清单不生成银行代发文件', en: 'An in-kind or voucher issue list has no bank file' },
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
  // registry
  id_number_empty: { 'zh-CN': '请填写身份证号', en: 'The ID number is missing' },
  id_number_length: { 'zh-CN': '身份证号 {idNumber} 应为 18 位（或旧版 15 位）', en: 'ID number {idNumber} must have 18 characters (or 15 for old numbers)' },
  id_number_characters: { 'zh-CN': '身份证号 {idNumber} 只能包含数字，末位可为 X', en: 'ID number {idNumber} may contain only digits and a final X' },
  id_number_area: { 'zh-CN': '身份证号 {idNumber} 的地址码无效', en: 'ID number {idNumber} has an invalid area code' },
  id_number_date: { 'zh-CN': '身份证号 {idNumber} 中的出生日期无效', en: 'ID number {idNumber} contains an invalid birth date' },
  id_number_future_date: { 'zh-CN': '身份证号 {idNumber} 中的出生日期晚于今天', en: 'ID number {idNumber} has a birth date in the future' },
  id_number_check_character: {
    'zh-CN': '身份证号 {idNumber} 校验位错误，应为 {expected}',
    en: 'ID number {idNumber} has a wrong check character; it should be {expected}',
  },
  sex_mismatch: { 'zh-CN': '性别与身份证号不符', en: 'The sex does not match the ID number' },
  birth_date_mismatch: { 'zh-CN': '出生日期与身份证号不符（应为 {birthDate}）', en: 'The birth date does not match the ID number (it is {birthDate})' },
  household_not_found: { 'zh-CN': '户档案不存在', en: 'No such household' },
  person_not_found: { 'zh-CN': '人员不存在', en: 'No such person' },
  household_inactive: { 'zh-CN': '该户已合并或注销，不能再修改', en: 'This household was merged or dissolved and cannot change' },
  stale_version: {
    'zh-CN': '该户档案已被他人修改（当前版本 {current}），请刷新后重试',
    en: 'Someone else changed this household (now version {current}); reload and try again',
  },
  person_in_other_household: {
    'zh-CN': '{name}（{idNumber}）已在另一户档案中：户号 {householdId}，{areaName} {address}。如需迁入，请使用“迁入成员”',
    en: '{name} ({idNumber}) is already on household #{householdId}, {areaName} {address}; use "move in" to move them',
  },
  person_in_other_area: {
    'zh-CN': '身份证号 {idNumber} 的人员已在其他辖区的户档案中登记',
    en: 'The person with ID number {idNumber} is registered in a household of another area',
  },
  household_no_members: { 'zh-CN': '户内至少应有一名成员', en: 'A household needs at least one member' },
  household_no_head: { 'zh-CN': '请指定户主', en: 'Choose the head of household' },
  household_several_heads: { 'zh-CN': '一户只能有一名户主', en: 'A household has exactly one head' },
  duplicate_member: { 'zh-CN': '同一人员重复录入', en: 'The same person is entered twice' },
  member_not_in_household: { 'zh-CN': '该人员不是本户成员', en: 'This person is not a member of the household' },
  area_not_community: { 'zh-CN': '户档案须建在社区（村）一级', en: 'A household belongs to a community or village' },
  use_change_head: { 'zh-CN': '变更户主请使用“变更户主”操作', en: 'Use "change head" to change the head of household' },
  already_member: { 'zh-CN': '该人员已是本户成员', en: 'This person is already a member' },
  already_head: { 'zh-CN': '该人员已是户主', en: 'This person is already the head' },
  move_head_first: { 'zh-CN': '该人员是原户户主，请先在原户变更户主', en: 'This person heads their household; change that head first' },
  remove_head: { 'zh-CN': '不能移除户主，请先变更户主', en: 'The head cannot be removed; change the head first' },
  split_all: { 'zh-CN': '分户时原户至少保留一名成员', en: 'A split must leave at least one member behind' },
  split_takes_head: { 'zh-CN': '原户户主不能分出，请先变更户主', en: 'The head cannot leave in a split; change the head first' },
  merge_self: { 'zh-CN': '不能与本户合并', en: 'A household cannot merge with itself' },
  document_too_large: { 'zh-CN': '文件超过 {maxMb} MB 上限', en: 'The file exceeds the {maxMb} MB limit' },
  document_empty: { 'zh-CN': '文件为空', en: 'The file is empty' },
  document_type_unsupported: { 'zh-CN': '只接受 JPEG、PNG 或 PDF 文件', en: 'Only JPEG, PNG or PDF files are accepted' },
  document_multipart_expected: { 'zh-CN': '请以 multipart/form-data 上传文件', en: 'Upload the file as multipart/form-data' },
  document_missing: { 'zh-CN': '请选择要上传的文件', en: 'Choose a file to upload' },
  document_kind_invalid: { 'zh-CN': '材料类别无效', en: 'Invalid document kind' },
  document_not_found: { 'zh-CN': '材料不存在', en: 'No such document' },
  import_sheets_missing: { 'zh-CN': '工作簿中缺少工作表：{sheets}（请使用导入模板）', en: 'The workbook lacks the sheets {sheets} (use the template)' },
  import_not_xlsx: { 'zh-CN': '文件不是有效的 .xlsx 工作簿', en: 'The file is not a valid .xlsx workbook' },
  import_value_invalid: { 'zh-CN': '数据无效：{detail}', en: 'Invalid value: {detail}' },
  import_head_row_missing: { 'zh-CN': '成员表中缺少户主本人（与户主关系为“户主”）的一行', en: 'The member sheet lacks the head\'s own row (relation “户主”)' },
  import_area_differs: { 'zh-CN': '该户已在社区 {areaCode} 登记；迁移请使用“迁移”操作', en: 'This household is registered in {areaCode}; use "move" to move it' },
  import_upload_truncated: { 'zh-CN': '上传不完整，请重新上传', en: 'The upload was cut short; upload the file again' },
  job_not_found: { 'zh-CN': '任务不存在', en: 'No such job' },
  job_interrupted: { 'zh-CN': '任务因服务重启而中断，且该类任务不能续做；没有写入任何部分结果，请重新提交', en: 'The job was interrupted by a restart and this kind cannot resume; nothing of it was written, please submit it again' },
  job_attempts_exhausted: { 'zh-CN': '任务已中断 {attempts} 次，不再重试', en: 'The job was interrupted {attempts} times and is not retried' },
  job_kind_unknown: { 'zh-CN': '未知的任务类型：{kind}', en: 'Unknown job kind: {kind}' },
  job_failed: { 'zh-CN': '任务执行失败（内部错误），已写入的批次保持完整，请联系管理员', en: 'The job failed (internal error); the batches already written are complete; contact the administrator' },
  import_report_not_found: { 'zh-CN': '导入报告不存在', en: 'No such import report' },
  policy_incomplete: { 'zh-CN': '该区划在此日期没有完整的政策参数，缺少：{missing}', en: 'No complete policy for this area on that date; missing: {missing}' },
  policy_value_invalid: {
    'zh-CN': '已存的政策参数无效（区划 {areaCode}，{effectiveFrom} 起，第 {version} 版）',
    en: 'A stored policy value is invalid (area {areaCode}, from {effectiveFrom}, version {version})',
  },
  policy_key_unknown: { 'zh-CN': '未知的政策参数：{key}', en: 'Unknown policy parameter: {key}' },
  policy_value_invalid_input: { 'zh-CN': '参数值无效：{detail}', en: 'Invalid parameter value: {detail}' },
  calculation_area_required: { 'zh-CN': '请提供区划代码 areaCode 或完整的 policy', en: 'Give an areaCode or a complete policy' },
  calculation_subject_required: { 'zh-CN': '请选择计算对象（本户成员）', en: 'Choose the member to calculate for' },
  application_not_found: { 'zh-CN': '案件不存在', en: 'No such case' },
  application_already_open: { 'zh-CN': '该户已有一件同类在办申请（案件 {id}）', en: 'This household already has an open application for this program (case {id})' },
  illegal_transition: { 'zh-CN': '当前环节（{state}）不能办理此操作；可办理：{allowed}', en: 'Not possible at this step ({state}); allowed: {allowed}' },
  case_wrong_role: { 'zh-CN': '此环节应由以下角色办理：{roles}', en: 'This step is for: {roles}' },
  case_changed_meanwhile: { 'zh-CN': '案件已被他人办理，请刷新后重试', en: 'Someone else acted on this case; reload and try again' },
  case_record_wrong_step: { 'zh-CN': '当前环节（{state}）不能添加此类记录', en: 'This record does not belong to the current step ({state})' },
  case_requires_investigation_two_staff: { 'zh-CN': '需有至少两名工作人员签名的入户调查记录', en: 'A home investigation by at least two staff is required' },
  case_requires_verification_report: { 'zh-CN': '需有家庭经济状况核对报告', en: 'A verification report is required' },
  case_requires_review_meeting: { 'zh-CN': '需有有效的民主评议记录（评议人数不少于 {minimum} 人且过半数出席）', en: 'A valid democratic review (panel of {minimum} or more, majority present) is required' },
  case_requires_calculated_amount: { 'zh-CN': '测算结果不符合条件或未给出金额，不能审核通过', en: 'The calculation found no eligible amount' },
  case_requires_notice_not_over: { 'zh-CN': '公示期至 {closesOn} 结束，期满后方可结束公示', en: 'The notice runs until {closesOn}; it can be closed after that' },
  case_requires_open_objections: { 'zh-CN': '公示期间的异议尚未处理完毕', en: 'Objections raised during the notice are unresolved' },
  case_requires_relative_review: { 'zh-CN': '近亲属备案案件须先填写单独审查意见', en: 'A case of a staff member’s relative needs a recorded separate review' },
  case_requires_comment_required: { 'zh-CN': '请填写理由', en: 'Give the reason' },
  case_requires_urgent_only_temporary: { 'zh-CN': '小额先行仅适用于临时救助', en: 'Urgent payment applies to temporary assistance only' },
  case_requires_urgent_amount: { 'zh-CN': '小额先行金额超出规定额度', en: 'The urgent amount exceeds the small-sum cap' },
  case_requires_urgent_already_paid: { 'zh-CN': '已办理过小额先行救助', en: 'The urgent payment was already made' },
  case_requires_case_by_case_decision: { 'zh-CN': '超过临时救助单次上限（{cap} 元），须由区县一事一议', en: 'Above the per-grant cap ({cap} yuan): the county must decide case by case' },
  case_requires_yearly_cap_decision: {
    'zh-CN': '本户本年度已获临时救助 {granted} 元，加上本次 {amount} 元超过年度上限 {cap} 元，须由区县一事一议',
    en: 'This household received {granted} yuan of temporary assistance this year; with this grant of {amount} yuan it exceeds the yearly cap of {cap} yuan: the county must decide case by case',
  },
  case_other_street: { 'zh-CN': '该申请由{street}受理和办理，本窗口只能查看', en: 'This application is accepted and handled by {street}; this window can only view it' },
  application_temporary_only: { 'zh-CN': '救助类型、事由和申请金额仅适用于临时救助', en: 'Type, event and requested sum apply to temporary assistance only' },
  application_temporaryType_required: { 'zh-CN': '请选择临时救助类型（急难型或支出型）', en: 'Choose the type of temporary assistance (emergency or expenditure)' },
  application_temporaryEvent_required: { 'zh-CN': '请选择救助事由', en: 'Choose the event' },
  application_requestedAmount_required: { 'zh-CN': '请填写申请救助金额', en: 'Enter the sum asked for' },
  application_event_type_mismatch: { 'zh-CN': '该事由不属于所选的救助类型', en: 'This event does not belong to the chosen type' },
  objection_not_in_notice: { 'zh-CN': '案件不在公示期，不能登记异议', en: 'The case is not under public notice' },
  objection_not_found: { 'zh-CN': '异议不存在', en: 'No such objection' },
  objection_resolved: { 'zh-CN': '异议已处理', en: 'The objection is already resolved' },
  case_already_extended: { 'zh-CN': '该案件已延期', en: 'This case was already extended' },
  case_no_decision: { 'zh-CN': '案件尚未作出决定', en: 'The case has no decision yet' },
  pdf_font_missing: { 'zh-CN': '缺少中文字体 {font}，请安装 fonts-noto-cjk', en: 'The CJK font {font} is missing: install fonts-noto-cjk' },
  move_same_area: { 'zh-CN': '该户已在此社区', en: 'The household is already in this community' },
  // payments
  enrolment_not_found: { 'zh-CN': '保障对象不存在', en: 'No such enrolment' },
  enrolment_change_before_start: { 'zh-CN': '变更月份不能早于开始发放月份 {startMonth}', en: 'The change cannot act before the first paid month {startMonth}' },
  enrolment_stopped: { 'zh-CN': '该保障已自 {month} 起终止，不能再变更', en: 'The enrolment is stopped from {month}; it cannot change' },
  enrolment_later_change: { 'zh-CN': '{month} 已有后续变更，变更月份不能早于它', en: 'A later change acts from {month}; a change cannot be dated before it' },
  enrolment_not_paying: { 'zh-CN': '{month} 该保障未在发放中（已暂停或未开始）', en: 'The enrolment is not being paid in {month} (suspended or not started)' },
  enrolment_not_suspended: { 'zh-CN': '{month} 该保障未处于暂停状态，无需恢复', en: 'The enrolment is not suspended in {month}' },
  payroll_not_found: { 'zh-CN': '发放名册不存在', en: 'No such payroll' },
  payroll_line_not_found: { 'zh-CN': '名册明细 {id} 不存在', en: 'No such payroll line {id}' },
  payroll_changed_meanwhile: { 'zh-CN': '发放名册正在生成，请稍后刷新', en: 'The payroll is being prepared; refresh shortly' },
  payroll_approve_role: { 'zh-CN': '只有区县审批人员可以审批发放名册', en: 'Only a county approver may approve a payroll' },
  payroll_already_approved: { 'zh-CN': '发放名册已审批，不能再次审批或修改', en: 'The payroll is already approved' },
  payroll_not_approved: { 'zh-CN': '发放名册尚未审批，不能生成代发文件或导入回盘', en: 'The payroll is not approved yet' },
  bank_result_format: { 'zh-CN': '回盘文件应为 .csv 或 .xlsx', en: 'The bank result must be a .csv or .xlsx file' },
  bank_result_unreadable: { 'zh-CN': '无法读取回盘文件', en: 'The bank result file cannot be read' },
  bank_result_columns: { 'zh-CN': '回盘文件缺少“业务参考号”或“状态”列', en: 'The bank result lacks the 业务参考号 or 状态 column' },
  bank_result_status: { 'zh-CN': '第 {row} 行状态应为“成功”或“失败”，实为“{value}”', en: 'Row {row}: status must be 成功 or 失败, got “{value}”' },
  payroll_months_outside_period: { 'zh-CN': '该项目按{period}发放，本期月份为 {months}', en: 'This program is paid by {period} period; its months are {months}' },
  institution_not_found: { 'zh-CN': '供养机构 {id} 不存在或不在本区县', en: 'Institution {id} does not exist in this district' },
  institution_exists: { 'zh-CN': '本区县已登记供养机构“{name}”', en: 'An institution named “{name}” is already registered in this district' },
  // reports
  report_month_future: { 'zh-CN': '统计月份 {month} 尚未开始（本月为 {thisMonth}）', en: 'The month {month} has not begun (this month is {thisMonth})' },
  // risk checks (风险核查)
  risk_run_not_found: { 'zh-CN': '风险核查记录不存在', en: 'No such risk check run' },
  risk_finding_not_found: { 'zh-CN': '风险核查发现不存在', en: 'No such risk finding' },
  risk_finding_closed: { 'zh-CN': '该风险发现已有核查结论（{status}），不能再次处理', en: 'This risk finding already has an outcome ({status})' },
  risk_finding_note_required: { 'zh-CN': '请填写核查说明', en: 'Give a note for the outcome' },
  risk_no_administrator: { 'zh-CN': '没有管辖 {areaCode} 的系统管理员，请用 --user 指定执行用户', en: 'No active administrator covers {areaCode}; name the user with --user' },
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
