import type { DbOrTrx } from '../../db/types.ts';
import { areaLevelOf } from '../../domain/area-code.ts';
import { COMPLAINT_CATEGORIES, type ComplaintCategory } from '../../domain/complaints/complaint.ts';
import { childAreasOf, findArea } from '../areas/service.ts';

/** What a resident reads on the form (the public page is Chinese, like the notice boards). */
export const CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  hidden_income: '隐瞒收入、财产',
  staff_relative: '工作人员近亲属享受救助（人情保、关系保）',
  wrong_amount: '救助金额不对',
  staff_conduct: '工作人员作风问题',
  slow_service: '办理拖延',
  other: '其他',
};

function escape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The areas a resident can address: the page's area and the one level below it (streets of a district, communities of a street). */
async function areaChoices(db: DbOrTrx, areaCode: string): Promise<{ code: string; name: string }[]> {
  const area = await findArea(db, areaCode);
  if (!area) return [];
  const level = areaLevelOf(areaCode);
  const below = level === 'district' ? 'street' : level === 'street' ? 'community' : null;
  const children = below ? await childAreasOf(db, areaCode, below) : [];
  return [{ code: area.code, name: area.name }, ...children.filter((c) => c.code.length === areaCode.length + 3).map((c) => ({ code: c.code, name: `${area.name} ${c.name}` }))];
}

/**
 * 网上举报投诉 and 办理结果查询 on the open-government page. The page's CSP allows scripts from
 * our origin only, so the behaviour lives in /public/complaints.js (below), not inline.
 */
export async function complaintFormHtml(db: DbOrTrx, areaCode: string): Promise<string> {
  const areas = await areaChoices(db, areaCode);
  const options = areas.map((a) => `<option value="${escape(a.code)}">${escape(a.name)}</option>`).join('');
  const categories = COMPLAINT_CATEGORIES.map((c) => `<option value="${c}">${escape(CATEGORY_LABELS[c])}</option>`).join('');
  return `<h2 id="complaint">网上举报投诉</h2>
<p class="note">反映低保、特困等救助中的违规问题（隐瞒收入、优亲厚友、工作人员作风等）。无需登录，可以匿名；提交后请记下查询码，凭码查看办理结果。</p>
<form id="complaint-form" class="mz-form">
<label>反映地区<select name="areaCode" required>${options}</select></label>
<label>问题类型<select name="category" required>${categories}</select></label>
<label>反映内容<textarea name="content" rows="5" maxlength="2000" required placeholder="请写明时间、地点、事情经过（请勿填写身份证号）"></textarea></label>
<label>联系方式（选填，留空即匿名）<input name="contact" maxlength="100" autocomplete="tel"></label>
<button type="submit">提交</button>
<p id="complaint-result" class="result" role="status" aria-live="polite"></p>
</form>
<h2 id="track">办理结果查询</h2>
<form id="track-form" class="mz-form">
<label>查询码<input name="trackingCode" maxlength="32" required autocomplete="off"></label>
<button type="submit">查询</button>
<div id="track-result" class="result" role="status" aria-live="polite"></div>
</form>
<script src="/public/complaints.js" defer></script>`;
}

/** Styles for the two forms, added to the public page's stylesheet. */
export const COMPLAINT_FORM_CSS = `.mz-form{display:flex;flex-direction:column;gap:10px;max-width:640px}.mz-form label{display:flex;flex-direction:column;gap:4px;font-weight:600}
.mz-form select,.mz-form input,.mz-form textarea{font:inherit;font-weight:400;padding:8px;border:1px solid #bbb;border-radius:4px}
.mz-form button{align-self:flex-start;font:inherit;padding:8px 28px;background:#a8071a;color:#fff;border:0;border-radius:4px;cursor:pointer}
.result{min-height:1.5em}.result .code{font-size:24px;font-weight:700;letter-spacing:2px;color:#a8071a}.result dl{display:grid;grid-template-columns:7em 1fr;gap:4px 12px}.result dt{color:#666}`;

/** The forms' behaviour: plain script, no framework, works on the bureaus' touch screens. */
export const COMPLAINT_FORM_SCRIPT = `(function () {
  var STATUS = { received: '已受理', assigned: '已交办', investigating: '调查核实中', concluded: '已有调查结论，待答复', replied: '已办结' };
  function el(id) { return document.getElementById(id); }
  function text(node, s) { node.textContent = s; }
  function failure(res, body) { return (body && body.error && body.error.message) || ('提交失败（' + res.status + '）'); }
  var form = el('complaint-form');
  if (form) form.addEventListener('submit', function (e) {
    e.preventDefault();
    var out = el('complaint-result');
    var data = { areaCode: form.areaCode.value, category: form.category.value, content: form.content.value };
    if (form.contact.value.trim()) data.contact = form.contact.value.trim();
    text(out, '正在提交…');
    fetch('/api/v1/public/complaints', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) })
      .then(function (res) { return res.json().catch(function () { return null; }).then(function (body) { return { res: res, body: body }; }); })
      .then(function (r) {
        out.textContent = '';
        if (r.res.status !== 201) { text(out, failure(r.res, r.body)); return; }
        out.appendChild(document.createTextNode('已收到，您的查询码是：'));
        var code = document.createElement('span'); code.className = 'code'; code.setAttribute('data-testid', 'tracking-code'); code.textContent = r.body.trackingCode;
        out.appendChild(code);
        out.appendChild(document.createTextNode('。请妥善保存，凭此码查询办理结果。'));
        form.content.value = '';
      })
      .catch(function () { text(out, '网络错误，请稍后重试'); });
  });
  var track = el('track-form');
  if (track) track.addEventListener('submit', function (e) {
    e.preventDefault();
    var out = el('track-result');
    text(out, '正在查询…');
    fetch('/api/v1/public/complaints/' + encodeURIComponent(track.trackingCode.value.trim()))
      .then(function (res) { return res.json().catch(function () { return null; }).then(function (body) { return { res: res, body: body }; }); })
      .then(function (r) {
        out.textContent = '';
        if (r.res.status !== 200) { text(out, failure(r.res, r.body)); return; }
        var b = r.body;
        var rows = [['查询码', b.trackingCode], ['办理状态', STATUS[b.status] || b.status], ['受理日期', b.receivedOn], ['办结时限', b.dueOn]];
        if (b.repliedOn) rows.push(['答复日期', b.repliedOn]);
        if (b.reply) rows.push(['答复意见', b.reply]);
        var dl = document.createElement('dl');
        rows.forEach(function (row) { var dt = document.createElement('dt'); dt.textContent = row[0]; var dd = document.createElement('dd'); dd.textContent = row[1]; dl.appendChild(dt); dl.appendChild(dd); });
        out.appendChild(dl);
      })
      .catch(function () { text(out, '网络错误，请稍后重试'); });
  });
})();
`;
