#!/bin/sh
# End-to-end tests of the real binary: the command line (exit codes, output),
# and the browser in detached tmux sessions (keys, resize, suspend, signals,
# crash, hostile text). Usage: sh Tests/e2e/run.sh PATH/TO/lokaal
# Parts: signals.sh (the signal matrix), hostile.sh with hostile.py (hostile text).
set -u
BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMPD=$(mktemp -d /tmp/lokaal-e2e.XXXXXX)
. "$ROOT/Tests/e2e/lib.sh"
trap 'T kill-server 2>/dev/null; rm -rf "$TMPD"' EXIT
export SWIFT_BACKTRACE=enable=no
cd "$ROOT"

echo "command line"
out=$("$BIN" validate 2>&1); rc=$?
[ $rc = 0 ] && echo "$out" | grep -q "5 regions, all valid" && pass "validate passes on the bundled data" || fail "validate" "$out (rc $rc)"

out=$("$BIN" personas Roy); n=$(echo "$out" | grep -cE '^  (Zuidwest Rand|Haspengouw|Aalst), challenge')
echo "$out" | head -1 | grep -q "Roy — 3 regions" && [ "$n" = 3 ] && pass "personas Roy names three regions" || fail "personas Roy" "$out"

out=$("$BIN" show lueven 2>&1); rc=$?
[ $rc = 64 ] && echo "$out" | grep -q 'did you mean "leuven"' && pass "unknown region exits 64 with a suggestion" || fail "unknown region" "$out (rc $rc)"

out=$("$BIN" --data /nonexistent regions 2>&1); rc=$?
[ $rc = 66 ] && [ "$(echo "$out" | wc -l)" = 1 ] && pass "missing data directory exits 66 with one line" || fail "missing dir" "$out (rc $rc)"

