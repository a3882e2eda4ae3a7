#!/usr/bin/env bash
# Creates or updates the project's virtual environment (.venv) so that `scripts/demo` and
# `scripts/test` need no manual step before them. Sourced by those scripts.
#   NEPTON_SYSTEM_PACKAGES: extra Debian packages the calling script needs (installed when
#   running as root, otherwise the exact apt-get command is printed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

apt_install() {
  # Installs Debian packages that are missing; as a normal user it says what to run.
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "note: not a Debian/Ubuntu system; make sure these are installed: ${missing[*]}" >&2
    return 0
  fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq >&2
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "These system packages are needed. Run this once, then run the command again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

PYTHON="$(find_python)" || {
  echo "Python 3.11 or newer is needed. On Debian/Ubuntu: sudo apt-get install -y python3 python3-venv" >&2
  exit 1
}

if [ -n "${NEPTON_SYSTEM_PACKAGES:-}" ]; then
  # shellcheck disable=SC2086
  apt_install $NEPTON_SYSTEM_PACKAGES
fi

if [ ! -x "$VENV/bin/python" ]; then
  if ! "$PYTHON" -m venv --help >/dev/null 2>&1 || ! "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
    apt_install python3-venv
  fi
  echo "Creating the virtual environment in .venv" >&2
  "$PYTHON" -m venv "$VENV"
fi

# Reinstall only when the project's dependencies changed since the last install.
STAMP="$VENV/.installed-from"
WANT="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -d' ' -f1)-${NEPTON_EXTRAS:-dev}"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  echo "Installing Python packages into .venv (about a minute the first time)" >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >&2
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$ROOT[${NEPTON_EXTRAS:-dev}]" >&2
  echo "$WANT" >"$STAMP"
fi

# Compile the app's translations (resources/translations/*.qm are build output, not in git).
"$ROOT/scripts/build-translations" --quiet >&2 ||
  echo "warning: the translations could not be compiled; the app runs in English" >&2
