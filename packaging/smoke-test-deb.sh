#!/usr/bin/env bash
# Installs the built .deb on this machine, checks and runs the INSTALLED app, then removes it.
#   packaging/smoke-test-deb.sh [dist/nepton-desktop_<version>_<arch>.deb]
# Needs root (or password-less sudo): it runs apt-get install/purge. Steps:
#   1. apt-get install ./the.deb (so that Depends resolve from the Debian archive)
#   2. the package's files: launcher, .desktop entry (desktop-file-validate), hicolor icons
#   3. every library the bundle links is inside it or comes from a package in the Depends
#      closure (checked against dpkg's file lists, so extra packages on this machine that
#      happen to provide a library do not hide a missing Depends)
#   4. /usr/bin/nepton-desktop --version prints the version of nepton_desktop/__init__.py
#   5. nepton-desktop self-test, offscreen: the frozen app finds a keyring backend or says why
#      not, starts the demo sandbox, loads every tab, imports a small .xlsx and submits it
#      (exit 0 only if all worked). Run twice when gnome-keyring is installed: without a
#      keyring, and with an unlocked SecretService in a private D-Bus session.
#   6. start-up time to window shown: the GUI on a real X server (Xvfb, platform xcb), timed
#      until its window is mapped and visible (polling xdotool search), cold and warm
#   7. apt-get purge; /opt/nepton-desktop and /usr/bin/nepton-desktop are gone
# Prints the measured figures at the end (also in dist/smoke-test-deb.txt).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PACKAGE=nepton-desktop
PREFIX="/opt/$PACKAGE"
LAUNCHER="/usr/bin/$PACKAGE"
REPORT="$ROOT/dist/smoke-test-deb.txt"
export DEBIAN_FRONTEND=noninteractive

DEB="${1:-}"
if [ -z "$DEB" ]; then
  # The newest .deb in dist/ (scripts/build-deb leaves exactly one).
  DEB="$(find "$ROOT/dist" -maxdepth 1 -name "${PACKAGE}_*.deb" -printf '%T@ %p\n' 2>/dev/null |
    sort -n | tail -1 | cut -d' ' -f2-)"
fi
if [ -z "$DEB" ] || [ ! -f "$DEB" ]; then
  echo "no .deb to test: run scripts/build-deb first (or pass the file)" >&2
  exit 1
fi
DEB="$(readlink -f "$DEB")"

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO=(sudo)
  else
    echo "smoke-test-deb.sh installs a package: run it as root or with password-less sudo" >&2
    exit 1
  fi
fi

WORK="$(mktemp -d)"
XVFB_PID=""
INSTALLED=0
cleanup() {
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
  # A failed run removes the package too, unless NEPTON_SMOKE_KEEP=1 (to look around).
  if [ "$INSTALLED" = 1 ] && [ "${NEPTON_SMOKE_KEEP:-0}" != 1 ]; then
    "${SUDO[@]}" apt-get purge -y -qq "$PACKAGE" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step() { echo "== $*"; }
fail() {
  echo "smoke test FAILED: $*" >&2
  exit 1
}
elapsed_since() {
  awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'
}
apt_get() {
  "${SUDO[@]}" apt-get "$@"
}
ensure_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    { apt_get update -qq && apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
}

EXPECTED_VERSION="$(python3 packaging/buildinfo.py version 2>/dev/null ||
  sed -n 's/^__version__ = "\(.*\)"$/\1/p' nepton_desktop/__init__.py)"

# --- 1. install -------------------------------------------------------------------------------
step "install $(basename "$DEB")"
# apt skips a .deb whose version is already installed: start from no package at all.
if dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q "ok installed"; then
  apt_get purge -y -qq "$PACKAGE" >/dev/null
fi
INSTALLED=1
start=$EPOCHREALTIME
if ! apt_get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1; then
  # A fresh machine may have no package lists yet.
  apt_get update -qq
  apt_get install -y -qq --no-install-recommends "$DEB" >"$WORK/apt.log" 2>&1 ||
    { cat "$WORK/apt.log" >&2; fail "apt-get install $DEB"; }
fi
install_seconds="$(elapsed_since "$start")"
dpkg-query -W -f='${Status} ${Version}\n' "$PACKAGE"

# --- 2. files ---------------------------------------------------------------------------------
step "package contents"
[ -L "$LAUNCHER" ] || [ -x "$LAUNCHER" ] || fail "$LAUNCHER missing"
[ -x "$PREFIX/$PACKAGE" ] || fail "$PREFIX/$PACKAGE missing"
DESKTOP_FILE="/usr/share/applications/$PACKAGE.desktop"
[ -f "$DESKTOP_FILE" ] || fail "$DESKTOP_FILE missing"
for size in 16x16 32x32 48x48 64x64 128x128 256x256 512x512; do
  [ -f "/usr/share/icons/hicolor/$size/apps/$PACKAGE.png" ] || fail "hicolor $size icon missing"
