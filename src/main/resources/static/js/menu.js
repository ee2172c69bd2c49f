// 菜单: on a phone the header is one line and the menu opens under it with the 菜单 button. Loaded in <head> so
// the page is marked as scripted before it is drawn (without script the menu simply stays open).
// A file of its own because the Content-Security-Policy allows no inline script.
(function () {
  document.documentElement.classList.add('js');
  document.addEventListener('DOMContentLoaded', function () {
    const button = document.getElementById('menu-toggle');
    const bar = document.getElementById('topbar');
    if (!button || !bar) return;
    button.addEventListener('click', function () {
      const open = bar.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
})();
