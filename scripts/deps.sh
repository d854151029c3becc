#!/usr/bin/env bash
# Installs the Debian packages OS Lens needs to build, test and run, and nothing else.
#
#   scripts/deps.sh              install what is missing (prints nothing when all are present)
#   . scripts/deps.sh            defines oslens_ensure_deps and OSLENS_ROOT for the other scripts
#
# Only the missing packages are installed, and `apt-get update` runs only when something is
# missing, so a second run is silent and instant. Uses sudo when not run as root.

# The repository root (this file is in scripts/); used by the scripts that source this one.
# shellcheck disable=SC2034
OSLENS_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"

OSLENS_PACKAGES=(
  # Qt 6: widgets, charts, SVG, Linguist (lupdate/lrelease), and what Qt6Gui's CMake files look for
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6opengl6-dev libxkbcommon-dev libvulkan-dev
  # the engine and its tests and benchmarks
  libboost-graph-dev nlohmann-json3-dev libgtest-dev libbenchmark-dev
  # the toolchain (ccache: rebuilds of unchanged files are nearly free)
  ninja-build cmake g++ ccache
  # headless GUI tests and screenshots, Chinese text, looking at exported images and PDFs
  xvfb xauth fonts-noto-cjk imagemagick poppler-utils
  # Qt's own Chinese strings (standard buttons and dialogs)
  qt6-translations-l10n
)

# Prints the packages of OSLENS_PACKAGES that are not installed, one per line.
oslens_missing_packages() {
  local installed
  # One dpkg-query for all of them; unknown packages make it complain on stderr, which we drop.
  installed="$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${OSLENS_PACKAGES[@]}" 2>/dev/null |
    awk '$2 == "installed" { print $1 }')" || true
  local package
  for package in "${OSLENS_PACKAGES[@]}"; do
    grep -qxF -- "$package" <<<"$installed" || printf '%s\n' "$package"
  done
}

# Installs the missing packages. Silent when nothing is missing; returns non-zero on failure.
oslens_ensure_deps() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps: dpkg-query not found; these scripts expect Debian 12 (or a derivative)." >&2
    echo "deps: install the equivalents of: ${OSLENS_PACKAGES[*]}" >&2
    return 1
  fi
  local missing
  mapfile -t missing < <(oslens_missing_packages)
  ((${#missing[@]} == 0)) && return 0

  local as_root=()
  if ((EUID != 0)); then
    if command -v sudo >/dev/null 2>&1; then
      as_root=(sudo)
    else
      echo "deps: missing packages: ${missing[*]}" >&2
      echo "deps: installing them needs root, but you are not root and sudo is not installed." >&2
      echo "deps: as root, run: apt-get update && apt-get install ${missing[*]}" >&2
      return 1
    fi
  fi

  echo "deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
  local apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
  if ! "${apt[@]}" update -qq >/dev/null ||
     ! "${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; then
    echo "deps: installing the packages failed (see apt-get's messages above)." >&2
    echo "deps: to install them by hand: sudo apt-get update && sudo apt-get install ${missing[*]}" >&2
    return 1
  fi
}

# Run directly (not sourced): install what is missing.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  oslens_ensure_deps
fi
