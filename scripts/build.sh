#!/usr/bin/env bash
# Configuring and building, shared by test.sh and run.sh.
#
#   scripts/build.sh [-DNAME=VALUE ...]
#                                install missing packages, then configure build/ (once) and build it
#   . scripts/build.sh           defines the functions below (and those of deps.sh)
#
# Builds are quiet: the compiler's output goes to <dir>/build.log and is shown (its tail) only
# when the build fails.

# shellcheck source-path=SCRIPTDIR source=deps.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/deps.sh"

# True when <dir> was configured by CMake with Ninja and with every -DNAME=VALUE given.
oslens_is_configured() {
  local dir="$1"; shift
  [[ -f "$dir/CMakeCache.txt" && -f "$dir/build.ninja" ]] || return 1
  local arg name value
  for arg in "$@"; do
    [[ "$arg" == -D*=* ]] || continue
    name="${arg#-D}"; name="${name%%=*}"; name="${name%%:*}"
    value="${arg#*=}"
    grep -qxF -- "$name:BOOL=$value" "$dir/CMakeCache.txt" ||
      grep -qxF -- "$name:STRING=$value" "$dir/CMakeCache.txt" ||
      grep -qxF -- "$name:UNINITIALIZED=$value" "$dir/CMakeCache.txt" || return 1
  done
}

# How many jobs to run at once: one per core (nproc), at least one.
oslens_jobs() {
  local cores
  cores="$(nproc 2>/dev/null || echo 1)"
  echo "$((cores > 0 ? cores : 1))"
}

# Prints the last lines of a log to stderr after a failure.
oslens_show_log_tail() {
  local log="$1" what="$2"
  {
    echo "$what failed; the last 60 lines of $log:"
    echo "----------------------------------------------------------------------"
    tail -n 60 "$log"
    echo "----------------------------------------------------------------------"
    echo "(full log: $log)"
  } >&2
}

# oslens_build DIR [-DNAME=VALUE ...]: configures DIR (relative to the repository root) with
# Ninja when it is not configured yet, then builds it with one job per core. Returns non-zero on failure.
oslens_build() {
  local dir="$1"; shift
  (
    cd "$OSLENS_ROOT" && mkdir -p "$dir" || exit 1
    if ! oslens_is_configured "$dir" "$@"; then
      echo "== $dir/: configuring"
      if ! cmake -S . -B "$dir" -G Ninja "$@" >"$dir/configure.log" 2>&1; then
        oslens_show_log_tail "$dir/configure.log" "Configuring $dir/"
        exit 1
      fi
    fi
    echo "== $dir/: building (log: $dir/build.log)"
    if ! cmake --build "$dir" -j"$(oslens_jobs)" >"$dir/build.log" 2>&1; then
      oslens_show_log_tail "$dir/build.log" "Building $dir/"
      exit 1
    fi
  )
}

# Runs Qt without a display: the offscreen platform and a private, fresh runtime directory
# (removed when the calling script exits).
oslens_headless_env() {
  export QT_QPA_PLATFORM=offscreen
  XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/oslens-runtime.XXXXXX")"
  chmod 0700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
  # shellcheck disable=SC2064  # expand now: the path is fixed
  trap "rm -rf -- '$XDG_RUNTIME_DIR'" EXIT
}

# Run directly (not sourced): build the default tree.
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -euo pipefail
  oslens_ensure_deps
  oslens_build build "$@"
fi