done
[ -f "/usr/share/icons/hicolor/scalable/apps/$PACKAGE.svg" ] || fail "scalable icon missing"
ensure_packages desktop-file-utils
desktop-file-validate "$DESKTOP_FILE" || fail "desktop-file-validate $DESKTOP_FILE"
echo "desktop-file-validate: ok"
[ -d "$PREFIX/_internal/resources/wsdl" ] || fail "resources/wsdl not bundled"

# --- 3. libraries -----------------------------------------------------------------------------
step "libraries: bundled or from the Depends closure"
mapfile -t elf_files < <(find "$PREFIX" -type f \( -name '*.so*' -o -name "$PACKAGE" \))
# Resolution as the dynamic loader does it (the bundle's own libraries via their rpath).
ldd "${elf_files[@]}" 2>/dev/null >"$WORK/ldd.txt" || true
if grep -q "not found" "$WORK/ldd.txt"; then
  grep -B50 "not found" "$WORK/ldd.txt" | grep -E "^/|not found" >&2
  fail "some libraries the bundle links are not installed"
fi
# Packages the .deb pulls in, recursively (only real Depends/PreDepends edges).
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances "$PACKAGE" 2>/dev/null |
  awk '/^[a-z0-9]/ { sub(":.*", ""); print } / Depends:|PreDepends:/ { gsub("[<>]", ""); print $2 }' |
  sed 's/:.*//' | sort -u >"$WORK/closure.txt"
# System libraries the bundle loads, and which package installed each.
awk '$2 == "=>" && $3 ~ /^\// { print $3 }' "$WORK/ldd.txt" | grep -v "^$PREFIX/" | sort -u >"$WORK/system-libs.txt"
unowned=0
while read -r lib; do
  owner=""
  for path in "$lib" "$(readlink -f "$lib")" "${lib/#\/usr\/lib\//\/lib\/}" "${lib/#\/lib\//\/usr\/lib\/}"; do
    owner="$(dpkg -S "$path" 2>/dev/null | head -1 | cut -d: -f1)" && [ -n "$owner" ] && break
  done
  if [ -z "$owner" ]; then
    echo "  $lib: no package owns it" >&2
    unowned=1
  elif ! grep -Fxq "$owner" "$WORK/closure.txt"; then
    echo "  $lib: from $owner, which is not in nepton-desktop's Depends closure" >&2
    unowned=1
  fi
done <"$WORK/system-libs.txt"
[ "$unowned" -eq 0 ] || fail "Depends (packaging/linux/control.in) misses the packages above"
echo "$(wc -l <"$WORK/system-libs.txt") system libraries, all from the Depends closure ($(wc -l <"$WORK/closure.txt") packages)"

# --- 4. --version -----------------------------------------------------------------------------
step "$LAUNCHER --version"
start=$EPOCHREALTIME
version_output="$("$LAUNCHER" --version)"
version_seconds="$(elapsed_since "$start")"
echo "$version_output"
[ "$version_output" = "$PACKAGE $EXPECTED_VERSION" ] ||
  fail "--version printed '$version_output', expected '$PACKAGE $EXPECTED_VERSION'"

# --- 5. self-test -----------------------------------------------------------------------------
# Isolated per-user state: settings, journals and the keyring live under $WORK.
ISOLATED_ENV=(HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
  XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache"
  XDG_STATE_HOME="$WORK/home/.local/state" XDG_RUNTIME_DIR="$WORK/runtime"
  QT_QPA_PLATFORM=offscreen)
run_isolated() {
  env "${ISOLATED_ENV[@]}" "$@"
}
mkdir -p "$WORK/home" "$WORK/runtime"
chmod 700 "$WORK/runtime"
self_test_seconds="n/a"
self_test_keyring_seconds="n/a"
if "$LAUNCHER" --help | grep -qw "self-test"; then
  # Prints each step with its time: sandbox start, window shown, tabs loaded, edit submitted,
  # .xlsx imported and submitted.
  step "nepton-desktop self-test (offscreen, no keyring daemon)"
  start=$EPOCHREALTIME
  run_isolated timeout 600 "$LAUNCHER" self-test 2>&1 | tee "$WORK/self-test.log" ||
    fail "nepton-desktop self-test exited with ${PIPESTATUS[0]}"
  self_test_seconds="$(elapsed_since "$start")"
  if command -v gnome-keyring-daemon >/dev/null 2>&1 && command -v dbus-run-session >/dev/null 2>&1; then
    step "nepton-desktop self-test (offscreen, unlocked SecretService in a private D-Bus session)"
    rm -rf "${WORK:?}/home" && mkdir -p "$WORK/home" # a first start again, not the first run's state
    start=$EPOCHREALTIME
    # shellcheck disable=SC2016 # expanded by the inner shell
    run_isolated timeout 600 dbus-run-session -- sh -c \
      'printf %s smoke-test-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null &&
       exec "$0" self-test' "$LAUNCHER" 2>&1 | tee "$WORK/self-test-keyring.log" ||
      fail "nepton-desktop self-test with a SecretService keyring exited with ${PIPESTATUS[0]}"
    self_test_keyring_seconds="$(elapsed_since "$start")"
  fi
