#!/bin/sh
# Benchmarks on the bundled data (issue 5 will add synthetic data sets of 100 and 1,000 regions).
# Prints medians and ratios measured with hyperfine, and peak memory with /usr/bin/time -v.
# Usage: sh scripts/bench.sh PATH/TO/lokaal
set -eu
BIN=$1
sh "$(dirname "$0")/ensure-packages.sh" hyperfine time
export LC_ALL=C.UTF-8 SWIFT_BACKTRACE=enable=no
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
median() { python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['median'])" "$1"; }

hyperfine -N -w 3 -r 30 --export-json "$out/version.json" "$BIN --version" > /dev/null
hyperfine -N -w 3 -r 30 --export-json "$out/frame.json" "$BIN --render-once 120x40" > /dev/null
hyperfine -N -w 3 -r 30 --export-json "$out/search.json" "$BIN search hierarchie" > /dev/null
hyperfine -N -i -w 3 -r 30 --export-json "$out/grep.json" "grep -ri hiërarchie Data" > /dev/null
v=$(median "$out/version.json"); f=$(median "$out/frame.json"); s=$(median "$out/search.json"); g=$(median "$out/grep.json")
mem=$(/usr/bin/time -v "$BIN" --render-once 120x40 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}')
python3 - "$v" "$f" "$s" "$g" "$mem" <<'PY'
import sys
v, f, s, g = (float(x) for x in sys.argv[1:5]); mem = int(sys.argv[5])
rows = [
    ("first frame 120x40 / --version", f"{f*1000:.1f} ms / {v*1000:.1f} ms", f / v, 1.5),
    ("search / grep -ri (bundled data)", f"{s*1000:.1f} ms / {g*1000:.1f} ms", s / g, None),
]
print(f"{'measure':36} {'medians':26} {'ratio':>7}  target")
for name, med, ratio, target in rows:
    t = "—" if target is None else (f"≤ {target}  " + ("ok" if ratio <= target else "MISSED"))
    print(f"{name:36} {med:26} {ratio:7.2f}  {t}")
print(f"{'peak memory, first frame':36} {mem/1024:.1f} MB{'':19}  ≤ 20 MB  " + ("ok" if mem / 1024 <= 20 else "MISSED"))
PY
