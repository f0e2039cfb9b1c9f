#!/bin/sh
# make bench: lokaal's speed and memory targets, measured side by side in one run.
#   - synthetic data sets of 100 and 1,000 regions (lokaal-bench synth, fixed seed);
#   - search, fit and similar beside fzf --filter on the same text;
#   - opening a comparison of four of 1,000 regions, and each key in it;
#   - start-up beside the physical floor: a C program that prints one line (compiled here),
#     `lokaal --version` and the first frame at 120x40, BENCH_START_RUNS (300) runs each;
#   - the installed size: the binary stripped as make install strips it (install -s);
#   - medians with hyperfine, peak memory with /usr/bin/time -v, key latency in process;
#   - a table of measures, ratios and targets; exit 1 when a target is missed.
# Usage: sh scripts/bench.sh PATH/TO/lokaal PATH/TO/lokaal-bench
#   (make bench passes the release build: swift build -c release --static-swift-stdlib)
set -eu
BIN=$1
BENCH=$2
# binutils: strip, which install -s runs; libc6-dev: the C floor's headers and crt files.
sh "$(dirname "$0")/ensure-packages.sh" hyperfine time fzf grep python3 binutils libc6-dev
export LC_ALL=C.UTF-8 SWIFT_BACKTRACE=enable=no
out=$(mktemp -d /tmp/lokaal-bench.XXXXXX)
trap 'rm -rf "$out"' EXIT
RUNS=${BENCH_RUNS:-20}
# Start-up takes a millisecond or ten: more runs to steady the median (issue 14 used 300).
START_RUNS=${BENCH_START_RUNS:-300}
QUERY=werkzoekenden
OFFER="wij bieden schuldhulpverlening en budgetbeheer"

echo "generating synthetic data (seed 2023): 100 and 1,000 regions" >&2
"$BENCH" synth --regions 100 --out "$out/r100"
"$BENCH" synth --regions 1000 --out "$out/r1000"
"$BENCH" corpus --data "$out/r1000" > "$out/corpus1000.txt"

# The physical floor: a C program that prints one line, built here with the first C compiler
# found ($CC, cc, the Swift toolchain's clang, gcc; gcc is installed when there is none).
CCBIN=${CC:-}
for c in cc clang gcc; do [ -n "$CCBIN" ] || ! command -v "$c" >/dev/null 2>&1 || CCBIN=$c; done
if [ -z "$CCBIN" ]; then sh "$(dirname "$0")/ensure-packages.sh" gcc; CCBIN=gcc; fi
printf '#include <stdio.h>\nint main(void) { puts("lokaal 0.1.0"); return 0; }\n' > "$out/floor.c"
"$CCBIN" -O2 -o "$out/floor" "$out/floor.c"

# The installed size: make install runs install -m 755 -s on the release binary.
install -m 755 -s "$BIN" "$out/lokaal-installed"
wc -c < "$BIN" > "$out/size-unstripped.txt"
wc -c < "$out/lokaal-installed" > "$out/size-installed.txt"

hf() { name=$1; shift; hyperfine -w 3 -r "$RUNS" --export-json "$out/$name.json" "$@" > /dev/null 2>&1; }
echo "start-up (hyperfine -N, $START_RUNS runs each): C floor, --version, first frame 120x40" >&2
hyperfine -N -w 20 -r "$START_RUNS" --export-json "$out/startup.json" \
  "$out/floor" "$BIN --version" "$BIN --render-once 120x40" > /dev/null 2>&1
echo "timing (hyperfine, $RUNS runs each)" >&2
hf frame100 -N "$BIN --render-once 120x40 --data $out/r100"
hf frame1000 -N "$BIN --render-once 120x40 --data $out/r1000"
hf search100 -N "$BIN search $QUERY --data $out/r100"
hf search1000 -N "$BIN search $QUERY --data $out/r1000"
hf fit1000 -N "$BIN fit $QUERY --data $out/r1000"
hf fitoffer1000 -N "$BIN fit $OFFER --data $out/r1000"
# fzf and grep read the same text (every searchable field, one per line); hyperfine runs
# them through a shell for the redirection and subtracts the shell's own start-up.
hf fzf1000 "fzf --filter $QUERY < $out/corpus1000.txt"
hf fzfoffer1000 "fzf --filter '$OFFER' < $out/corpus1000.txt"
hf grep1000 -i "grep -i $QUERY $out/corpus1000.txt"
# similar: one service need of the 1,000 regions (the first with a short need, so that fzf's
# fuzzy query stays a phrase) against all of them; fzf filters the same corpus with that need's text.
set -- $(python3 - "$out/r1000" <<'PY'
import glob, json, sys
for f in sorted(glob.glob(sys.argv[1] + "/*.json")):
    d = json.load(open(f))
    if "arena" not in d: continue
    for i, s in enumerate(d["arena"]["services"]):
        if s.get("need") and len(s["need"]) <= 40 and "'" not in s["need"]:
            print(d["id"], "S%d" % (i + 1)); sys.exit()
PY
)
SIMREGION=$1 SIMITEM=$2
SIMTITLE=$("$BIN" similar "$SIMREGION" "$SIMITEM" --json --limit 1 --data "$out/r1000" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])')
hf similar1000 -N "$BIN similar $SIMREGION $SIMITEM --data $out/r1000"
hf fzfsimilar1000 "fzf --filter '$SIMTITLE' < $out/corpus1000.txt"

