#!/usr/bin/env bash
# Builds OS Lens (installing missing Debian packages first) and starts it.
#
#   scripts/run.sh [ARGS...]     with a display: the GUI, given ARGS (none: the default scenario)
#                                without one: renders a preview PNG with oslens-cli into out/
#
# Works from any directory; relative paths in ARGS are taken from the directory you called it in.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=build.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/build.sh"
caller_dir="$PWD"
cd "$OSLENS_ROOT"

oslens_ensure_deps
oslens_build build

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
  cd "$caller_dir"
  exec "$OSLENS_ROOT/build/app/oslens" "$@"
fi

echo "There is no display (neither DISPLAY nor WAYLAND_DISPLAY is set), so instead of opening the" \
  "window this renders a preview of step 7 of Belady's anomaly with oslens-cli."
if (($# > 0)); then
  echo "(The arguments $* are for the GUI and are not used here.)"
fi
oslens_headless_env
mkdir -p out
preview="$OSLENS_ROOT/out/oslens-preview.png"
build/app/oslens-cli export resources/scenarios/paging-belady.oslens.json --step 7 --out "$preview"
echo "Preview: $preview"
