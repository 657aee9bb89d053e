#!/usr/bin/env bash
# Installs the real components the tests start (see ARCHITECTURE.md): Debian's OCI registry
# and htpasswd. Does nothing when they are present; needs root (CI and dev machines are).
set -euo pipefail
missing=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root" >&2
  exit 0
fi
echo "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a system registry on :5000; tests run their own instances.
systemctl stop docker-registry >/dev/null 2>&1 || service docker-registry stop >/dev/null 2>&1 || true
