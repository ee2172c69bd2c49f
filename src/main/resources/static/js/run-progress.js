// 运行进度: polls the run's progress (JSON) every 2 s while it runs and fills the steps table.
// A file of its own because the Content-Security-Policy allows no inline script.
(function () {
  const box = document.getElementById('run');
  if (!box) return;
  const url = box.dataset.progressUrl;
  const labels = Array.from(document.querySelectorAll('#steps thead th')).map(function (th) { return th.textContent; });
  function cell(row, text, numeric) {
    const td = row.insertCell();
    td.textContent = text;
    td.dataset.label = labels[td.cellIndex] || '';
    if (numeric) td.className = 'num';
    return td;
  }
  async function poll() {
    let response;
    try {
      response = await fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' });
    } catch (e) {
      setTimeout(poll, 5000);
      return;
    }
    if (!response.ok) return;
    const p = await response.json();
    document.getElementById('run-status').textContent = p.status;
    document.getElementById('run-times').textContent =
      '业务日期 ' + p.businessDate + '；开始时间 ' + p.startTime + (p.endTime ? '，结束时间 ' + p.endTime : '') + '（北京时间）';
    const failure = document.getElementById('run-failure');
    failure.hidden = !p.exitDescription;
    failure.textContent = p.exitDescription ? '失败原因：' + p.exitDescription : '';
    const body = document.querySelector('#steps tbody');
    while (body.rows.length > 0) body.deleteRow(0);
    for (const s of p.steps) {
      const r = body.insertRow();
      cell(r, s.step);
      const state = cell(r, '');
      const tag = document.createElement('span');
      tag.className = s.failed ? 'tag bad' : (s.running ? 'tag' : 'tag ok');
      tag.textContent = s.status;
      state.appendChild(tag);
      cell(r, s.read, true); cell(r, s.write, true); cell(r, s.skip, true);
    }
    if (p.running) setTimeout(poll, 2000);
  }
  poll();
})();
