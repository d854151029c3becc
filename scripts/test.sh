#!/usr/bin/env bash
# Builds OS Lens and runs every test: first the normal build (build/: engine, views and app tests,
# offscreen), then the engine alone under AddressSanitizer + UBSan (build-asan/).
# Installs missing Debian packages first. Exits non-zero if anything fails. Works from any directory.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=build.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/build.sh"
cd "$OSLENS_ROOT"

# Runs ctest in DIR. Passing tests are not listed one by one (there are hundreds); failures are
# shown with their output, and ctest's closing summary ("100% tests passed, ...") always is.
# The whole output is kept in DIR/ctest.log.
run_ctest() {
  local dir="$1"
  echo "== $dir/: testing (log: $dir/ctest.log)"
  local status=0
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j"$(oslens_jobs)" 2>&1 |
    tee "$dir/ctest.log" |
    { grep -Ev -e '^ *[0-9]+/[0-9]+ Test +#[0-9]+: .* Passed +[0-9.]+ sec$' \
               -e '^ *Start +[0-9]+: ' -e '^Internal ctest changing into directory' || true; } ||
    status=$?
  # The pipeline's status is ctest's unless tee failed; report whichever failed.
  return "$status"
}

oslens_ensure_deps
oslens_headless_env
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"

failed=()
if oslens_build build; then
  run_ctest build || failed+=("tests in build/")
else
  failed+=("build of build/")
fi

if oslens_build build-asan -DOSLENS_SANITIZE=ON; then
  run_ctest build-asan || failed+=("sanitizer tests in build-asan/")
else
  failed+=("build of build-asan/")
fi

if ((${#failed[@]} > 0)); then
  printf 'FAILED: %s\n' "${failed[@]}" >&2
  exit 1
fi