mkdir -p "$TMPD/bad" && cp Data/*.json "$TMPD/bad/"
python3 - "$TMPD/bad/leuven.json" <<'PY'
import json, sys
p = sys.argv[1]; d = json.load(open(p)); d["contacts"]["people"][1]["email"] = 42
json.dump(d, open(p, "w"), ensure_ascii=False)
PY
out=$(cd "$TMPD" && "$BIN" --data bad regions 2>&1); rc=$?
[ $rc = 65 ] && [ "$out" = "lokaal: bad/leuven.json: at \$.contacts.people[1].email: expected a string, found a number" ] \
  && pass "broken file exits 65 naming file, JSON path and problem" || fail "broken file" "$out (rc $rc)"
out=$("$BIN" validate --data "$TMPD/bad" 2>&1); rc=$?
[ $rc = 65 ] && echo "$out" | grep -q 'contacts.people\[1\].email' && pass "validate reports the broken field and exits 65" || fail "validate broken" "$out (rc $rc)"
printf '{"id": "x", ' > "$TMPD/bad/leuven.json"
out=$("$BIN" regions --data "$TMPD/bad" 2>&1); rc=$?
[ $rc = 65 ] && echo "$out" | grep -q "leuven.json: not valid JSON" && ! echo "$out" | grep -qi "backtrace\|Fatal" && pass "truncated file: exit 65, no backtrace" || fail "truncated file" "$out (rc $rc)"

out=$("$BIN" --lang xx regions 2>&1); rc=$?
[ $rc = 64 ] && pass "bad option value exits 64" || fail "bad option" "$out (rc $rc)"

for cmd in "regions" "personas" "search hierarchie" "compare leuven zuid" "contacts leuven" "timeline" "validate" "show aalst --section timing"; do
  # shellcheck disable=SC2086
  "$BIN" $cmd --json > "$TMPD/out.json" 2>&1 && python3 -m json.tool "$TMPD/out.json" > /dev/null \
    && pass "$cmd --json is valid JSON" || fail "$cmd --json" "$(head -5 "$TMPD/out.json")"
done

out=$("$BIN" | head -3); echo "$out" | grep -q "^aalst" && pass "no subcommand, stdout not a terminal: prints the region list" || fail "piped default" "$out"
out=$("$BIN" regions | od -c | grep -c '033'); [ "$out" = 0 ] && pass "plain output has no colour when not on a terminal" || fail "colour in pipe"
"$BIN" --generate-completion-script bash | grep -q "_lokaal" && pass "bash completion script" || fail "completion"

# Issue 13, as a new user would try it.
out=$("$BIN" regions | tr -s ' \n' ' ')
echo "$out" | grep -q "⚠ vrijdag 9 juni 2023 om 23u59 (table) · Vrijdag 2 juni 2023 om 23u59 (summary)" \
  && pass "regions shows Aalst with both deadlines flagged" || fail "regions Aalst deadlines" "$out"
mkdir -p "$TMPD/typo" && cp Data/*.json "$TMPD/typo/"
python3 - "$TMPD/typo/leuven.json" <<'PY'
import json, sys
p = sys.argv[1]; d = json.load(open(p)); person = d["contacts"]["people"][1]
person["emial"] = person.pop("email")
json.dump(d, open(p, "w"), ensure_ascii=False)
PY
out=$(cd "$TMPD" && "$BIN" --data typo regions 2>&1); rc=$?
[ $rc = 65 ] && [ "$out" = 'lokaal: typo/leuven.json: at $.contacts.people[1].emial: unknown key "emial" (did you mean "email"?)' ] \
  && pass "a misspelt key is refused with the key it meant (exit 65)" || fail "misspelt key" "$out (rc $rc)"
# The man page, generated from the command definitions (make install runs the same generator).
GM="$(dirname "$BIN")/generate-manual"
if [ -x "$GM" ]; then
  mkdir -p "$TMPD/man" && "$GM" "$BIN" --date 2023-04-28 --output-directory "$TMPD/man" >/dev/null 2>&1
  page="$TMPD/man/lokaal.1"; missing=""
  for s in ".Sh NAME" ".Sh SYNOPSIS" ".Sh DESCRIPTION" "Exit status:" "64 bad arguments" "65 bad data" "66 missing data" "69 the browser" \
           "Data lookup order:" "LOKAAL_DATA" "LOKAAL_CLIPBOARD" "NO_COLOR" "LC_ALL" "timeline" "--ics"; do
    grep -qF -- "$s" "$page" 2>/dev/null || missing="$missing [$s]"
  done
  [ -z "$missing" ] && pass "man page generated with exit codes, data lookup order and environment" || fail "man page" "missing:$missing"
else
  fail "man page" "no generate-manual next to $BIN: swift build --product generate-manual"
fi
# The calendar and the address book through real parsers (icalendar, vobject in the test venv).
PY="$ROOT/.build/pyenv/bin/python"
if [ -x "$PY" ] && "$PY" -c "import icalendar, vobject" 2>/dev/null; then
  out=$("$PY" Tests/e2e/exports.py "$BIN" 2>&1); rc=$?
  n=$(echo "$out" | grep -c '^ok')
  [ $rc = 0 ] && pass "timeline --ics and contacts --vcard read back with icalendar and vobject ($n checks)" || fail "ics/vcard exports" "$(echo "$out" | grep -v '^ok')"
else
  fail "ics/vcard exports" "no test venv with icalendar and vobject: run make test-deps"
fi
# A large output into a non-blocking pipe that fills up: every byte arrives (write(2) gives EAGAIN and lokaal waits).
out=$(python3 - "$BIN" <<'PY'
import fcntl, os, subprocess, sys, termios, time
args = [sys.argv[1], "search", "e"]
full = subprocess.run(args, capture_output=True).stdout
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
fcntl.fcntl(w, 1031, 4096)  # F_SETPIPE_SZ: a small pipe, so the output cannot fit
p = subprocess.Popen(args, stdout=w)
os.close(w)
def buffered():
    return int.from_bytes(fcntl.ioctl(r, termios.FIONREAD, b"\0\0\0\0"), "little")
deadline = time.monotonic() + 10
while buffered() < 4096 and p.poll() is None and time.monotonic() < deadline:
    time.sleep(0.01)  # poll until the pipe is full, so lokaal's next write meets EAGAIN
got = b""
while chunk := os.read(r, 65536):
    got += chunk
print(len(full) > 8192, got == full, p.wait())
PY
)
[ "$out" = "True True 0" ] && pass "a non-blocking, full stdout still receives all of the output" || fail "non-blocking stdout" "$out"
out=$("$BIN" contacts zuidwest-rand); echo "$out" | grep -q "Required subject line: kandidatuur Capacity Building Zuidwest Rand" && pass "contacts show the required subject line" || fail "contacts" "$out"

echo "browser in tmux"
start main 80 24 "$BIN"
wait_for main "1/5 regions" && pass "starts at 80x24" || fail "start" "$(screen main)"
i=1
for region in Haspengouw "Klein-Brabant Vaartland" Leuven "Zuidwest Rand"; do
  i=$((i + 1)); T send-keys -t main Down
  wait_for main "lokaal › $region › Overview .* $i/5 regions" && pass "browse to $region" || fail "browse to $region" "$(screen main)"
done
T send-keys -t main 2 Right Right Enter
wait_for main "Zuidwest Rand › Challenges › Challenge 1" && wait_for main "persona Albena" && pass "open a challenge" || fail "open challenge" "$(screen main)"
T send-keys -t main Escape
wait_gone main "› Challenge 1 " && pass "Esc goes back to the list" || fail "Esc back" "$(screen main)"
T send-keys -t main / r o y
wait_for main "^/roy" && pass "search prompt while typing" || fail "search typing" "$(screen main)"
T send-keys -t main Enter
wait_for main " /roy  [0-9]*/[0-9]*  n/N" && pass "search kept, n/N position shown" || fail "search kept" "$(screen main)"
T send-keys -t main Escape '?'
wait_for main "Help — keys" && pass "help overlay opens" || fail "help" "$(screen main)"
T send-keys -t main q u i t
wait_for main "Quit" && wait_gone main "Next pane" && pass "help filters as you type" || fail "help filter" "$(screen main)"
T send-keys -t main Escape
wait_gone main "Help — keys" && pass "Esc closes help" || fail "help close" "$(screen main)"
T resize-window -t main -x 30 -y 8
wait_for main "terminal too small" && pass "too-small message at 30x8" || fail "too small" "$(screen main)"
T resize-window -t main -x 80 -y 24
wait_for main "Zuidwest Rand › Challenges" && pass "UI returns with its state when the terminal grows" || fail "resize back" "$(screen main)"
T resize-window -t main -x 50 -y 20
wait_for main "‹ 2/9 Challenges ›" && pass "narrow terminal stacks the panes" || fail "stacked" "$(screen main)"
T resize-window -t main -x 200 -y 50
wait_for main "Zuidwest Rand › Challenges .* 5/5 regions" && pass "200x50 renders" || fail "200x50" "$(screen main)"
T send-keys -t main C-l
wait_for main "5/5 regions" && pass "Ctrl-L redraws" || fail "ctrl-l"
T send-keys -t main q
st=$(wait_exit main); [ "$st" = 0 ] && pass "q quits with status 0" || fail "q status" "$st"
r=$(restored main) && pass "terminal restored after q" || fail "restore after q" "$r"

