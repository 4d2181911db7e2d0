#!/usr/bin/env bash
# The production layout (deploy/) and the fault suite (tests/faults/, lane d) run
# Debian's nginx and redis-server as the user's own processes. Install them when
# missing and we may; the packages' services are not started here.
set -euo pipefail
missing=()
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null || missing+=(nginx)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Đang cài ${missing[*]} cho bố cục triển khai và các bài kiểm thử sự cố…"
  apt-get update -qq
  # policy-rc.d 101: the packages' own services stay stopped (no port 80 taken).
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
    chmod +x /usr/sbin/policy-rc.d
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "Thiếu ${missing[*]}. Hãy cài: sudo apt-get install ${missing[*]}" >&2
exit 1
