"""The production layout on this machine: nginx in front of N uvicorn workers.

    python deploy/serve_local.py [--workers N] [--port 8080]  # until Ctrl-C
    python deploy/serve_local.py --render  # writes deploy/nginx/elearning.conf

The workers are started exactly as deploy/systemd/elearning@.service starts them
(the same uvicorn flags), nginx with the site deploy/nginx/site.conf.in renders, as
the current user, under a folder of its own (`nginx -p <folder>`), on 127.0.0.1
only: nothing binds port 80 and the machine's nginx, if any, is not touched. The
fault suite (tests/faults/) drives this class; `make serve-prod` runs the script.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "deploy" / "nginx" / "site.conf.in"
PRODUCTION_SITE = ROOT / "deploy" / "nginx" / "elearning.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

# What production uses (deploy/systemd/elearning@.service, elearning.target).
PRODUCTION = {
    "upstreams": ["127.0.0.1:8001", "127.0.0.1:8002"],
    "listen": "    listen 443 ssl http2;\n    listen [::]:443 ssl http2;\n"
    "    ssl_certificate /etc/letsencrypt/live/hoctap.example.vn/fullchain.pem;\n"
    "    ssl_certificate_key /etc/letsencrypt/live/hoctap.example.vn/privkey.pem;",
    "redirect": "server {\n    listen 80;\n    listen [::]:80;\n"
    "    server_name hoctap.example.vn;\n"
    "    return 301 https://$host$request_uri;\n}\n\n",
    "server_name": "hoctap.example.vn",
    "media_root": "/srv/elearning/media",
}


def worker_command(port: int, python: str = sys.executable) -> list[str]:
    """uvicorn as the systemd unit runs it (behind this proxy only)."""
    return [
        python, "-m", "uvicorn", "elearning.asgi:application",
        "--host", "127.0.0.1", "--port", str(port),
        "--ws", "live.ws_protocol:LiveWebSocketProtocol", "--ws-max-size", "65536",
        "--lifespan", "off", "--proxy-headers", "--forwarded-allow-ips", "127.0.0.1",
        "--timeout-keep-alive", "75", "--no-server-header",
    ]  # fmt: skip


def render_site(
    *, upstreams, listen: str, server_name: str, media_root: str, redirect: str = ""
) -> str:
    servers = "\n".join(
        f"    server {address} max_fails=1 fail_timeout=5s;" for address in upstreams
    )
    text = TEMPLATE.read_text()
    for key, value in {
        "@UPSTREAMS@": servers,
        "@LISTEN@": listen,
        "@SERVER_NAME@": server_name,
        "@MEDIA_ROOT@": str(media_root).rstrip("/"),
        "@REDIRECT@": redirect,
    }.items():
        text = text.replace(key, value)
    return text


def render_production() -> str:
    return render_site(**PRODUCTION)


def main_conf(folder: Path, site: Path, *, connections: int, processes: int = 1) -> str:
    """nginx's main file for a private instance under `folder`."""
    user = ""
    if os.geteuid() == 0:
        # As root nginx would run its workers as nobody, who cannot read a
        # private temporary folder; stay the user who started it.
        user = "user root root;\n"
    temp = "\n".join(
        f"    {kind}_temp_path {folder / kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    return (
        f"{user}daemon off;\nworker_processes {processes};\n"
        f"worker_rlimit_nofile {connections * 2 + 100};\n"
        f"pid {folder / 'nginx.pid'};\nerror_log {folder / 'error.log'} warn;\n"
        f"events {{\n    worker_connections {connections};\n}}\n"
        f"http {{\n    include /etc/nginx/mime.types;\n"
        f"    default_type application/octet-stream;\n"
        f"    access_log off;\n{temp}\n    include {site};\n}}\n"
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_port(port: int, process: subprocess.Popen | None = None, timeout=90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process {process.pid} exited ({process.returncode})")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


class Layout:
    """nginx on `port` in front of `workers` uvicorn processes; stop() ends them
    (by their pids, nothing else)."""

    def __init__(self, *, workers=None, port=None, env=None, folder=None,
                 media_root=None, connections=4096, log=None,
                 preexec_fn=None, nginx_processes=1):  # fmt: skip
        self.count = workers or os.cpu_count() or 1
        self.port = port or free_port()
        self.env = {**os.environ, **(env or {})}
        self.env.setdefault("AXES_PROXY_COUNT", "1")
        self.folder = Path(folder or tempfile.mkdtemp(prefix="elearning-layout-"))
        self.media_root = media_root or self.env.get("MEDIA_ROOT") or ROOT / "media"
        self.connections = connections
        # nginx's worker processes: each holds two descriptors per socket (the
        # phone's and the worker's), within the open-file limit of its own.
        self.nginx_processes = nginx_processes
        self.log = log
        # Run in each worker before it starts (a test's resource limit).
        self.preexec_fn = preexec_fn
        self.workers: list[subprocess.Popen | None] = []
        self.worker_ports: list[int] = []
        self.nginx: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "Layout":
        self.worker_ports = [free_port() for _ in range(self.count)]
        self.workers = [self._worker(port) for port in self.worker_ports]
        for port, process in zip(self.worker_ports, self.workers, strict=True):
            wait_port(port, process)
        self._nginx()
        return self

    def _output(self):
        return self.log if self.log is not None else subprocess.DEVNULL

    def _worker(self, port: int) -> subprocess.Popen:
        return subprocess.Popen(
            worker_command(port), cwd=ROOT, env=self.env,
            stdout=self._output(), stderr=self._output(), preexec_fn=self.preexec_fn,
        )  # fmt: skip

    def _nginx(self) -> None:
        if not os.access(NGINX, os.X_OK):
            raise RuntimeError(
                "Thiếu nginx. Hãy cài: sudo apt-get install nginx (make deploy-deps)"
            )
        site = self.folder / "site.conf"
        site.write_text(
            render_site(
                upstreams=[f"127.0.0.1:{p}" for p in self.worker_ports],
                listen=f"    listen 127.0.0.1:{self.port};",
                server_name="127.0.0.1 localhost",
                media_root=str(self.media_root),
            )
        )
        conf = self.folder / "nginx.conf"
        conf.write_text(
            main_conf(
                self.folder,
                site,
                connections=self.connections,
                processes=self.nginx_processes,
            )
        )
        self.nginx = subprocess.Popen(
            [NGINX, "-p", str(self.folder), "-c", str(conf), "-e",
             str(self.folder / "error.log")],
            stdout=self._output(), stderr=self._output(),
        )  # fmt: skip
        wait_port(self.port, self.nginx)

    def kill_worker(self, index: int) -> int:
        """kill -9 one worker (a crash); returns its pid."""
        process = self.workers[index]
        process.send_signal(signal.SIGKILL)
        process.wait()
        return process.pid

    def restart_worker(self, index: int) -> None:
        self.workers[index] = self._worker(self.worker_ports[index])
        wait_port(self.worker_ports[index], self.workers[index])

    def stop(self) -> None:
        for process in [self.nginx, *self.workers]:
            if process is None or process.poll() is not None:
                continue
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self.log not in (None, sys.stderr, sys.stdout):
            self.log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--render", action="store_true", help="write deploy/nginx/elearning.conf"
    )
    args = parser.parse_args()
    if args.render:
        PRODUCTION_SITE.write_text(render_production())
        print(PRODUCTION_SITE)
        return
    if args.workers > 1 and not os.environ.get("REDIS_URL"):
        sys.exit(
            "Nhiều tiến trình cần REDIS_URL (và DATABASE_URL=postgres://…): "
            "không có Redis, sự kiện trực tiếp không đến được tiến trình khác."
        )
    layout = Layout(workers=args.workers, port=args.port, log=sys.stderr)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        layout.start()
        print(f"{layout.url} — nginx và {layout.count} tiến trình uvicorn", flush=True)
        while all(p.poll() is None for p in [layout.nginx, *layout.workers]):
            time.sleep(1)
        print("Một tiến trình đã dừng; dừng tất cả.", file=sys.stderr)
    except KeyboardInterrupt:
        pass
    finally:
        layout.stop()


if __name__ == "__main__":
    main()