echo "timeline"
start tl 160 48 "$BIN"
wait_for tl "1/5 regions" || fail "timeline start" "$(screen tl)"
T send-keys -t tl w
wait_for tl "lokaal › Timeline" && wait_for tl "The call is from spring 2023: all these dates have passed" \
  && pass "w opens the timeline, saying the call is from 2023 and its dates have passed" || fail "timeline opens" "$(screen tl)"
n=$(screen tl | grep -c "Aalst  *deadline  *⚠")
flat=$(screen tl | tr -s ' \n' ' ')   # wrapped readings joined again
[ "$n" = 2 ] && echo "$flat" | grep -q "Vrijdag 2 juni 2023 om 23u59 (summary)" && echo "$flat" | grep -q "vrijdag 9 juni 2023 om 23u59 (table)" \
  && pass "the timeline flags both of Aalst's deadlines with every reading" || fail "timeline Aalst deadlines ($n flagged)" "$(screen tl)"
screen tl | grep -q "── today " && pass "today's line is drawn" || fail "timeline today line" "$(screen tl)"
T send-keys -t tl g Down Down Down Down Down Down
wait_for tl "▶ 2023-06-02  Aalst  *deadline" && pass "the selection moves to Aalst's first deadline" || fail "timeline select" "$(screen tl)"
T send-keys -t tl Enter
wait_for tl "lokaal › Aalst › Timing" && pass "Enter opens Aalst's Timing section" || fail "timeline Enter" "$(screen tl)"
T send-keys -t tl Escape
wait_for tl "lokaal › Timeline" && wait_for tl "▶ 2023-06-02  Aalst" && pass "Esc comes back to the timeline, same milestone" || fail "timeline Esc" "$(screen tl)"
T send-keys -t tl q
st=$(wait_exit tl); [ "$st" = 0 ] && pass "q quits the timeline with status 0" || fail "timeline q" "$st"
# The fit view: an offer typed key by key (the needs are ranked again on each), the best hit
# opened in its region, Esc back to the view with the offer kept.
OFFER="wij bieden schuldhulpverlening en budgetbeheer"
start fit 80 24 "$BIN"
wait_for fit "1/5 regions"
T send-keys -t fit f
wait_for fit "Where does my offer fit" && wait_for fit "Enter ↓ to the hits" && ! screen fit | grep -q "? help" \
  && pass "f opens the fit view, typing; the footer shows the typing keys" || fail "fit view opens" "$(screen fit)"