echo "key latency (in process, 200x60)" >&2
"$BENCH" keys --size 200x60 --count 20000 > "$out/keys5.txt"
"$BENCH" keys --size 200x60 --count 5000 --data "$out/r1000" > "$out/keys1000.txt"
echo "fit engine per key (analyze + rank + explain the top 20)" >&2
"$BENCH" fit-latency > "$out/fitkeys5.txt"
"$BENCH" fit-latency --data "$out/r1000" > "$out/fitkeys1000.txt"
echo "fit view per typed key (in process, 200x60: controller update + render)" >&2
"$BENCH" fit-keys --size 200x60 > "$out/fitview5.txt"
"$BENCH" fit-keys --size 200x60 --passes 2 --data "$out/r1000" > "$out/fitview1000.txt"
echo "comparison of four regions (open + keys, in process, 200x60)" >&2
"$BENCH" compare-latency --data "$out/r1000" > "$out/compare1000.txt"

peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /, "", $2); print $2}'; }
echo "peak memory (/usr/bin/time -v)" >&2
# The bundled data's frame: the median of MEM_RUNS runs (one line each in the file).
MEM_RUNS=${BENCH_MEM_RUNS:-21}
i=0; : > "$out/mem5.txt"
while [ $i -lt "$MEM_RUNS" ]; do peak "$BIN" --render-once 120x40 >> "$out/mem5.txt"; i=$((i + 1)); done
peak "$BIN" --render-once 120x40 --data "$out/r1000" > "$out/mem1000.txt"
peak "$BIN" search $QUERY --data "$out/r1000" > "$out/memsearch1000.txt"
peak "$BIN" fit $OFFER --data "$out/r1000" > "$out/memfit1000.txt"
# The browser's fit view typing the offer key by key (each key re-ranks), then drawing it.
peak "$BIN" --render-once 120x40 --keys "f$OFFER" --data "$out/r1000" > "$out/memfitview1000.txt"

START_RUNS=$START_RUNS MEM_RUNS=$MEM_RUNS python3 - "$out" <<'PY'
import json, os, sys
d = sys.argv[1]
def med(n, i=0): return json.load(open(os.path.join(d, n + ".json")))["results"][i]["median"]
def keys(n):
    f = open(os.path.join(d, n)).read().split()
    return float(f[f.index("p50") + 1]), float(f[f.index("p99") + 1]), float(f[f.index("max") + 1])
