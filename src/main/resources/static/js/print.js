// The print page's button: the browser's print dialog also saves the page as a PDF.
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});