T send-keys -t fit -l "$OFFER"
wait_for fit "Offer: .*budgetbeheer" && wait_for fit "Aalst  *S11 .*100%" && wait_for fit "why: schuldhulpverlening→schuldenlast" \
  && pass "typing the offer puts Aalst's finances need first, with why" || fail "fit view ranks the offer" "$(screen fit)"
T send-keys -t fit Enter
wait_for fit "▶ Aalst  *S11" && pass "Enter goes from the offer to the hits" || fail "fit view list" "$(screen fit)"
T send-keys -t fit Enter
wait_for fit "Aalst › Services" && wait_for fit "11. Need" && wait_for fit "S11 · Zelf geen structuur" \
  && pass "Enter opens the hit in its region's Services, scrolled to it" || fail "fit view opens a hit" "$(screen fit)"
T send-keys -t fit Escape
wait_for fit "Offer: .*budgetbeheer" && wait_for fit "▶ Aalst  *S11" && pass "Esc comes back to the fit view with the offer kept" \
  || fail "fit view Esc back" "$(screen fit)"
T send-keys -t fit q
st=$(wait_exit fit); [ "$st" = 0 ] && pass "q quits from the fit view with status 0" || fail "fit view q" "$st"
echo "aligned comparison and more like this"
start align 120 40 "$BIN compare leuven zuidwest"
wait_for align "Compare: Leuven, Zuidwest Rand" && pass "compare opens the browser's comparison" || fail "compare opens" "$(screen align)"
T send-keys -t align ']' ']' ']' ']' ']' ']'
wait_for align "9 of 10 service types shared (8 the same, 1 similar), 1 only in Leuven" && wait_for align "^same  *= · S1 · Ontwikkelen" \
  && pass "Leuven and Zuidwest Rand: services aligned, summary shown" || fail "aligned services" "$(screen align)"
T send-keys -t align d
wait_for align "only in Leuven" && wait_gone align "^same " && pass "only differences hides the shared services" || fail "aligned only differences" "$(screen align)"
T send-keys -t align q
st=$(wait_exit align); [ "$st" = 0 ] && pass "q leaves the comparison with status 0" || fail "compare q" "$st"
start simi 80 24 "$BIN"
wait_for simi "1/5 regions"
T send-keys -t simi 3 Right Right
i=0; while [ $i -lt 60 ]; do T send-keys -t simi Down; i=$((i + 1)); done
T send-keys -t simi m
wait_for simi "lokaal › More like this" && wait_for simi "Aalst S3 · Huisvestingsproblemen" && wait_for simi "▶ Leuven S9 .*Huisvesting op maat" \
  && pass "m on Aalst's housing need lists the housing needs first" || fail "more like this" "$(screen simi)"
T send-keys -t simi Enter
wait_for simi "Leuven › Services" && pass "Enter opens the similar item in its region" || fail "similar enter" "$(screen simi)"
T send-keys -t simi Escape
wait_for simi "lokaal › More like this" && pass "Esc returns to the list" || fail "similar esc" "$(screen simi)"
T send-keys -t simi q
wait_exit simi > /dev/null
out=$("$BIN" similar aalst S30 2>&1); st=$?
[ $st = 64 ] && echo "$out" | grep -q "it has C1–C2 and S1–S12" && pass "similar: an unknown item exits 64 and names the items" || fail "similar unknown item" "$st $out"

# The signal matrix (INT, TERM, HUP, QUIT, TSTP+fg, a runtime trap × idle, typing a
# search, a resize burst) and the SIGKILL case that must fail the probes.
. "$ROOT/Tests/e2e/signals.sh"

start term 80 24 "TERM=dumb $BIN"
st=$(wait_exit term); screen term | grep -q "cannot start the browser: TERM is \"dumb\"" && [ "$st" != 0 ] && pass "TERM=dumb says why and exits $st" || fail "TERM=dumb" "$(screen term)"

# The hostile-text corpus in every displayed field, the bytes written to the terminal
# recorded and checked (Tests/e2e/hostile.py).
. "$ROOT/Tests/e2e/hostile.sh"

