{% autoescape off %}/* Service worker: the app shell, and every page and file once opened, for
   reading offline. Network first (fresh content when there is a connection),
   the saved copy when there is none. */
const VERSION = "{{ version }}";
const SHELL = "shell-" + VERSION;
const PAGES = "pages-v1";
const SHELL_URLS = {{ shell_json }};
const OFFLINE_URL = "{{ offline_url }}";
const LOGOUT_URL = "{{ logout_url }}";
const SKIP = ["/admin/", "/django-admin/", "/ws/", "/accounts/", "/sw.js", "/lessons/progress/", "/healthz"];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(SHELL).then((cache) => cache.addAll(SHELL_URLS)).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith("shell-") && key !== SHELL).map((key) => caches.delete(key))
      ))
      .then(() => self.clients.claim())
  );
});

async function networkFirst(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    const kept = !(response.headers.get("Cache-Control") || "").includes("no-store");
    if (response.ok && !response.redirected && response.type === "basic" && kept) {
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const saved = await caches.match(request, { ignoreVary: true });
    if (saved) return saved;
    if (request.mode === "navigate") {
      const offline = await caches.match(OFFLINE_URL);
      if (offline) return offline;
    }
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === LOGOUT_URL) {
    // Someone else may use this phone next: forget the pages of this account.
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== "GET" || SKIP.some((prefix) => url.pathname.startsWith(prefix))) return;
  event.respondWith(networkFirst(request));
});
{% endautoescape %}
