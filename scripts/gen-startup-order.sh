#!/bin/sh
# Writes scripts/startup-order.txt: the functions lokaal runs while it starts, in the order
# the linker should place them (lld --symbol-ordering-file, see Package.swift and DECISIONS.md 21).
#
# The kernel maps a binary's code 64 KiB at a time around each page touched, so start-up code
# scattered over 13 MB of text costs memory and page faults. Placing every function that start-up
# runs side by side cut the first frame's peak memory by about 2 MB (make bench).
#
# How: a release build is run under valgrind's callgrind for the start-up paths users take
# (the browser's first frame, --version, the plain readers, fit), and every function of the
# binary that ran is listed: the first frame's first, then the rest in the order met.
# Run it after changes that move start-up code, then make bench; a stale list costs memory,
# never correctness (names no longer present are skipped by the linker).
# Usage: sh scripts/gen-startup-order.sh   (needs valgrind; builds the release binary first)
set -eu
cd "$(dirname "$0")/.."
sh scripts/ensure-packages.sh valgrind binutils python3
make --no-print-directory release >&2
work=$(mktemp -d /tmp/lokaal-order.XXXXXX)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the debug information this toolchain writes; the symbols are enough.
objcopy --strip-debug .build/release/lokaal "$work/lokaal"
export LC_ALL=C.UTF-8
i=0
while read -r args; do
    i=$((i + 1))
    # shellcheck disable=SC2086
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/run.$(printf %02d $i)" \
        "$work/lokaal" $args --data Data > /dev/null 2>&1 || true
done <<'RUNS'
--render-once 120x40
--version
--render-once 80x24 --keys jjjlljj
--render-once 120x40 --keys /roy
regions
show aalst
personas
search roy
fit schuldhulpverlening
contacts leuven
timeline
compare aalst leuven
themes
validate
RUNS
python3 - "$work" > scripts/startup-order.txt <<'PY'
import glob, os, re, sys
# Callgrind names an object or function the first time it mentions it, as the current one
# (ob=, fn=) or as a callee (cob=, cfn=), and by number only after that.
seen, order = set(), []
for f in sorted(glob.glob(os.path.join(sys.argv[1], "run.*"))):
    objs, fns, ob = {}, {}, None
    for line in open(f, errors="replace"):
        m = re.match(r"^(c?)(ob|fn)=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
        if not m: continue
        called, kind, ident, name = m.groups()
        names = objs if kind == "ob" else fns
        if name: names[ident] = name
        if called: continue
        if kind == "ob": ob = objs.get(ident)
        else:
            fn = fns.get(ident)
            # Only the binary's own named functions; callgrind marks recursion with 'N.
            if fn and ob and ob.endswith("/lokaal") and "'" not in fn and not fn.startswith("0x") and fn not in seen:
                seen.add(fn); order.append(fn)
print("\n".join(order))
PY
# SwiftPM does not know the list is a link input: without this, the next make release
# would keep the binary linked in the old order.
rm -f .build/release/lokaal
echo "scripts/startup-order.txt: $(wc -l < scripts/startup-order.txt) functions (make release relinks)" >&2