def mem(n):
    v = sorted(int(x) for x in open(os.path.join(d, n)).read().split())
    return v[len(v) // 2] / 1024
def mb(n): return int(open(os.path.join(d, n)).read()) / 2**20
ms = lambda s: f"{s * 1000:.2f} ms" if s < 0.01 else f"{s * 1000:.1f} ms"
rows, missed = [], 0
def row(name, measured, value, target, ok):
    global missed
    missed += 0 if ok is None or ok else 1
    rows.append((name, measured, value, target, "" if ok is None else ("ok" if ok else "MISSED")))
cf, v, f5 = med("startup", 0), med("startup", 1), med("startup", 2)
f100, f1000 = med("frame100"), med("frame1000")
s100, s1000, fz, gr = med("search100"), med("search1000"), med("fzf1000"), med("grep1000")
# Issue 14 (lean and instant): the old figures beside the new targets.
inst, unstr = mb("size-installed.txt"), mb("size-unstripped.txt")
row("installed size, stripped (was 57 MB)", f"{inst:.1f} MB", "", "<= 16 MB", inst <= 16)
row("  release binary, unstripped (was 80 MB)", f"{unstr:.1f} MB", "", "(shown)", None)
row("C floor: a C program printing one line", ms(cf), "", "(shown)", None)
row("--version / C floor (was 12x)", f"{ms(v)} / {ms(cf)}", f"{v / cf:.1f}x", "(shown)", None)
row("first frame 120x40 / C floor (was 16x)", f"{ms(f5)} / {ms(cf)}", f"{f5 / cf:.1f}x", "<= 7x", f5 / cf <= 7)
row("first frame / --version (was 1.32x)", f"{ms(f5)} / {ms(v)}", f"{f5 / v:.2f}x", "<= 1.2x", f5 / v <= 1.2)
row("search, 1,000 regions / fzf --filter", f"{ms(s1000)} / {ms(fz)}", f"{s1000 / fz:.2f}x", "<= 1.0x", s1000 / fz <= 1.0)
f1, fo1, fzo = med("fit1000"), med("fitoffer1000"), med("fzfoffer1000")
row("fit, 1,000 regions / fzf --filter", f"{ms(f1)} / {ms(fz)}", f"{f1 / fz:.2f}x", "<= 1.0x", f1 / fz <= 1.0)
row("  fit OFFER / fzf --filter OFFER", f"{ms(fo1)} / {ms(fzo)}", f"{fo1 / fzo:.2f}x", "<= 1.0x", fo1 / fzo <= 1.0)
row("search, 1,000 regions / grep -i", f"{ms(s1000)} / {ms(gr)}", f"{s1000 / gr:.1f}x", "(shown)", None)
row("first frame, 1,000 / 100 regions", f"{ms(f1000)} / {ms(f100)}", f"{f1000 / f100:.1f}x", "<= 12x", f1000 / f100 <= 12)
row("search, 1,000 / 100 regions", f"{ms(s1000)} / {ms(s100)}", f"{s1000 / s100:.1f}x", "<= 12x", s1000 / s100 <= 12)
p50, p99, mx = keys("keys5.txt")
row("key latency 200x60, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "p99 <= 2 ms", p99 <= 2)
row("  (slowest key, first use)", f"{mx:.1f} ms", "", "(shown)", None)
p50, p99, mx = keys("keys1000.txt")
row("key latency, 1,000 regions, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "(shown)", None)
def fitkeys(n):
    f = open(os.path.join(d, n)).read().split()
    return float(f[f.index("build") + 1]), float(f[f.index("p50") + 1]), float(f[f.index("p99") + 1])
b, p50, p99 = fitkeys("fitkeys5.txt")
row("fit engine per key, bundled, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "(view: 2 ms)", None)
b, p50, p99 = fitkeys("fitkeys1000.txt")
row("fit engine per key, 1,000, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "(view: 16 ms)", None)
row("  fit index build, 1,000 regions", f"{b:.1f} ms", "", "(shown)", None)
p50, p99, mx = keys("fitview5.txt")
row("fit view per key 200x60, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "p99 <= 2 ms", p99 <= 2)
p50, p99, mx = keys("fitview1000.txt")
row("fit view per key, 1,000, p50 / p99", f"{p50:.3f} / {p99:.3f} ms", f"{p99:.2f} ms", "p99 <= 16 ms", p99 <= 16)
sm, fzs = med("similar1000"), med("fzfsimilar1000")
row("similar, 1,000 regions / fzf --filter", f"{ms(sm)} / {ms(fzs)}", f"{sm / fzs:.2f}x", "<= 1.0x", sm / fzs <= 1.0)
c = open(os.path.join(d, "compare1000.txt")).read().split()
cget = lambda k: float(c[c.index(k) + 1])
row("compare 4 of 1,000: open p50 / p99", f"{cget('open-p50'):.3f} / {cget('open-p99'):.3f} ms", f"{cget('open-p99'):.2f} ms", "p99 <= 16 ms", cget('open-p99') <= 16)
row("compare 4 of 1,000: keys p50 / p99", f"{cget('p50'):.3f} / {cget('p99'):.3f} ms", f"{cget('p99'):.2f} ms", "p99 <= 16 ms", cget('p99') <= 16)
m5, m1000, ms1000 = mem("mem5.txt"), mem("mem1000.txt"), mem("memsearch1000.txt")
row("peak memory, bundled data (frame)", f"{m5:.1f} MB", "", "<= 10 MB", m5 <= 10)
row("peak memory, 1,000 regions (frame)", f"{m1000:.1f} MB", "", "<= 150 MB", m1000 <= 150)
row("peak memory, 1,000 regions (search)", f"{ms1000:.1f} MB", "", "<= 150 MB", ms1000 <= 150)
mf1000 = mem("memfit1000.txt")
row("peak memory, 1,000 regions (fit)", f"{mf1000:.1f} MB", "", "<= 150 MB", mf1000 <= 150)
mv1000 = mem("memfitview1000.txt")
row("peak memory, 1,000 regions (fit view)", f"{mv1000:.1f} MB", "", "<= 150 MB", mv1000 <= 150)
print(f"{'measure':40} {'medians':28} {'ratio':>8}  {'target':12} result")
for name, measured, value, target, res in rows:
    print(f"{name:40} {measured:28} {value:>8}  {target:12} {res}")
print(f"\n{os.cpu_count()} cores; medians of hyperfine runs ({os.environ.get('START_RUNS')} for start-up); "
      f"peak memory of the bundled frame: median of {os.environ.get('MEM_RUNS')} runs; "
      "data: bundled (5 regions), synthetic 100 and 1,000 regions; MB are MiB (2^20 bytes), as in issue 14.")
sys.exit(1 if missed else 0)
PY
