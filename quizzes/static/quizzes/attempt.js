/* Quiz attempt: every answer is saved as it is given. Each save carries a
   per-question sequence number; the queue lives in localStorage until the server
   acknowledges it, so answers survive a dropped connection, a reload or a closed
   tab, and are sent again when the network returns. The server's deadline is the
   only clock that counts: the page counts down the seconds the server gave it.
   Every answer given is also kept (by attempt, acknowledged or not), so a reload
   of the page the phone cached shows all of them. A login changed in another tab
   is not a lost connection: the page asks once for a fresh CSRF token; logged
   out, it says so and keeps the answers until the person logs in again.
   Each answer also carries the server's attempt token and the milliseconds the
   page's monotonic clock (performance.now, not the phone's wall clock) counted
   since it got that token: an answer given offline before the time was up and
   delivered after it is then judged by when it was given (README: the grace
   period). At 0:00 offline the page says the time is over and that the answers
   are on the phone; it never counts down a stale deadline. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-attempt]");
  if (!form) return;
  var id = form.dataset.attempt;
  var QUEUE = "quiz.queue." + id, SEQ = "quiz.seq." + id, HELD = "quiz.answers." + id;
  var CLOCK = "quiz.clock." + id;
  var timeOver = document.querySelector("[data-time-over]");
  var banner = document.querySelector("[data-offline-banner]");
  var lost = document.querySelector("[data-session-lost]");
  var signedOut = false;
  var status = document.querySelector("[data-save-state]");
  var sending = false, closed = false, timer = null, inflight = null;

  function read(key, fallback) {
    try { return JSON.parse(localStorage.getItem(key)) || fallback; } catch (e) { return fallback; }
  }
  function write(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* full: memory only */ }
  }
  function token(fresh) {
    var input = form.querySelector("input[name=csrfmiddlewaretoken]");
    if (input && fresh) input.value = fresh;
    return input ? input.value : "";
  }
  function say(text) { if (status) status.textContent = text; }
  function offline(on) { if (banner) banner.hidden = !on; }
  function loggedOut(on) {
    signedOut = on;
    if (lost) lost.hidden = !on;
    if (on) offline(false);
  }

  function fieldsOf(box) {
    var fields = {};
    box.querySelectorAll("input, select, textarea").forEach(function (el) {
      if (!el.name || el.disabled) return;
      if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
      if (el.type === "checkbox") (fields[el.name] = fields[el.name] || []).push(el.value);
      else fields[el.name] = el.value;
    });
    box.querySelectorAll("input[type=checkbox]").forEach(function (el) {
      if (!fields[el.name]) fields[el.name] = [];
    });
    return fields;
  }

  function nextSeq(box) {
    var seqs = read(SEQ, {}), q = box.dataset.question;
    var next = Math.max(seqs[q] || 0, parseInt(box.dataset.seq, 10) || 0) + 1;
    seqs[q] = next;
    write(SEQ, seqs);
    return next;
  }

  /* The attempt token and when this page got it, on its monotonic clock. A page
     reloaded from the phone's cache holds an older token than the one kept: the
     kept one wins, and the time since it came is taken from the wall clock (the
     only clock that survives a reload; the grace period bounds what it can add). */
  var clock = { token: form.dataset.token, issued: parseInt(form.dataset.issued, 10) || 0,
                at: performance.now(), remaining: null };
  function keepClock(token, issued, remaining) {
    clock = { token: token, issued: issued, at: performance.now(), remaining: remaining };
    write(CLOCK, { token: token, issued: issued, wall: Date.now(), remaining: remaining });
  }
  function elapsed() { return Math.max(0, Math.round(performance.now() - clock.at)); }

  function enqueue(box) {
    if (closed) return;
    var q = parseInt(box.dataset.question, 10);
    var queue = read(QUEUE, []).filter(function (s) { return s.question !== q; });
    var save = { question: q, seq: nextSeq(box), fields: fieldsOf(box),
                 token: clock.token, elapsed: elapsed() };
    queue.push(save);
    write(QUEUE, queue);
    var held = read(HELD, {});
    held[q] = save;
    write(HELD, held);
    flush();
  }

  function acknowledge(results) {
    var done = {};
    results.forEach(function (r) { if (r.question) done[r.question] = r; });
    var queue = read(QUEUE, []).filter(function (s) {
      var r = done[s.question];
      return !(r && (!r.ok || r.seq >= s.seq || r.state !== "in_progress"));
    });
    write(QUEUE, queue);
    var held = read(HELD, {}), seqs = read(SEQ, {});
    results.forEach(function (r) {
      var mine = held[r.question];
      if (r.ok === false && mine && mine.seq === r.seq) delete held[r.question];
      if (r.message) say(r.message);
      /* Another tab or device saved this question later: the next answer given
         here must count above that, and this phone's copy is not the one kept. */
      if (r.ok && r.seq > (seqs[r.question] || 0)) seqs[r.question] = r.seq;
      if (r.ok && r.message && mine && mine.seq <= r.seq) delete held[r.question];
      if (r.state && r.state !== "in_progress") closed = true;
    });
    write(SEQ, seqs);
    write(HELD, held);
    return queue;
  }

  function flush() {
    var queue = read(QUEUE, []);
    if (sending || !queue.length) {
      if (!queue.length && !closed) say(form.dataset.saved);
      return Promise.resolve(queue.length === 0);
    }
    sending = true;
    say(form.dataset.saving);
    inflight = send(queue, false).then(function (answer) {
      sending = false;
      if (!answer) { loggedOut(true); say(form.dataset.pending); return false; }
      loggedOut(false);
      offline(false);
      var left = acknowledge(answer.results || []);
      if (answer.token) keepClock(answer.token, answer.issued, answer.remaining);
      if ("remaining" in answer) setDeadline(answer.remaining);
      if (answer.error) { say(answer.error); write(QUEUE, []); return true; }
      if (closed) {
        try { localStorage.removeItem(HELD); } catch (e) { /* nothing kept */ }
        say(form.dataset.closed); window.location.reload(); return false;
      }
      if (left.length) return flush();
      say(form.dataset.saved);
      return true;
    }).catch(function () {
      sending = false;
      offline(true);
      say(form.dataset.pending);
      return false;
    });
    return inflight;
  }
  /* A 403 means the CSRF token is stale (a login in another tab gives a new
     one): ask for a fresh one once and send again. A 401, or no token given,
     means logged out: null, and the answers stay queued. */
  function send(queue, renewed) {
    return fetch(form.dataset.saveUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token() },
      body: JSON.stringify({ saves: queue })
    }).then(function (response) {
      if (response.status === 401 || (response.status === 403 && renewed)) return null;
      if (response.status === 403) {
        return renew().then(function (ok) { return ok ? send(queue, true) : null; });
      }
      if (response.status >= 500 || response.status === 0) throw new Error("server");
      return response.json();
    });
  }
  function renew() {
    return fetch(form.dataset.sessionUrl, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (response.status >= 500) throw new Error("server");
        if (!response.ok) return false;
        return response.json().then(function (answer) { return !!token(answer.csrf); });
      });
  }
  /* Submitting or checking must not overtake a save already on its way: wait
     for it, then send whatever is still queued. */
  function settle() {
    return sending ? inflight.then(flush) : flush();
  }

  function restore() {
    /* A page from the offline cache shows old answers: put back every answer the
       phone holds that is newer than the page's, acknowledged or still queued. */
    var held = read(HELD, {});
    read(QUEUE, []).forEach(function (save) {
      var mine = held[save.question];
      if (!mine || mine.seq < save.seq) held[save.question] = save;
    });
    Object.keys(held).forEach(function (q) {
      var save = held[q];
      var box = form.querySelector('[data-question="' + save.question + '"]');
      if (!box || save.seq <= (parseInt(box.dataset.seq, 10) || 0)) return;
      box.querySelectorAll("input, select, textarea").forEach(function (el) {
        var value = save.fields[el.name];
        if (el.type === "radio" || el.type === "checkbox") {
          el.checked = Array.isArray(value) ? value.indexOf(el.value) >= 0 : value === el.value;
        } else if (value !== undefined) { el.value = value; }
      });
    });
  }

  /* An essay's word limits: a live count, and a warning while it is outside
     them (the server refuses to submit it then, and keeps the text). */
  function countWords(area) {
    var box = area.closest("[data-question]");
    var out = box && box.querySelector("[data-word-count]");
    var warn = box && box.querySelector("[data-word-warning]");
    if (!out || !warn) return true;
    var text = area.value.trim(), n = text ? text.split(/\s+/).length : 0;
    var min = parseInt(area.dataset.minWords, 10) || 0;
    var max = parseInt(area.dataset.maxWords, 10) || 0;
    out.textContent = area.dataset.wordsLabel + " " + n;
    var problem = "";
    if (n && max && n > max) problem = area.dataset.tooMany;
    else if (n && min && n < min) problem = area.dataset.tooFew;
    warn.textContent = problem;
    warn.hidden = !problem;
    area.setAttribute("aria-invalid", problem ? "true" : "false");
    return !problem;
  }
  function essaysWithinLimits() {
    var bad = Array.prototype.filter.call(form.querySelectorAll("textarea"), function (area) {
      return !area.disabled && !countWords(area);
    });
    if (bad.length) { bad[0].focus(); say(bad[0].closest("[data-question]").querySelector("[data-word-warning]").textContent); }
    return !bad.length;
  }
  restore();
  form.querySelectorAll("textarea").forEach(countWords);

  var typing = {};
  form.addEventListener("change", function (event) {
    var box = event.target.closest("[data-question]");
    if (box) enqueue(box);
  });
  form.addEventListener("input", function (event) {
    var box = event.target.closest("[data-question]");
    if (!box || event.target.type === "radio" || event.target.type === "checkbox") return;
    if (event.target.tagName === "TEXTAREA") countWords(event.target);
    clearTimeout(typing[box.dataset.question]);
    typing[box.dataset.question] = setTimeout(function () { enqueue(box); }, 800);
  });

  var submitting = false;
  function submit(confirmFirst) {
    if (submitting || !essaysWithinLimits()) return;
    if (confirmFirst && !window.confirm(form.dataset.confirm)) return;
    submitting = true;
    form.querySelectorAll("[data-question]").forEach(function (box) {
      clearTimeout(typing[box.dataset.question]);
    });
    settle().then(function (allSent) {
      if (!allSent && read(QUEUE, []).length) { submitting = false; return; }
      post(null);
    });
  }
  /* The form posts with the page's CSRF token: take a fresh one first (a login
     in another tab changed it), or say that the person is logged out. */
  function post(action) {
    renew().catch(function () { return true; }).then(function (ok) {
      if (!ok) { submitting = false; loggedOut(true); return; }
      form.querySelector("input[name=autosaved]").value = "1";
      if (action) form.action = action;
      HTMLFormElement.prototype.submit.call(form);
    });
  }
  // "Kiểm tra": send what is queued, then post to that question's check address.
  function check(button) {
    if (submitting) return;
    submitting = true;
    settle().then(function (allSent) {
      if (!allSent && read(QUEUE, []).length) { submitting = false; return; }
      post(button.formAction);
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = event.submitter;
    if (button && button.hasAttribute("data-check")) check(button);
    else submit(true);
  });

  /* The deadline can move while the page is open (the quiz's close date changed):
     every save's answer carries the seconds left, and the countdown starts again. */
  var timerBox = document.querySelector("[data-timer]");
  var timeUp = false;
  function setDeadline(seconds) {
    if (!timerBox || timeUp) return;
    clearInterval(timer);
    timerBox.hidden = seconds === null || seconds === undefined || seconds === "";
    if (timerBox.hidden) return;
    var end = performance.now() + parseFloat(seconds) * 1000;
    var text = timerBox.querySelector("[data-timer-text]");
    function tick() {
      var left = Math.max(0, Math.round((end - performance.now()) / 1000));
      var m = Math.floor(left / 60), s = left % 60;
      text.textContent = m + ":" + (s < 10 ? "0" : "") + s;
      timerBox.classList.toggle("urgent", left <= 60);
      if (left === 0) { clearInterval(timer); timeUp = closed = true; submitTimeUp(); }
    }
    tick();
    timer = setInterval(tick, 1000);
  }
  /* Time is up and the server cannot be reached: say so, with the answers on the
     phone, instead of a countdown; they go as soon as the network is back (the
     regular flush), and the page then shows the result. */
  function showTimeOver() {
    if (timerBox) timerBox.hidden = true;
    offline(false);
    if (timeOver) timeOver.hidden = false;
    say("");
    form.querySelectorAll("input, select, textarea, button").forEach(function (el) {
      if (el.type !== "hidden") el.disabled = true;
    });
  }
  function submitTimeUp() {
    /* The server closes and grades the attempt by its own clock; send what is
       queued if we can, then ask the server for the result. */
    closed = false;
    var queued = read(QUEUE, []).length;
    if (!queued && navigator.onLine === false) { closed = true; showTimeOver(); return; }
    flush().then(function (sent) {
      closed = true;
      if (sent || !read(QUEUE, []).length) window.location.reload();
      else showTimeOver();
    });
  }

  window.addEventListener("online", flush);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && read(QUEUE, []).length) flush();
  });
  window.addEventListener("offline", function () { offline(true); });
  setInterval(function () { if (!signedOut && read(QUEUE, []).length) flush(); }, 5000);
  var kept = read(CLOCK, null);
  if (kept && kept.issued > clock.issued) {
    /* This page is older than the newest deadline the phone was told. */
    var gap = Math.max(0, Date.now() - kept.wall);
    clock = { token: kept.token, issued: kept.issued, at: performance.now() - gap,
              remaining: kept.remaining };
    if (kept.remaining !== null && kept.remaining !== undefined) {
      setDeadline(Math.max(0, kept.remaining - gap / 1000));
    } else if (timerBox) { setDeadline(timerBox.dataset.remaining); }
  } else {
    var given = timerBox ? timerBox.dataset.remaining : null;
    keepClock(clock.token, clock.issued, given === "" || given === null ? null : parseInt(given, 10));
    if (timerBox) setDeadline(given);
  }
  flush();
})();
