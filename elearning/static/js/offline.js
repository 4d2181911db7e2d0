/* The offline page lists the pages saved on this phone; a module page saves
   all its lessons at once ("Tải về để học offline"). */
(function () {
  "use strict";
  var PAGES = "pages-v1";

  function titleOf(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    var heading = doc.querySelector("h1");
    return heading ? heading.textContent.trim() : doc.title;
  }

  function listSaved(box) {
    var list = box.querySelector("[data-offline-pages]");
    caches.open(PAGES).then(function (cache) {
      return cache.keys().then(function (requests) {
        var pages = requests.filter(function (r) {
          var path = new URL(r.url).pathname;
          return path.slice(-1) === "/" && path.indexOf("/static/") !== 0 && path.indexOf("/media/") !== 0;
        });
        return Promise.all(pages.map(function (r) {
          return cache.match(r).then(function (response) { return response.text(); })
            .then(function (html) { return { url: r.url, title: titleOf(html) }; });
        }));
      });
    }).then(function (pages) {
      if (!pages.length) {
        var empty = document.createElement("p");
        empty.textContent = box.dataset.empty;
        list.replaceWith(empty);
        return;
      }
      pages.forEach(function (page) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = page.url;
        link.textContent = page.title;
        item.appendChild(link);
        list.appendChild(item);
      });
    });
  }

  function saveModule(box) {
    var status = box.querySelector("[data-download-status]");
    var button = box.querySelector("[data-download]");
    if (!("caches" in window)) { status.textContent = box.dataset.unsupported; return; }
    button.disabled = true;
    status.textContent = box.dataset.saving;
    fetch(box.dataset.downloadUrl, { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (manifest) {
        return caches.open(PAGES).then(function (cache) {
          return Promise.all(manifest.urls.map(function (url) {
            return fetch(url, { credentials: "same-origin" }).then(function (response) {
              if (!response.ok) throw new Error(url);
              return cache.put(url, response);
            });
          }));
        });
      })
      .then(function () { status.textContent = box.dataset.saved; })
      .catch(function () { status.textContent = box.dataset.failed; button.disabled = false; });
  }

  var saved = document.getElementById("offline-list");
  if (saved && "caches" in window) listSaved(saved);
  var download = document.querySelector(".offline-download");
  if (download) {
    download.querySelector("[data-download]").addEventListener("click", function () { saveModule(download); });
  }
})();
