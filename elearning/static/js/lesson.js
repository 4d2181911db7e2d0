/* A lesson: report how far the trainee has read, the block where they stopped
   ("doan-N", where "Học tiếp" brings them back), and the end once reached,
   through the queue in site.js (works offline). */
(function () {
  "use strict";
  var article = document.getElementById("lesson");
  var end = document.getElementById("ket-thuc");
  if (!article || !end || !document.body.dataset.user || !window.Hoc) return;
  var lesson = Number(article.dataset.lesson);
  var reported = 0;
  var finished = false;
  var blocks = article.querySelectorAll(".lesson-body > [id^='doan-']");
  var position = Number(article.dataset.position || 0);
  var settle = null;

  function report(percent, done, at) {
    var item = { lesson: lesson, percent: percent, finished: done, at: new Date().toISOString() };
    if (at !== undefined) item.position = at;
    window.Hoc.enqueue(item);
  }

  function blockInView() {
    // The last block whose top has passed the upper third of the screen.
    var line = window.innerHeight / 3;
    var found = 0;
    for (var i = 0; i < blocks.length; i++) {
      if (blocks[i].getBoundingClientRect().top > line) break;
      found = i + 1;
    }
    return found;
  }

  function notePosition() {
    // Reported once the reader has stopped scrolling for a moment, not per pixel.
    window.clearTimeout(settle);
    settle = window.setTimeout(function () {
      var now = blockInView();
      if (now !== position) {
        position = now;
        report(reported, false, now);
      }
    }, 1200);
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
    notePosition();
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
