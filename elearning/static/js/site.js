/* Site-wide: the service worker, and the queue of reading progress kept on the
   phone until the server has it (each report carries its own id, so a report
   sent twice counts once). */
(function () {
  "use strict";
  var KEY = "hoc.progress";
  var user = document.body.dataset.user || "";
  var flushing = false;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }

  function save(queue) {
    try { localStorage.setItem(KEY, JSON.stringify(queue)); } catch (e) { /* storage full: keep in memory */ }
  }

  function token() {
    var meta = document.querySelector("meta[name=csrf-token]");
    if (meta) return meta.content;
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return match ? match[1] : "";
  }

  function flush() {
    var mine = load().filter(function (r) { return r.user === user; });
    if (!user || flushing || !mine.length || navigator.onLine === false) return Promise.resolve();
    flushing = true;
    return fetch("/lessons/progress/", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token() },
      body: JSON.stringify({ reports: mine })
    }).then(function (response) {
      if (!response.ok) return null;
      return response.json();
    }).then(function (answer) {
      if (!answer) return false;
      var done = answer.accepted.concat(answer.rejected.map(function (r) { return r.id; }));
      save(load().filter(function (r) { return done.indexOf(r.id) < 0; }));
      document.dispatchEvent(new CustomEvent("hoc:synced", { detail: answer }));
      return true;
    }).catch(function () { return false; /* offline: the queue waits for the connection */ })
      .then(function (sent) {
        flushing = false;
        // Reports queued while this batch was on its way go next.
        if (sent && load().some(function (r) { return r.user === user; })) return flush();
      });
  }

  function enqueue(report) {
    report.id = report.id || uuid();
    report.user = user;
    var queue = load();
    queue.push(report);
    save(queue);
    return flush();
  }

  window.Hoc = { enqueue: enqueue, flush: flush, pending: function () { return load().length; } };
  window.addEventListener("online", flush);
  flush();

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () { /* not fatal */ });
  }
})();
