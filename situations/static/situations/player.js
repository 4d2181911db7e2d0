/* The situation player: walks the graph delivered with the page, so a run can go on
   offline. Each answer is queued in localStorage with its own id and sent in order;
   the server judges it and a repeat is recorded once. */
(function () {
  "use strict";
  var data = document.getElementById("situation-player");
  var root = document.querySelector("[data-player]");
  if (!data || !root || !window.fetch) return;
  var player = JSON.parse(data.textContent);
  var graph = player.graph;
  var state = player.state;
  var storeKey = "situations:queue:" + state.run;
  var stateKey = "situations:state:" + state.run;
  var statusBox = document.querySelector("[data-sync-status]");
  var sending = false;

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function load() {
    try { return JSON.parse(localStorage.getItem(storeKey)) || []; } catch (e) { return []; }
  }
  function save(queue) {
    if (queue.length) localStorage.setItem(storeKey, JSON.stringify(queue));
    else localStorage.removeItem(storeKey);
  }
  function csrf() {
    // The cookie is current even when this page came from the offline cache.
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var input = root.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }
  function say(text) {
    statusBox.textContent = text;
    statusBox.hidden = !text;
  }
  function nextOf(item) {
    var step = graph[item.step];
    return item.kind === "choice" ? step.choices[String(item.choice)] : step.next;
  }
  function show(key, consequence) {
    root.querySelectorAll("[data-step]").forEach(function (section) {
      section.hidden = section.getAttribute("data-step") !== key;
    });
    var old = document.querySelector("[data-server-consequence]");
    if (old) old.hidden = true;
    var box = document.querySelector("[data-local-consequence]");
    if (!box) {
      box = document.createElement("section");
      box.className = "card consequence";
      box.setAttribute("data-local-consequence", "");
      box.appendChild(document.createElement("p"));
      root.parentNode.insertBefore(box, root);
    }
    box.firstChild.textContent = consequence || "";
    box.hidden = !consequence;
    root.querySelectorAll("input[name=position]").forEach(function (input) {
      input.value = state.position;
    });
    var back = document.querySelector("[data-back-form]");
    if (back && load().length) back.hidden = true;
    var current = root.querySelector('[data-step="' + key + '"]');
    var note = current && current.querySelector("[data-pending-note]");
    if (note) note.hidden = load().length === 0;
    if (current) current.scrollIntoView({ block: "start" });
  }
  function advance(item) {
    state.current = nextOf(item);
    state.position += 1;
  }
  function consequenceOf(item) {
    if (item.kind !== "choice") return "";
    var t = root.querySelector('template[data-consequence="' + item.choice + '"]');
    return t ? t.content.textContent.trim() || t.innerHTML.trim() : "";
  }
  function finished() {
    var step = graph[state.current];
    return step && step.kind === "ending";
  }
  function flush() {
    var queue = load();
    if (sending || !queue.length) {
      if (!queue.length && finished()) window.location.href = state.summary_url;
      return;
    }
    sending = true;
    var item = queue[0];
    var url = item.kind === "choice" ? state.choose_url : state.reflect_url;
    fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf(), Accept: "application/json" },
      body: JSON.stringify(item)
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      sending = false;
      var rest = load().filter(function (other) { return other.client_id !== item.client_id; });
      save(rest);
      if (!result.ok) {
        save([]);
        say(result.body.message || "");
        window.setTimeout(function () { window.location.reload(); }, 2500);
        return;
      }
      localStorage.setItem(stateKey, JSON.stringify({ position: result.body.position, current: result.body.current, at: result.body.at }));
      say(rest.length ? statusBox.getAttribute("data-pending") : "");
      flush();
    }).catch(function () {
      sending = false;
      say(statusBox.getAttribute("data-offline"));
    });
  }
  function queueAnswer(item, consequence) {
    item.client_id = newId();
    item.position = state.position;
    item.step = state.current;
    var queue = load();
    queue.push(item);
    save(queue);
    advance(item);
    show(state.current, consequence);
    flush();
  }

  root.addEventListener("click", function (event) {
    var button = event.target.closest("button.choice");
    if (!button) return;
    event.preventDefault();
    var item = { kind: "choice", choice: Number(button.value) };
    queueAnswer(item, consequenceOf(item));
  });
  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-reflection-form")) return;
    event.preventDefault();
    var item = { kind: "reflection" };
    new FormData(form).forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && name !== "client_id" && name !== "position") item[name] = value;
    });
    queueAnswer(item, "");
  });
  window.addEventListener("online", flush);

  // The page may come from the offline cache: start from the newest state the server
  // confirmed, replay the answers not yet sent on top of it, then send them.
  try {
    var known = JSON.parse(localStorage.getItem(stateKey));
    if (known && known.at > state.at && graph[known.current]) {
      state.position = known.position;
      state.current = known.current;
      show(state.current, "");
    }
  } catch (e) { /* nothing stored */ }
  var pending = load().filter(function (item) { return item.position >= state.position; });
  save(pending);
  pending = pending.filter(function (item) {
    if (item.position !== state.position || item.step !== state.current) return false;
    advance(item);
    return true;
  });
  save(pending);
  if (pending.length) {
    show(state.current, consequenceOf(pending[pending.length - 1]));
    say(statusBox.getAttribute("data-pending"));
  }
  flush();
})();
