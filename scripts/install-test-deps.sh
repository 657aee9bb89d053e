#!/usr/bin/env bash
# Installs the real components the tests start (see ARCHITECTURE.md): Debian's OCI registry
# and htpasswd. Does nothing when they are present; needs root (CI and dev machines are).
set -euo pipefail
missing=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
# CommonMark reference implementation: the oracle for markdown that must stay well-formed.
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root" >&2
    exit 0
  fi
fi
echo "installing ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# The Debian package starts a system registry on :5000; tests run their own instances.
$sudo systemctl stop docker-registry >/dev/null 2>&1 || $sudo service docker-registry stop >/dev/null 2>&1 || true
