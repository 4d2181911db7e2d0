/* Live sessions: one socket, a queue of unsent actions, a full snapshot on every
   (re)connect. The wire protocol is in live/PROTOCOL.md. No framework: the page is
   drawn from `S` (the snapshot plus the events since). */
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root) return;
  var T = JSON.parse(document.getElementById("live-texts").textContent);
  var view = root.dataset.view, code = root.dataset.code;
  var KEY = "live:" + code + ":";
  var MAX_BYTES = 4096;
  var S = null, ws = null, backoff = 500, sentHere = {}, rtt = 0, offset = 0;
  var queue = load("queue") || [], seenAt = {}, sort = "votes", scheduled = false;
  var drawnActivity = "", tickTimer = null, pingTimer = null, lastReactions = null;

  function $(id) { return document.getElementById(id); }
  function h(tag, attrs, kids) {
    var el = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v === null || v === undefined || v === false) return;
      if (k.slice(0, 2) === "on") el[k] = v;  // a property, so patch() can hand it on
      else if (k === "text") el.textContent = v;
      else if (k === "style") el.style.cssText = v;  // CSSOM: allowed by the CSP, a style="" attribute is not
      else el.setAttribute(k, v === true ? "" : v);
    });
    [].concat(kids || []).forEach(function (kid) {
      if (kid === null || kid === undefined || kid === false) return;
      el.appendChild(typeof kid === "object" ? kid : document.createTextNode(kid));
    });
    return el;
  }
  function fill(el, kids) {
    if (!el) return;
    el.textContent = "";
    [].concat(kids).forEach(function (k) { if (k) el.appendChild(k); });
  }
  /* Like fill, for lists people tap while others act (questions, the console's rows):
     the elements already shown are kept and changed in place, so a tap that spans a
     redraw (a vote count arriving between finger down and up) still lands on its
     button instead of on a node that was replaced in between. An element is kept only
     for one of the same tag and `data-key` (a question's id, a button's action): a
     button never turns into another action under the finger, it is replaced. */
  var HANDLERS = ["onclick", "onsubmit"];
  function patch(el, kids) {
    if (!el) return;
    kids = [].concat(kids).filter(Boolean);
    kids.forEach(function (kid, i) {
      var old = el.childNodes[i];
      if (!old) el.appendChild(kid);
      else if (old.nodeName !== kid.nodeName || (kid.nodeType === 1 && old.getAttribute("data-key") !== kid.getAttribute("data-key"))) el.replaceChild(kid, old);
      else if (kid.nodeType !== 1) { if (old.nodeValue !== kid.nodeValue) old.nodeValue = kid.nodeValue; }
      else {
        [].slice.call(old.attributes).forEach(function (a) { if (!kid.hasAttribute(a.name)) old.removeAttribute(a.name); });
        [].slice.call(kid.attributes).forEach(function (a) {
          if (old.getAttribute(a.name) !== a.value) old.setAttribute(a.name, a.value);
        });
        HANDLERS.forEach(function (name) { old[name] = kid[name]; });
        patch(old, [].slice.call(kid.childNodes));
      }
    });
    while (el.childNodes.length > kids.length) el.removeChild(el.lastChild);
  }
  function save(name, value) {
    try { localStorage.setItem(KEY + name, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }
  function load(name) {
    try { return JSON.parse(localStorage.getItem(KEY + name)); } catch (e) { return null; }
  }
  function newId() { return Date.now().toString(36) + Math.random().toString(36).slice(2, 8); }
  function byId(list, id) { return (list || []).filter(function (x) { return x.id === id; })[0]; }
  function upsert(list, item, key) {
    key = key || "id";
    for (var i = 0; i < list.length; i++) if (list[i][key] === item[key]) { list[i] = item; return; }
    list.push(item);
  }

  /* ---- the socket ---- */
  function connect() {
    var token = root.dataset.token || load("token") || "";
    var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host +
      "/ws/live/" + code + "/" + (token ? "?token=" + encodeURIComponent(token) : "");
    status(S ? "reconnecting" : "connecting");
    sentHere = {};
    ws = new WebSocket(url);
    ws.onopen = function () { backoff = 500; };
    ws.onmessage = function (e) { receive(JSON.parse(e.data)); };
    ws.onclose = function (e) {
      ws = null;
      clearInterval(pingTimer);
      if (e.code === 4401 || e.code === 4404) { status("closed"); return; }
      status("reconnecting");
      setTimeout(connect, backoff * (0.5 + Math.random()));
      backoff = Math.min(backoff * 2, 15000);
    };
  }
  function ping() {
    if (ws && ws.readyState === 1) ws.send(JSON.stringify({ type: "ping", id: newId(), t: Date.now(), rtt: rtt }));
  }
  function act(type, data) {
    var message = { type: type, id: newId(), data: data || {} };
    if (new Blob([JSON.stringify(message)]).size > MAX_BYTES) {
      toast(T.too_long);
      return null;
    }
    queue.push(message);
    save("queue", queue);
    flush();
    if (!ws || ws.readyState !== 1) toast(T.offline);
    return message.id;
  }
  function flush() {
    if (!ws || ws.readyState !== 1 || !S) return;
    queue.forEach(function (m) {
      if (!sentHere[m.id]) { sentHere[m.id] = true; ws.send(JSON.stringify(m)); }
    });
  }
  function settle(id) {
    var found = queue.filter(function (m) { return m.id === id; })[0];
    queue = queue.filter(function (m) { return m.id !== id; });
    save("queue", queue);
    return found;
  }

  /* ---- what arrives ---- */
  var handlers = {
    snapshot: function (m) {
      S = m;
      offset = m.now - Date.now();
      ((S.me && S.me.pending) || []).forEach(function (q) { upsert(S.questions, q); });
      if (S.me && S.me.token) save("token", S.me.token);
      status(S.session.status === "ended" ? "ended" : "ok");
      drawnActivity = "";
      flush();
      clearInterval(pingTimer);
      ping();
      pingTimer = setInterval(ping, 20000);
    },
    ack: function (m) {
      var sent = settle(m.id);
      if (sent) mine(sent, m.result);
    },
    error: function (m) {
      if ((m.code === "rate_limited" || m.code === "unavailable") && m.id) {
        delete sentHere[m.id];
        if (m.code === "unavailable") toast(m.message);
        setTimeout(flush, m.retry_ms || 500);
        return;
      }
      if (m.id) settle(m.id);
      toast(m.message);
      if (m.code === "already_answered" || m.code === "closed") send({ type: "sync" });
    },
    pong: function (m) { if (m.t) rtt = Date.now() - m.t; if (m.now) offset = m.now + rtt / 2 - Date.now(); },
    status: function (m) { status(m.state === "ok" ? "ok" : "reconnecting", m.message); },
    session: function (m) { S.session = m.session; status(m.session.status === "ended" ? "ended" : "ok"); },
    people: function (m) { S.participants = m.participants; if (m.waiting) S.waiting = m.waiting; },
    admitted: function (m) { if (S.me && (S.me.participant === m.participant || (m.participants || []).indexOf(S.me.participant) >= 0)) send({ type: "sync" }); },
    question: function (m) { upsert(S.questions, m.question); },
    "question.removed": function (m) { S.questions = S.questions.filter(function (q) { return q.id !== m.id; }); },
    "question.votes": function (m) {
      if (fresh("qa", m.at)) S.questions.forEach(function (q) { if (m.votes[q.id] !== undefined) q.votes = m.votes[q.id]; });
    },
    activities: function (m) { S.polls = m.polls; S.quiz = m.quiz; S.situation = m.situation; },
    poll: function (m) { upsert(S.polls, m.poll); },
    "poll.results": function (m) { if (fresh("p" + m.poll, m.at)) upsert(S.poll_results, m, "poll"); },
    quiz: function (m) {
      upsert(S.quiz, m.item);
      if (m.item.state === "revealed" && S.me.participant) {
        setTimeout(function () { act("quiz.me", { item: m.item.id }); }, Math.random() * 2000);
      }
    },
    "quiz.closed": function (m) { var item = byId(S.quiz, m.item); if (item) item.state = "closed"; },
    "quiz.results": function (m) {
      if (!fresh("q" + m.item, m.at)) return;
      upsert(S.quiz_results, m, "item");
      if (m.leaderboard) S.leaderboard = m.leaderboard;
    },
    situation: function (m) { upsert(S.situation, m.step); },
    "situation.results": function (m) { if (fresh("s" + m.step, m.at)) upsert(S.situation_results, m, "step"); },
    reactions: function (m) { if (fresh("r", m.at)) { floatReactions(m.reactions); S.reactions = m.reactions; } }
  };
  function send(message) { if (ws && ws.readyState === 1) ws.send(JSON.stringify(message)); }
  function fresh(key, at) {
    if (!at) return true;
    if (seenAt[key] && seenAt[key] > at) return false;
    seenAt[key] = at;
    return true;
  }
  function receive(m) {
    var handler = handlers[m.type];
    if (!handler || (!S && m.type !== "snapshot" && m.type !== "error")) return;
    handler(m);
    draw();
  }
  /* What my own acknowledged actions change in my state. */
  function mine(sent, result) {
    var me = S && S.me, d = sent.data;
    if (!me) return;
    if (sent.type === "join") { save("token", result.token); send({ type: "sync" }); }
    if (sent.type === "question.ask") {
      me.questions.push(result.question.id);
      upsert(S.questions, result.question);  // mine, even while it waits for approval
      toast(result.question.status === "pending" ? T.pending : T.sent);
    }
    if (sent.type === "question.upvote") {
      me.upvoted = me.upvoted.filter(function (id) { return id !== d.question; });
      if (result.up) me.upvoted.push(d.question);
      var q = byId(S.questions, d.question);
      if (q) q.votes = result.votes;
    }
    if (sent.type === "poll.respond") me.poll_responses[d.poll] = { choices: result.choices, text: result.text };
    if (sent.type === "quiz.answer") me.quiz_answers[d.item] = { choices: result.choices };
    if (sent.type === "quiz.me") { me.score = result.score; if (result.answer) me.quiz_answers[result.answer.item] = result.answer; }
    if (sent.type === "situation.vote") me.situation_votes[d.step] = result.choice;
    if (sent.type === "session.settings") Object.keys(d).forEach(function (k) { S.session[k] = d[k]; });
  }

  /* ---- drawing ---- */
  function status(state, message) {
    var el = $("live-status");
    if (!el) return;
    var text = message || { connecting: T.connecting, reconnecting: T.reconnecting, closed: T.closed, ended: T.ended }[state] || "";
    el.textContent = text;
    el.hidden = !text;
    el.className = "live-status " + state;
  }
  function toast(text) {
    var el = $("live-toast");
    if (!el || !text) return;
    el.textContent = text;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { el.hidden = true; }, 4000);
  }
  function draw() {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () { scheduled = false; if (S) render(); });
  }
  function render() {
    var count = $("live-count"), ended = S.session.status === "ended";
    if (count) count.textContent = S.participants;
    [["live-ask", ended], ["live-end", ended], ["live-resume", !ended]].forEach(function (p) {
      if ($(p[0])) $(p[0]).hidden = p[1];
    });
    if (view === "console") renderConsole();
    else renderActivity();
    renderQuestions();
    renderReactions();
    if (view === "presenter") presenterLayout();
  }
  /* The projector: the activity on screen fills it (Q&A only when nothing else is
     shown, or Q&A itself is); after the end the way in (code, QR) goes; in "fit to
     screen" mode the text shrinks until the stage needs no scrolling. */
  function presenterLayout() {
    var s = S.session, kind = s.status === "ended" ? "ended" : (current(s.activity) ? s.activity : (s.activity || "none"));
    root.dataset.activity = kind;
    root.classList.toggle("ended", s.status === "ended");
    fit();
  }
  var fitting = true;
  function fit() {
    var stage = root.querySelector(".live-stage");
    if (!stage) return;
    stage.style.fontSize = "";
    if (!fitting) return;
    var boxes = [stage].concat([].slice.call(stage.querySelectorAll(".live-activity, .live-qa")));
    function over() { return boxes.some(function (b) { return b.offsetParent && b.scrollHeight > b.clientHeight + 1; }); }
    var size = parseFloat(getComputedStyle(stage).fontSize), floor = size * 0.4;
    while (over() && size > floor) {
      size *= 0.92;
      stage.style.fontSize = size + "px";
    }
  }
  function current(kind) {
    var s = S.session;
    if (s.activity !== kind) return null;
    var list = { poll: S.polls, quiz: S.quiz, situation: S.situation }[kind];
    return byId(list, s.activity_id);
  }
  function activityKey() {
    var s = S.session, item = current(s.activity) || {}, me = S.me || {};
    var answered = me.participant ? JSON.stringify([me.poll_responses && me.poll_responses[item.id],
      me.quiz_answers && me.quiz_answers[item.id], me.situation_votes && me.situation_votes[item.id]]) : "";
    return [s.status, s.activity, s.activity_id, item.state, item.results_visible, me.admitted, answered, me.score].join("|");
  }
  function renderActivity() {
    var box = $("live-activity");
    if (!box) return;
    var key = activityKey();
    if (key !== drawnActivity) {
      drawnActivity = key;
      fill(box, activityBody());
    }
    var results = $("live-results");
    if (results) fill(results, resultsBody());
  }
  function activityBody() {
    var s = S.session, me = S.me || {};
    if (s.status === "ended") return h("p", { class: "live-note", text: T.ended });
    if (me.participant && !me.admitted) return h("p", { class: "live-note", text: T.waiting });
    var poll = current("poll"), item = current("quiz"), step = current("situation");
    if (poll) return pollBody(poll);
    if (item) return quizBody(item);
    if (step) return stepBody(step);
    if (s.activity === "qa" && view === "presenter") return h("h2", { text: T.qa });
    return h("p", { class: "live-note", text: T.nothing });
  }
  function answering() { return view === "participant" && S.me && S.me.participant; }

  function pollBody(poll) {
    var mineNow = answering() && S.me.poll_responses[poll.id];
    var kids = [h("h2", { class: "live-prompt", text: poll.prompt })];
    if (answering() && poll.state === "open") kids.push(pollForm(poll, mineNow));
    if (mineNow) kids.push(h("p", { class: "ok", text: T.saved }));
    kids.push(h("div", { id: "live-results", class: "live-results" }));
    return kids;
  }
  function pollForm(poll, previous) {
    var chosen = previous ? previous.choices : [];
    var form = h("form", { class: "live-form", onsubmit: function (e) {
      e.preventDefault();
      var data = { poll: poll.id };
      if (poll.kind === "single" || poll.kind === "multiple") {
        data.choices = [].map.call(form.querySelectorAll("input:checked"), function (i) { return +i.value; });
      } else if (poll.kind === "rating") {
        var picked = form.querySelector("input:checked");
        data.rating = picked ? +picked.value : 0;
      } else data.text = form.querySelector("textarea").value;
      if (act("poll.respond", data)) S.me.poll_responses[poll.id] = { choices: data.choices || [], text: data.text || "" };
      draw();
    } });
    if (poll.kind === "single" || poll.kind === "multiple") {
      poll.options.forEach(function (label, i) {
        form.appendChild(h("label", { class: "live-option" }, [
          h("input", { type: poll.kind === "single" ? "radio" : "checkbox", name: "c", value: i, checked: chosen.indexOf(i) >= 0 }), label]));
      });
    } else if (poll.kind === "rating") {
      var row = h("div", { class: "live-scale" });
      for (var n = 1; n <= poll.scale; n++) {
        row.appendChild(h("label", {}, [h("input", { type: "radio", name: "r", value: n, checked: chosen[0] === n - 1 }), String(n)]));
      }
      form.appendChild(row);
    } else {
      form.appendChild(h("textarea", { rows: 2, maxlength: 300, "aria-label": T.your_answer, placeholder: poll.kind === "words" ? T.words_hint : T.your_answer }));
    }
    form.appendChild(h("button", { type: "submit", class: "button primary", text: T.send }));
    return form;
  }
  function resultsBody() {
    var poll = current("poll"), item = current("quiz"), step = current("situation");
    if (poll) return pollResults(poll);
    if (item) return quizResults(item);
    if (step) return stepResults(step);
    return [];
  }
  function pollResults(poll) {
    var r = byId(S.poll_results.map(function (x) { return { id: x.poll, x: x }; }), poll.id);
    if (!r || (!poll.results_visible && view === "participant")) return h("p", { class: "hint", text: T.results_hidden });
    r = r.x;
    var kids = [h("p", { class: "hint", text: r.responses + " " + T.responses })];
    if (r.average !== undefined && r.average !== null) kids.push(h("p", { class: "live-average", text: T.average + ": " + r.average.toLocaleString("vi") + " / " + poll.scale }));
    if (r.counts) {
      var labels = poll.options.length ? poll.options : r.counts.map(function (_, i) { return String(i + 1); });
      kids.push(bars(labels, r.counts));
    } else if (r.words) kids.push(cloud(r.words));
    else if (r.texts) kids.push(h("ul", { class: "live-texts" }, r.texts.map(function (t) { return h("li", { text: t }); })));
    return kids;
  }
  function bars(labels, counts, marks) {
    var total = counts.reduce(function (a, b) { return a + b; }, 0) || 1;
    return h("ol", { class: "live-bars" }, labels.map(function (label, i) {
      var pct = Math.round(counts[i] * 100 / total);
      return h("li", { class: marks && marks[i] ? "right" : "" }, [
        h("span", { class: "label", text: label }),
        h("span", { class: "bar", style: "width:" + pct + "%" }),
        h("span", { class: "count", text: counts[i] + " (" + pct + "%)" })]);
    }));
  }
  function cloud(words) {
    var top = words.length ? words[0][1] : 1;
    return h("p", { class: "live-cloud" }, words.map(function (w) {
      return h("span", { style: "font-size:" + (1 + 2 * w[1] / top).toFixed(2) + "em", title: w[1], text: w[0] });
    }));
  }

  function quizBody(item) {
    var answer = answering() && S.me.quiz_answers[item.id];
    var kids = [h("h2", { class: "live-prompt", text: item.prompt })];
    if (item.image) kids.push(h("img", { class: "live-image", src: item.image, alt: "" }));
    if (item.state === "open") kids.push(h("p", { class: "live-timer", id: "live-timer", role: "timer" }));
    if (view === "presenter" && item.state !== "revealed" && item.options.length) {
      // The choices as the hall reads them, none marked: right and wrong wait for the reveal.
      kids.push(h("ol", { class: "live-tiles" }, item.options.map(function (label, i) {
        return h("li", { class: "live-tile c" + (i % 4) }, [h("span", { class: "letter", text: "ABCDEFGH"[i] || "" }), h("span", { text: label })]);
      })));
    }
    if (answering() && item.state === "open" && !answer) {
      kids.push(answerForm(item));
    } else if (answer) {
      var verdict = answer.correct === undefined ? T.answer_saved : (answer.correct ? T.correct : T.wrong) +
        (answer.points !== undefined ? " +" + answer.points + " " + T.points : "");
      kids.push(h("p", { class: answer.correct ? "ok live-verdict" : "live-verdict", text: T.your_answer + ": " + given(item, answer) + ". " + verdict }));
    }
    if (item.state === "revealed" && item.correct && (item.kind === "typed" || item.kind === "numeric" || item.kind === "ordering")) {
      kids.push(h("p", { class: "ok", text: T.right_answer + ": " + rightText(item) }));
    }
    if (answering()) kids.push(h("p", { class: "live-score", text: T.score + ": " + S.me.score }));
    kids.push(h("div", { id: "live-results", class: "live-results" }));
    startTimer(item);
    return kids;
  }
  function given(item, answer) {
    if (answer.text !== undefined) return answer.text;
    if (answer.number !== undefined) return String(answer.number);
    return (answer.choices || []).map(function (i) { return item.options[i]; }).join(item.kind === "ordering" ? " → " : ", ");
  }
  function rightText(item) {
    if (item.kind === "ordering") return item.correct.map(function (i) { return item.options[i]; }).join(" → ");
    return item.correct.join(" · ");
  }
  function sendAnswer(item, data) {
    data.item = item.id;
    if (act("quiz.answer", data)) { S.me.quiz_answers[item.id] = data; }
    draw();
  }
  /* How a phone answers, by the question's kind. */
  function answerForm(item) {
    if (item.kind === "typed") {
      var input = h("input", { type: "text", maxlength: 100, "aria-label": T.type_answer, placeholder: T.type_answer, autocomplete: "off" });
      return h("form", { class: "live-form", onsubmit: function (e) {
        e.preventDefault();
        if (input.value.trim()) sendAnswer(item, { text: input.value });
      } }, [input, h("button", { type: "submit", class: "button primary", text: T.send })]);
    }
    if (item.kind === "numeric") {
      var middle = item.min + Math.round((item.max - item.min) / 2 / item.step) * item.step;
      var range = h("input", { type: "range", min: item.min, max: item.max, step: item.step, value: middle, "aria-label": T.your_answer });
      var number = h("input", { type: "number", min: item.min, max: item.max, step: item.step, value: middle, "aria-label": T.your_answer, inputmode: "decimal" });
      range.addEventListener("input", function () { number.value = range.value; });
      number.addEventListener("input", function () { range.value = number.value; });
      return h("form", { class: "live-form live-slider", onsubmit: function (e) {
        e.preventDefault();
        var value = parseFloat(number.value);
        if (!isNaN(value)) sendAnswer(item, { number: value });
      } }, [range, number, h("button", { type: "submit", class: "button primary", text: T.send })]);
    }
    if (item.kind === "ordering") {
      var order = item.options.map(function (_, i) { return i; });
      var list = h("ol", { class: "live-order" });
      var drawOrder = function () {
        fill(list, order.map(function (index, at) {
          return h("li", {}, [h("span", { text: item.options[index] }),
            h("button", { type: "button", class: "button small", "aria-label": T.move_up, text: "↑", disabled: at === 0, onclick: function () {
              order.splice(at - 1, 0, order.splice(at, 1)[0]); drawOrder(); } }),
            h("button", { type: "button", class: "button small", "aria-label": T.move_down, text: "↓", disabled: at === order.length - 1, onclick: function () {
              order.splice(at + 1, 0, order.splice(at, 1)[0]); drawOrder(); } })]);
        }));
      };
      drawOrder();
      return h("div", { class: "live-form" }, [h("p", { class: "hint", text: T.order_hint }), list,
        h("button", { type: "button", class: "button primary", text: T.send, onclick: function () { sendAnswer(item, { choices: order.slice() }); } })]);
    }
    return h("div", { class: "live-choices" }, item.options.map(function (label, i) {
      return h("button", { type: "button", class: "button live-choice c" + (i % 4), text: label, onclick: function () {
        sendAnswer(item, { choices: [i] });
      } });
    }));
  }
  function startTimer(item) {
    clearInterval(tickTimer);
    if (item.state !== "open" || !item.opened_at) return;
    var end = Date.parse(item.opened_at) + item.seconds * 1000;
    function tick() {
      var el = $("live-timer");
      if (!el) { clearInterval(tickTimer); return; }
      var left = Math.max(0, Math.ceil((end - (Date.now() + offset)) / 1000));
      if (view === "presenter" && left > 0) fill(el, [h("span", { class: "n", text: String(left) }), h("span", { class: "unit", text: T.seconds_left })]);
      else el.textContent = left > 0 ? left + " " + T.seconds_left : T.time_up;
    }
    tick();
    tickTimer = setInterval(tick, 250);
  }
  function quizResults(item) {
    var r = byId(S.quiz_results.map(function (x) { return { id: x.item, x: x }; }), item.id);
    var kids = [];
    if (r && (view !== "participant" || item.state === "revealed")) {
      var shown = item.state === "revealed" && item.correct;
      var marks = item.options.map(function (_, i) { return shown && item.correct.indexOf(i) >= 0; });
      kids.push(h("p", { class: "hint", text: r.x.answers + " " + T.responses }));
      // The projected screen shows how many answered, not how: the spread would steer the hall.
      var spread = view !== "presenter" || item.state !== "open";
      if (spread && r.x.counts.length) kids.push(bars(item.options, r.x.counts, marks));
      if (spread && r.x.words) kids.push(cloud(r.x.words));
      if (spread && r.x.average !== undefined && r.x.average !== null) kids.push(h("p", { class: "live-average", text: T.average + ": " + r.x.average.toLocaleString("vi") }));
    }
    if (item.state === "revealed" && S.leaderboard.length) {
      if (view === "presenter" && lastItem(item)) kids.push(podium(S.leaderboard));
      else kids.push(h("h3", { text: T.leaderboard }), h("ol", { class: "live-board" }, S.leaderboard.map(function (p) {
        return h("li", {}, [h("span", { text: p.name }), h("strong", { text: String(p.score) })]);
      })));
    }
    return kids;
  }

  function lastItem(item) {  // the quiz's last question (S.quiz is in the lecturer's order)
    return S.quiz.length && S.quiz[S.quiz.length - 1].id === item.id;
  }
  /* After the quiz's last question: the first three on a podium (2-1-3), then the rest. */
  function podium(board) {
    var places = [[1, "second"], [0, "first"], [2, "third"]].filter(function (p) { return board[p[0]]; });
    return h("div", { class: "live-podium-box" }, [
      h("h3", { text: T.podium }),
      h("ol", { class: "live-podium" }, places.map(function (p) {
        var who = board[p[0]];
        return h("li", { class: p[1], value: p[0] + 1 }, [h("span", { class: "name", text: who.name }),
          h("strong", { text: String(who.score) }), h("span", { class: "step", text: String(p[0] + 1) })]);
      })),
      board.length > 3 ? h("ol", { class: "live-board", start: 4 }, board.slice(3, 10).map(function (p) {
        return h("li", {}, [h("span", { text: p.name }), h("strong", { text: String(p.score) })]);
      })) : null]);
  }
  function stepBody(step) {
    var vote = answering() ? S.me.situation_votes[step.id] : undefined;
    var kids = [h("p", { class: "hint", text: step.title }), h("h2", { class: "live-prompt", text: step.prompt })];
    if (answering() && step.state === "open") {
      kids.push(h("div", { class: "live-choices" }, step.choices.map(function (c, i) {
        return h("button", { type: "button", class: "button live-choice" + (vote === i ? " chosen" : ""), "aria-pressed": vote === i ? "true" : "false", text: c.label, onclick: function () {
          if (act("situation.vote", { step: step.id, choice: i })) S.me.situation_votes[step.id] = i;
          draw();
        } });
      })));
    }
    if (vote !== undefined && step.choices[vote]) kids.push(h("p", { class: "ok", text: T.your_vote + ": " + step.choices[vote].label }));
    if (step.state === "revealed" && step.chosen !== null && step.choices[step.chosen]) {
      var c = step.choices[step.chosen];
      kids.push(h("div", { class: "live-consequence" }, [h("h3", { text: T.class_chose + ": " + c.label }), h("p", { text: c.consequence })]));
    }
    kids.push(h("div", { id: "live-results", class: "live-results" }));
    return kids;
  }
  function stepResults(step) {
    var r = byId(S.situation_results.map(function (x) { return { id: x.step, x: x }; }), step.id);
    if (!r) return [];
    // While the class votes the projector shows how many voted, not how: it would steer them.
    if (view === "presenter" && step.state !== "revealed") return [h("p", { class: "hint", text: r.x.votes + " " + T.responses + ". " + T.votes_hidden })];
    return [h("p", { class: "hint", text: r.x.votes + " " + T.responses }),
      bars(step.choices.map(function (c) { return c.label; }), r.x.counts, step.choices.map(function (_, i) { return i === step.chosen; }))];
  }

  /* ---- questions ---- */
  function renderQuestions() {
    var list = $("live-questions");
    if (!list) return;
    var own = (S.me && S.me.questions) || [];
    var shown = S.questions.filter(function (q) {
      return view === "console" || q.status === "approved" || (q.status === "pending" && own.indexOf(q.id) >= 0);
    });
    shown.sort(sort === "new" ? function (a, b) { return a.created < b.created ? 1 : -1; }
      : function (a, b) { return (b.pinned - a.pinned) || (b.votes - a.votes) || (a.created < b.created ? -1 : 1); });
    if (view === "presenter") shown = shown.filter(function (q) { return !q.answered; }).slice(0, 6);
    if (!shown.length) { patch(list, h("li", { class: "hint", text: T.no_questions })); return; }
    patch(list, shown.map(questionItem));
  }
  function questionItem(q) {
    var me = S.me || {}, up = (me.upvoted || []).indexOf(q.id) >= 0;
    var kids = [h("p", { class: "live-q-text", text: q.text }),
      h("p", { class: "hint" }, [q.author || T.anonymous_author,
        q.pinned ? " · " + T.pinned : "", q.answered ? " · " + T.answered : "",
        q.edited ? " · " + T.edited : "", q.status === "archived" ? " · " + T.archived : "",
        q.status === "pending" ? " · " + T.pending + (view === "participant" ? ". " + T.your_pending : "") : ""])];
    if (q.reply) kids.push(h("p", { class: "live-reply" }, [h("strong", { text: T.lecturer_reply + ": " }), q.reply]));
    var votes = h("span", { class: "live-votes", text: "▲ " + q.votes });
    if (view === "participant" && me.participant) {
      votes = h("button", { type: "button", class: "live-upvote" + (up ? " on" : ""), "aria-pressed": up ? "true" : "false",
        "aria-label": T.upvote, text: "▲ " + q.votes, onclick: function () {
          act("question.upvote", { question: q.id, up: !up });
          me.upvoted = up ? me.upvoted.filter(function (id) { return id !== q.id; }) : me.upvoted.concat([q.id]);
          q.votes += up ? -1 : 1;
          draw();
        } });
    }
    if (view === "console") kids.push(moderation(q));
    return h("li", { class: "live-q" + (q.pinned ? " pinned" : "") + (q.answered ? " answered" : ""), "data-key": q.id }, [votes, h("div", {}, kids)]);
  }
  function moderation(q) {
    var actions = [q.status !== "approved" ? ["approve", T.approve] : null, q.status !== "hidden" ? ["hide", T.hide] : null,
      q.pinned ? ["unpin", T.unpin] : ["pin", T.pin], q.answered ? null : ["answered", T.mark_answered],
      q.status !== "archived" ? ["archive", T.archive] : null];
    var buttons = actions.filter(Boolean).map(function (a) {
      return h("button", { type: "button", class: "button small", "data-key": a[0], text: a[1], onclick: function () { act("question.moderate", { question: q.id, action: a[0] }); } });
    });
    buttons.push(
      h("button", { type: "button", class: "button small", "data-key": "edit", text: T.edit, onclick: function () { writeOn(q, "question.edit", q.text, 500); } }),
      h("button", { type: "button", class: "button small", "data-key": "reply", text: T.reply, onclick: function () { writeOn(q, "question.reply", q.reply || "", 1000); } }),
      h("button", { type: "button", class: "button small", "data-key": "delete", text: T["delete"], onclick: function () {
        if (window.confirm(T.confirm_delete)) act("question.moderate", { question: q.id, action: "delete" });
      } }));
    return h("p", { class: "live-actions" }, buttons);
  }
  /* The lecturer's edit of a question, or reply under it (an empty reply removes it). */
  function writeOn(q, type, value, max) {
    var text = window.prompt(type === "question.edit" ? T.edit : T.reply, value);
    if (text !== null) act(type, { question: q.id, text: text.slice(0, max) });
  }


  /* ---- reactions ---- */
  var EMOJI = { like: "👍", love: "❤️", clap: "👏", question: "❓" };
  function renderReactions() {
    Object.keys(EMOJI).forEach(function (kind) {
      var el = $("live-r-" + kind);
      if (el) el.textContent = S.reactions[kind] || 0;
    });
  }
  function floatReactions(next) {
    if (view !== "presenter" || !lastReactions) { lastReactions = next; return; }
    var stage = $("live-float");
    Object.keys(EMOJI).forEach(function (kind) {
      var more = Math.min(8, (next[kind] || 0) - (lastReactions[kind] || 0));
      for (var i = 0; i < more && stage; i++) {
        var el = h("span", { class: "float", style: "left:" + Math.round(Math.random() * 90) + "%", text: EMOJI[kind] });
        stage.appendChild(el);
        setTimeout(el.remove.bind(el), 3000);
      }
    });
    lastReactions = next;
  }

  /* ---- the console ---- */
  function renderConsole() {
    patch($("live-polls"), S.polls.map(function (p) {
      var open = p.state === "open";
      return controlRow(p.id, p.prompt, p.state, isOn("poll", p.id), [
        open ? ["poll.control", { poll: p.id, action: "close" }, T.close] : ["poll.control", { poll: p.id, action: "open" }, T.open],
        ["poll.control", { poll: p.id, action: "results", visible: !p.results_visible }, p.results_visible ? T.hide_results : T.show_results]]);
    }));
    patch($("live-quiz"), S.quiz.map(function (q) {
      // A closed or revealed question is final: it is never offered for opening again.
      return controlRow(q.id, q.prompt, q.state, isOn("quiz", q.id), [
        q.state === "draft" ? ["quiz.control", { item: q.id, action: "open" }, T.open] : null,
        q.state === "open" ? ["quiz.control", { item: q.id, action: "close" }, T.close] : null,
        q.state === "open" || q.state === "closed" ? ["quiz.control", { item: q.id, action: "reveal" }, T.reveal] : null]);
    }));
    patch($("live-steps"), S.situation.map(function (s) {
      return controlRow(s.id, s.title || s.prompt, s.state, isOn("situation", s.id), [
        ["situation.control", { step: s.id, action: "open" }, T.open],
        ["situation.control", { step: s.id, action: "reveal" }, T.reveal],
        s.state === "revealed" ? ["situation.control", { step: s.id, action: "next" }, T.next_step] : null]);
    }));
    patch($("live-waiting"), (S.waiting || []).map(function (p) {
      return h("li", { "data-key": p.id }, [p.display_name + " ", h("button", { type: "button", class: "button small", text: T.admit,
        onclick: function () { act("session.admit", { participant: p.id }); } })]);
    }));
    var shown = $("live-current");
    if (shown) {
      var item = current(S.session.activity);
      fill(shown, item ? [h("p", { class: "hint", text: T.on_screen + ": " + (item.prompt || "") })].concat(resultsBody()) : []);
    }
    // A box the lecturer just ticked keeps its tick while the change waits to be sent
    // or acknowledged (a snapshot or another event drawn meanwhile would undo it).
    var changing = {};
    queue.forEach(function (m) { if (m.type === "session.settings") Object.keys(m.data).forEach(function (k) { changing[k] = true; }); });
    document.querySelectorAll("[data-setting]").forEach(function (box) {
      if (!changing[box.dataset.setting]) box.checked = !!S.session[box.dataset.setting];
    });
  }
  function isOn(kind, id) { return S.session.activity === kind && S.session.activity_id === id; }
  function controlRow(key, title, state, on, buttons) {
    return h("li", { class: on ? "on" : "", "data-key": key }, [
      h("p", {}, [h("strong", { text: title }), " ", h("span", { class: "badge", text: T["state_" + state] || state }),
        on ? h("span", { class: "badge on", text: T.on_screen }) : null]),
      h("p", { class: "live-actions" }, buttons.filter(Boolean).map(function (b) {
        return h("button", { type: "button", class: "button small", "data-key": b[1].action + (b[1].visible ? "-on" : ""), text: b[2], onclick: function () { act(b[0], b[1]); } });
      }))]);
  }

  /* ---- static controls in the page ---- */
  function wire() {
    var ask = $("live-ask");
    if (ask) ask.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = ask.querySelector("textarea"), anon = ask.querySelector("input[type=checkbox]");
      if (!text.value.trim()) return;
      if (act("question.ask", { text: text.value, anonymous: !!(anon && anon.checked) })) text.value = "";
    });
    document.querySelectorAll("[data-react]").forEach(function (b) {
      b.addEventListener("click", function () { act("react", { reaction: b.dataset.react }); });
    });
    document.querySelectorAll("[data-sort]").forEach(function (b) {
      b.addEventListener("click", function () { sort = b.dataset.sort; draw(); });
    });
    document.querySelectorAll("[data-show]").forEach(function (b) {
      b.addEventListener("click", function () { act("session.show", { activity: b.dataset.show }); });
    });
    document.querySelectorAll("[data-setting]").forEach(function (box) {
      box.addEventListener("change", function () { var d = {}; d[box.dataset.setting] = box.checked; act("session.settings", d); });
    });
    var fitButton = $("live-fit");
    if (fitButton) fitButton.addEventListener("click", function () {
      fitting = !fitting;
      fitButton.setAttribute("aria-pressed", fitting ? "true" : "false");
      root.classList.toggle("natural", !fitting);
      draw();
    });
    var full = $("live-fullscreen");
    if (full) full.addEventListener("click", function () {
      if (document.fullscreenElement) document.exitFullscreen();
      else if (root.requestFullscreen) root.requestFullscreen();
    });
    if (view === "presenter") window.addEventListener("resize", function () { draw(); });
    [["live-admit-all", "session.admit", { all: true }], ["live-approve-all", "question.moderate", { action: "approve_all" }],
      ["live-resume", "session.resume", {}]].forEach(function (b) {
      if ($(b[0])) $(b[0]).addEventListener("click", function () { act(b[1], b[2]); });
    });
    var end = $("live-end");
    if (end) end.addEventListener("click", function () { if (window.confirm(T.confirm_end)) act("session.end"); });
  }
  wire();
  connect();
})();