echo "copying contacts"
T set-option -s set-clipboard on
start copy 80 24 "env -u DISPLAY -u WAYLAND_DISPLAY $BIN"
wait_for copy "1/5 regions"
i=0
for expect in "Johannes Rumbaut <Johannes.Rumbaut@aalst.be>, +32 53 72 39 47" \
              "Wim Mommeyer <info@bijzig.be>, +32 493 41 52 75" \
              "Guido Vangoidsenhoven <guido.vangoidsenhoven@mechelen.be>, +32 15 29 83 02" \
              "Anne Moyaerts <anne.moyaerts@vdab.be>, +32 499 94 88 22" \
              "Silke Van Esch <silke.vanesch@vdab.be>, +32 494 62 42 42"; do
  name=${expect%% <*}
  T send-keys -t copy Home
  j=0; while [ $j -lt $i ]; do T send-keys -t copy Down; j=$((j + 1)); done
  T send-keys -t copy 8 y
  if wait_for copy "Copied $name's contact via OSC 52 — not confirmed" && [ "$(T show-buffer)" = "$expect" ]; then
    pass "y copies '$expect' byte for byte"
  else fail "copy region $i" "buffer: $(T show-buffer) / $(screen copy | tail -1)"; fi
  i=$((i + 1))
done
T send-keys -t copy Y
wait_for copy "Copied the contacts of Zuidwest Rand" && T show-buffer | grep -q "^Onderwerp: kandidatuur Capacity Building Zuidwest Rand$" \
  && pass "Y copies the block with the submission address and subject" || fail "Y block" "$(T show-buffer)"
T send-keys -t copy q

mkdir -p "$TMPD/ok" "$TMPD/fail" "$TMPD/hang" "$TMPD/none"
printf '#!/bin/sh\ncat > %s/xclip.out\n' "$TMPD" > "$TMPD/ok/xclip"
printf '#!/bin/sh\ncat > /dev/null; echo noise; exit 1\n' > "$TMPD/fail/xclip"
printf '#!/bin/sh\nexec sleep 30\n' > "$TMPD/hang/xclip"
chmod +x "$TMPD"/ok/xclip "$TMPD"/fail/xclip "$TMPD"/hang/xclip
start fok 80 24 "env -u WAYLAND_DISPLAY DISPLAY=:99 PATH=$TMPD/ok:/usr/bin:/bin $BIN"
wait_for fok "1/5 regions"; T send-keys -t fok 8 y
wait_for fok "Copied Johannes Rumbaut's contact via xclip" && [ "$(cat "$TMPD/xclip.out")" = "Johannes Rumbaut <Johannes.Rumbaut@aalst.be>, +32 53 72 39 47" ] \
  && pass "a native tool that succeeds is used and named" || fail "fake xclip ok" "$(screen fok | tail -1)"
start ffail 80 24 "env -u WAYLAND_DISPLAY DISPLAY=:99 PATH=$TMPD/fail:/usr/bin:/bin $BIN --clipboard command"
wait_for ffail "1/5 regions"; T send-keys -t ffail 8 y
wait_for ffail "select this text by hand" && ! screen ffail | grep -q noise \
  && pass "a failing tool: popup with the text, its output never on screen" || fail "fake xclip fail" "$(screen ffail)"
T send-keys -t ffail Escape
wait_gone ffail "select this text by hand" && pass "Esc closes the popup" || fail "popup close"
start fhang 80 24 "env -u WAYLAND_DISPLAY DISPLAY=:99 PATH=$TMPD/hang:/usr/bin:/bin $BIN"
wait_for fhang "1/5 regions"; T send-keys -t fhang 8 y
wait_for fhang "Copied Johannes Rumbaut's contact via OSC 52" 8 && pass "a hanging tool times out and OSC 52 takes over" || fail "fake xclip hang" "$(screen fhang | tail -1)"
T send-keys -t fhang Down
wait_for fhang "Haspengouw › Contacts" && pass "the UI answers keys after the timeout" || fail "responsive after hang"
start fnone 80 24 "env -u WAYLAND_DISPLAY DISPLAY=:99 PATH=$TMPD/none:/usr/bin:/bin $BIN --clipboard command"
wait_for fnone "1/5 regions"; T send-keys -t fnone 8 y
wait_for fnone "no clipboard tool found" && pass "a missing tool is reported, with the popup" || fail "missing tool" "$(screen fnone)"

echo
printf '%s passed, %s failed\n' "$PASS" "$FAIL"
[ "$FAIL" = 0 ] || { printf "failed:$FAILED_NAMES\n"; exit 1; }
