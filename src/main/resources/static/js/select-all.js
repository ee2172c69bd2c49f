// 全选: a checkbox with data-select-all="NAME" ticks or clears every checkbox named NAME in its form.
// A file of its own because the Content-Security-Policy allows no inline script.
(function () {
  for (const all of document.querySelectorAll('input[type=checkbox][data-select-all]')) {
    all.addEventListener('change', function () {
      for (const box of all.form.querySelectorAll('input[type=checkbox][name="' + all.dataset.selectAll + '"]')) {
        box.checked = all.checked;
      }
    });
  }
})();
