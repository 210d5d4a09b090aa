// Small behaviours the pages share. Delegated from the document, so rows swapped in by htmx work too.
document.addEventListener('change', function (event) {
  var all = event.target.closest('[data-select-all]');
  if (all) {
    var name = all.getAttribute('data-select-all');
    document.querySelectorAll('input[type=checkbox][name="' + name + '"]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
