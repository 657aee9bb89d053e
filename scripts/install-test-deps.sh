#!/usr/bin/env bash
# Installs every real component the tests start (ARCHITECTURE.md, "Real components in
# tests"), pinned in scripts/tools/versions.env:
#   Debian:  docker-registry, apache2-utils (htpasswd), cmark, age, gcc
#   Go:      helm, sops, kluctl (the oracle), kube-apiserver + etcd (a real API server)
#   PyPI:    moto[server] (the AWS Secrets Manager emulator), in a virtual environment
# Idempotent: a tool whose `version` answers with the pinned version is not touched, so a
# warm run takes seconds. Go tools land in $SHIPSHAPE_TOOLS (default
# ~/.cache/shipshape/tools/bin), never in the repository; Go's own build and module caches
# make a rebuild after a version change cheap. Needs root or sudo for the Debian packages.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=tools/versions.env
source "$here/tools/versions.env"
tools="${SHIPSHAPE_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/shipshape/tools}"
bin="$tools/bin"
mkdir -p "$bin"
started=$SECONDS
log() { echo "install-test-deps: $*" >&2; }

# --- Debian packages ------------------------------------------------------------------
missing=()
command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
# CommonMark reference implementation: the oracle for markdown that must stay well-formed.
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
# age encrypts the SOPS fixtures; cc builds the planted library of the security tests.
command -v age >/dev/null 2>&1 || missing+=(age)
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v git >/dev/null 2>&1 || missing+=(git)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      log "missing ${missing[*]}: install them (apt-get install ${missing[*]}) or run as root"
      exit 1
    fi
  fi
  log "apt-get install ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # The Debian package starts a system registry on :5000; tests run their own instances.
  $sudo systemctl stop docker-registry >/dev/null 2>&1 || $sudo service docker-registry stop >/dev/null 2>&1 || true
fi

# --- Go tools ---------------------------------------------------------------------------
if ! command -v go >/dev/null 2>&1; then
  log "go is not installed: install Go 1.26 (https://go.dev/doc/install), then run this again"
  exit 1
fi

# has TOOL WANT ARGS...: whether $bin/TOOL runs and its version output contains WANT.
has() {
  local tool="$1" want="$2"
  shift 2
  [ -x "$bin/$tool" ] && "$bin/$tool" "$@" 2>&1 | grep -qF -- "$want"
}

# Builds a package from one of the small modules under scripts/tools (their go.mod pins
# every dependency; go.sum is committed), into $bin.
build_in() {
  local module="$1" pkg="$2" out="$3" ldflags="$4"
  log "building $out ($pkg)"
  (cd "$here/tools/$module" && go build -ldflags="$ldflags" -o "$bin/$out" "$pkg")
}

if ! has helm "$HELM_VERSION" version --short; then
  log "go install helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
  GOBIN="$bin" go install \
    -ldflags="-X helm.sh/helm/v3/internal/version.version=$HELM_VERSION" \
    "helm.sh/helm/v3/cmd/helm@$HELM_VERSION"
fi

if ! has sops "${SOPS_VERSION#v}" --version --disable-version-check; then
  log "go install github.com/getsops/sops/v3/cmd/sops@$SOPS_VERSION"
  GOBIN="$bin" go install "github.com/getsops/sops/v3/cmd/sops@$SOPS_VERSION"
fi

# kluctl: `go install kluctl/v2/cmd@version` is refused by the proxy when it asks for the
# module's version list (403), so the module under scripts/tools/kluctl requires it instead.
# -checklinkname=0: an old dependency of kluctl 2.22 links to runtime internals by name.
if ! has kluctl "${KLUCTL_VERSION#v}" version; then
  build_in kluctl github.com/kluctl/kluctl/v2/cmd kluctl \
    "-checklinkname=0 -X main.version=${KLUCTL_VERSION#v}"
fi

kube_version_flags() {
  local v="$KUBERNETES_VERSION" minor
  minor="$(echo "$v" | cut -d. -f2)"
  local flags=""
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    flags+=" -X $pkg.gitVersion=$v -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
  done
  echo "$flags"
}
if ! has kube-apiserver "$KUBERNETES_VERSION" --version; then
  build_in kube k8s.io/kubernetes/cmd/kube-apiserver kube-apiserver "$(kube_version_flags)"
fi
if ! has etcd "${ETCD_VERSION#v}" --version; then
  build_in kube go.etcd.io/etcd/server/v3 etcd ""
fi

# --- moto: AWS Secrets Manager for the awsSecretsManager vars tests ----------------------
# A virtual environment of its own under $tools (pip's cache makes a reinstall cheap);
# moto_server is linked into $bin. Checked by importing the pinned version and running it.
moto_env="$tools/moto"
moto_ok() {
  "$moto_env/bin/python" -c 'import sys, moto; sys.exit(moto.__version__ != sys.argv[1])' \
    "$MOTO_VERSION" 2>/dev/null && "$moto_env/bin/moto_server" --help >/dev/null 2>&1
}
if ! moto_ok; then
  if ! command -v python3 >/dev/null 2>&1; then
    log "python3 is not installed: install it (apt-get install python3 python3-venv), then run this again"
    exit 1
  fi
  log "pip install moto[server]==$MOTO_VERSION (into $moto_env)"
  python3 -m venv --clear "$moto_env" || {
    log "python3 -m venv failed: install python3-venv (apt-get install python3-venv), then run this again"
    exit 1
  }
  "$moto_env/bin/python" -m pip install -q --disable-pip-version-check "moto[server]==$MOTO_VERSION"
  moto_ok || { log "moto $MOTO_VERSION does not run from $moto_env"; exit 1; }
fi
ln -sfn "$moto_env/bin/moto_server" "$bin/moto_server"

for t in helm sops kluctl kube-apiserver etcd moto_server; do
  [ -x "$bin/$t" ] || { log "$t was not installed"; exit 1; }
done
log "all tools present in $bin ($((SECONDS - started)) s)"
