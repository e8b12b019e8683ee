// The app's only script besides htmx (no inline script: the Content-Security-Policy allows none).
document.addEventListener("click", function (event) {
  var target = event.target instanceof Element ? event.target.closest("[data-print]") : null;
  if (target) window.print();
});
