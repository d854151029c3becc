#!/usr/bin/env bash
# Fails when a user-visible string in views/ or app/ has no Chinese translation: lupdate reads the
# sources into a copy of translations/oslens_zh_CN.ts, and any new or unfinished entry is reported.
# Fix: cmake --build build --target update_translations, then translate the entries marked unfinished.
set -euo pipefail
lupdate=$1 source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir/translations/oslens_zh_CN.ts" "$work/check.ts"
mapfile -t sources < <(find "$source_dir/views" "$source_dir/app" -name '*.cpp' -o -name '*.h' | sort)
"$lupdate" -silent -no-obsolete -locations none -I "$source_dir" "${sources[@]}" -ts "$work/check.ts"
unfinished=$(grep -c 'type="unfinished"' "$work/check.ts" || true)
if [[ $unfinished -gt 0 ]]; then
  echo "translations/oslens_zh_CN.ts lacks $unfinished translation(s):"
  grep -B2 'type="unfinished"' "$work/check.ts" | grep '<source>' | sed 's/^ */  /'
  exit 1
fi
if ! cmp -s "$work/check.ts" "$source_dir/translations/oslens_zh_CN.ts"; then
  echo "translations/oslens_zh_CN.ts is out of date with the sources (strings removed or moved):"
  diff "$source_dir/translations/oslens_zh_CN.ts" "$work/check.ts" | head -20
  exit 1
fi
echo "translations/oslens_zh_CN.ts: complete"
