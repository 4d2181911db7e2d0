/* The offline page lists the pages saved on this phone; a module or programme
   page saves all its lessons at once ("Tải về để học offline"), marks what is
   saved ("Đã lưu") and removes it again to free space. */
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

  function savedKey(box) { return "hoc.saved:" + box.dataset.downloadUrl; }

  function savedUrls(box) {
    try { return JSON.parse(localStorage.getItem(savedKey(box))) || null; } catch (e) { return null; }
  }

  // The lessons this page lists: a module saved as part of its whole programme has
  // no record of its own, yet is saved when each of them is.
  function listedUrls() {
    return Array.prototype.map.call(document.querySelectorAll("[data-offline-url]"), function (item) {
      return item.dataset.offlineUrl;
    });
  }

  function allCached(cache, urls) {
    return Promise.all(urls.map(function (url) { return cache.match(url); }))
      .then(function (found) { return found.every(Boolean); });
  }

  // "Đã lưu" beside each lesson kept on the phone, and beside each module all
  // of whose lessons are; the download box says whether the whole is saved.
  function showSaved(box) {
    if (!("caches" in window)) return Promise.resolve();
    return caches.open(PAGES).then(function (cache) {
      var items = Array.prototype.slice.call(document.querySelectorAll("[data-offline-url]"));
      return Promise.all(items.map(function (item) {
        return cache.match(item.dataset.offlineUrl).then(function (found) {
          item.querySelector("[data-saved-badge]").hidden = !found;
          item.classList.toggle("is-saved", Boolean(found));
        });
      })).then(function () {
        document.querySelectorAll("[data-offline-group]").forEach(function (group) {
          var lessons = group.querySelectorAll("[data-offline-url]");
          var saved = group.querySelectorAll("[data-offline-url].is-saved");
          group.querySelector("[data-group-badge]").hidden = !lessons.length || saved.length < lessons.length;
        });
        if (!box) return false;
        var urls = savedUrls(box);
        if (urls) return allCached(cache, urls);
        return items.length > 0 && items.every(function (item) { return item.classList.contains("is-saved"); });
      }).then(function (whole) {
        if (!box) return;
        box.querySelector("[data-remove]").hidden = !whole;
        if (whole) box.querySelector("[data-download-status]").textContent = box.dataset.saved;
      });
    });
  }

  function save(box) {
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
        }).then(function () {
          localStorage.setItem(savedKey(box), JSON.stringify(manifest.urls));
        });
      })
      .then(function () { button.disabled = false; return showSaved(box); })
      .catch(function () { status.textContent = box.dataset.failed; button.disabled = false; });
  }

  function remove(box) {
    // The list kept at download time (else the lessons shown): removing works offline too.
    var urls = savedUrls(box) || listedUrls();
    caches.open(PAGES).then(function (cache) {
      return Promise.all(urls.map(function (url) { return cache.delete(url); }));
    }).then(function () {
      localStorage.removeItem(savedKey(box));
      box.querySelector("[data-download-status]").textContent = box.dataset.removed;
      return showSaved(box);
    });
  }

  var saved = document.getElementById("offline-list");
  if (saved && "caches" in window) listSaved(saved);
  var download = document.querySelector(".offline-download");
  if (download) {
    download.querySelector("[data-download]").addEventListener("click", function () { save(download); });
    download.querySelector("[data-remove]").addEventListener("click", function () { remove(download); });
  }
  if (download || document.querySelector("[data-offline-url]")) showSaved(download);
})();