else
  fail "the installed app has no self-test subcommand"
fi

# --- 6. start-up time to window shown ---------------------------------------------------------
startup_cold="n/a"
startup_warm="n/a"
step "start-up time to window shown (Xvfb, platform xcb)"
ensure_packages xvfb xauth xdotool
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do
  DISPLAY="$display" xdotool getdisplaygeometry >/dev/null 2>&1 && break
  sleep 0.1
done
time_to_window() {
  # Arguments: the command that opens the app (default: the installed launcher, which without a
  # saved profile first shows the "Connect to Nepton" dialog).
  local start pid seconds command=("$@")
  [ ${#command[@]} -gt 0 ] || command=("$LAUNCHER")
  start=$EPOCHREALTIME
  env "${ISOLATED_ENV[@]}" QT_QPA_PLATFORM=xcb DISPLAY="$display" "${command[@]}" >"$WORK/gui.log" 2>&1 &
  pid=$!
  # Poll every 20 ms (xdotool search --sync polls only every 0.5 s).
  local deadline=$((SECONDS + 120))
  until DISPLAY="$display" xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$deadline" ] || ! kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      cat "$WORK/gui.log" >&2
      fail "the installed app showed no window on Xvfb within 120 s"
    fi
    sleep 0.02
  done
  seconds="$(elapsed_since "$start")"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  echo "$seconds"
}
# Cold: the first start after installing (the bundle's files are not in the page cache after a
# fresh install on a real machine; here they mostly are, so "cold" is a lower bound).
sync
if [ -w /proc/sys/vm/drop_caches ]; then echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || true; fi
startup_cold="$(time_to_window)"
startup_warm="$(time_to_window)"
startup_warm2="$(time_to_window)"
startup_warm="$(printf '%s\n%s\n' "$startup_warm" "$startup_warm2" | sort -n | head -1)"
echo "window shown after ${startup_cold} s (cold), ${startup_warm} s (warm)"
# The main window on the demo: the frozen sandbox seeds its demo community first.
startup_demo="$(time_to_window "$LAUNCHER" --demo)"
echo "main window with --demo shown after ${startup_demo} s"
# Baseline in the same run: the same app from the source tree's venv (not frozen), if there.
startup_venv="n/a"
if [ -x "$ROOT/.venv/bin/nepton-desktop" ]; then
  startup_venv="$(time_to_window "$ROOT/.venv/bin/nepton-desktop")"
  startup_venv2="$(time_to_window "$ROOT/.venv/bin/nepton-desktop")"
  startup_venv="$(printf '%s\n%s\n' "$startup_venv" "$startup_venv2" | sort -n | head -1)"
  echo "baseline, from .venv (not frozen): ${startup_venv} s (warm)"
fi

# --- 7. uninstall -----------------------------------------------------------------------------
step "purge"
apt_get purge -y -qq "$PACKAGE" >/dev/null
INSTALLED=0
[ ! -e "$PREFIX" ] || fail "$PREFIX left behind after purge"
if [ -e "$LAUNCHER" ] || [ -L "$LAUNCHER" ]; then fail "$LAUNCHER left behind after purge"; fi

mkdir -p "$(dirname "$REPORT")"
{
  echo "package:                 $(basename "$DEB") ($(($(stat -c %s "$DEB") / 1048576)) MiB)"
  echo "apt-get install:         ${install_seconds} s"
  echo "--version:               ${version_seconds} s"
  echo "self-test (no keyring):  ${self_test_seconds} s"
  echo "self-test (keyring):     ${self_test_keyring_seconds} s"
  echo "window shown, cold:      ${startup_cold} s"
  echo "window shown, warm:      ${startup_warm} s"
  echo "  baseline .venv, warm:  ${startup_venv} s"
  echo "main window, --demo:     ${startup_demo} s"
  echo "load average:            $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
} | tee "$REPORT"
echo "smoke test passed"
