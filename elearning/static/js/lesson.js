/* A lesson: report how far the trainee has read, and the end once reached,
   through the queue in site.js (works offline). */
(function () {
  "use strict";
  var article = document.getElementById("lesson");
  var end = document.getElementById("ket-thuc");
  if (!article || !end || !document.body.dataset.user || !window.Hoc) return;
  var lesson = Number(article.dataset.lesson);
  var reported = 0;
  var finished = false;

  function report(percent, done) {
    window.Hoc.enqueue({ lesson: lesson, percent: percent, finished: done, at: new Date().toISOString() });
  }

  function finish() {
    if (finished) return;
    finished = true;
    report(100, true);
    var note = article.querySelector("[data-done-note]");
    var form = article.querySelector("[data-mark-read]");
    if (note) {
      note.textContent = navigator.onLine === false ? article.dataset.queuedText : article.dataset.readText;
      note.hidden = false;
    }
    if (form) form.hidden = true;
  }

  function onScroll() {
    // Reaching the end after scrolling counts as read; a page too short to
    // scroll has the "Đã học xong" button instead.
    if (end.getBoundingClientRect().top < window.innerHeight) finish();
    var box = article.getBoundingClientRect();
    var seen = Math.round(100 * (window.innerHeight - box.top) / Math.max(box.height, 1));
    var step = Math.min(75, Math.floor(seen / 25) * 25);
    if (step > reported) {
      reported = step;
      report(step, false);
    }
  }

  report(0, false);
  window.addEventListener("scroll", function () {
    window.requestAnimationFrame(onScroll);
  }, { passive: true });

  var form = article.querySelector("[data-mark-read]");
  if (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      finish();
    });
  }
})();
