# The signal matrix: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP then fg, and a runtime
# trap, each while idle, while typing a search (prompt showing) and during a burst of
# resizes. After each: the exit status (128+signal; 0 after fg and q) and the terminal
# as it was (pane flags and `stty -a`). Sourced by run.sh (BIN, TMPD, lib.sh).

echo "signals × states"
signals_t0=$(date +%s)
# A Swift trap is SIGILL (ud2) on x86-64, SIGTRAP (brk) on arm64.
case $(uname -m) in aarch64|arm64) trapnum=5 ;; *) trapnum=4 ;; esac
signum() { case $1 in HUP) echo 1 ;; INT) echo 2 ;; QUIT) echo 3 ;; TERM) echo 15 ;; trap) echo $trapnum ;; esac; }

# setup_state NAME STATE: brings the browser in session NAME into the state.
setup_state() {
  case $2 in
    idle) : ;;
    search) T send-keys -t "$1" / r o; wait_for "$1" "^/ro▏" 5 || fail "$1: search prompt" "$(screen "$1")" ;;
    resize) burst_start "$1"; burst_wait "$1" 20 || fail "$1: resize burst did not start" ;;
  esac
}

for sig in INT TERM HUP QUIT trap; do
  for state in idle search resize; do
    name=sg-$sig-$state
    want=$((128 + $(signum $sig))); env=""
    [ $sig = trap ] && env="LOKAAL_TEST_CRASH=key"
    start "$name" 80 24 "ulimit -c 0; $env $BIN"
    wait_for "$name" "1/5 regions" || { fail "$name: no first frame" "$(screen "$name")"; continue; }
    pid=$(app_pid "$name")
    setup_state "$name" $state
    if [ $sig = trap ]; then T send-keys -t "$name" C-t; else kill -s $sig "$pid"; fi
    [ $state = resize ] && burst_wait "$name" 30
    st=$(wait_exit "$name")
    label=$state; [ $state = search ] && label="typing a search"
    [ $state = resize ] && burst_stop "$name" && label="in a resize burst ($RESIZES resizes)"
    r=$(restored "$name"); rr=$?
    what="SIG$sig"; [ $sig = trap ] && what="runtime trap (SIG$(kill -l $trapnum))"
    if [ "$st" = "$want" ] && [ $rr = 0 ]; then pass "$what, $label: status $st, terminal restored"
    else fail "$what, $label: status $st (want $want)" "$r"; fi
    if [ $sig = trap ]; then
      T capture-pane -p -J -S - -t "$name" | grep -q "deliberate crash" || fail "$name: the crash message is not readable after the UI closes" "$(screen "$name")"
    fi
  done
done

# SIGTSTP needs a shell with job control: the browser is stopped (by Ctrl-Z, or by the
# signal sent to its process group as the terminal would), `fg` brings it back in the
# same state, q quits with status 0.
for state in idle search resize; do
  name=sg-TSTP-$state
  T kill-session -t "=$name" 2>/dev/null
  T new-session -d -s "$name" -x 80 -y 24 -e LC_ALL=C.UTF-8 -e SWIFT_BACKTRACE=enable=no "bash --norc --noprofile -i"
  wait_for "$name" '\$' 5
  T send-keys -t "$name" "PS1='READY\$ '; stty -a > $TMPD/$name.stty-before; echo S1-\$((1+1))" Enter
  wait_for "$name" "^S1-2" 5 && T send-keys -t "$name" "$BIN" Enter
  wait_for "$name" "1/5 regions" || { fail "$name: no first frame" "$(screen "$name")"; continue; }
  pid=$(app_pid "$name")
  setup_state "$name" $state
  case $state in
    search) T send-keys -t "$name" C-z ;;
    *) kill -s TSTP -- "-$pid" ;;
  esac
  [ $state = resize ] && burst_wait "$name" 30
  ok=1; why=""
  wait_for "$name" "Stopped" 5 || { ok=0; why="not stopped"; }
  flags=$(T display -p -t "$name" '#{alternate_on}#{cursor_flag}')
  [ "$flags" = 01 ] || { ok=0; why="$why; while stopped: pane flags $flags (want 01: main screen, cursor on)"; }
  [ $state = resize ] && burst_stop "$name" && T resize-window -t "=$name:" -x 80 -y 24
  T send-keys -t "$name" "fg" Enter
  case $state in
    search) wait_for "$name" "^/ro▏" 5 || { ok=0; why="$why; search prompt gone after fg"; }; T send-keys -t "$name" Escape ;;
    *) wait_for "$name" "1/5 regions" 5 || { ok=0; why="$why; no browser after fg"; } ;;
  esac
  T send-keys -t "$name" q
  wait_gone "$name" "regions" 5
  T send-keys -t "$name" "echo EXIT=\$? > $TMPD/$name.exit; stty -a > $TMPD/$name.stty-after; echo S2-\$((1+1))" Enter
  wait_for "$name" "^S2-2" 5
  st=$(wait_exit "$name" 5)
  r=$(restored "$name") || { ok=0; why="$why; $r"; }
  [ "$st" = 0 ] || { ok=0; why="$why; status $st"; }
  label=$state; [ $state = search ] && label="typing a search (Ctrl-Z)"
  [ $state = resize ] && label="in a resize burst ($RESIZES resizes)"
  [ $ok = 1 ] && pass "SIGTSTP, $label, then fg: same state, q exits 0, terminal restored" || fail "SIGTSTP, $label" "$why $(screen "$name")"
done

# LOKAAL_TEST_CRASH=1: the trap right after the first frame.
start crash1 80 24 "ulimit -c 0; LOKAAL_TEST_CRASH=1 $BIN"
st=$(wait_exit crash1); r=$(restored crash1); rr=$?
[ "$st" = $((128 + trapnum)) ] && [ $rr = 0 ] && T capture-pane -p -J -S - -t crash1 | grep -q "deliberate crash" \
  && pass "trap right after the first frame: status $st, restored, message readable" || fail "LOKAAL_TEST_CRASH=1 (status $st)" "$r"

# libstemmer is opened when a word is first stemmed (here, typing in the fit view). When it
# cannot be, lokaal exits 127 from inside the browser: the terminal must come back and the
# message be readable. The library is hidden in a private mount namespace (root and
# unshare -m; the case says when it is skipped).
stemlib=$(ldconfig -p 2>/dev/null | awk '/libstemmer\.so\.0d / {print $NF; exit}')
[ -n "$stemlib" ] && stemlib=$(readlink -f "$stemlib")
if [ -n "$stemlib" ] && unshare -m sh -c "mount --bind /dev/null '$stemlib'" 2>/dev/null; then
  printf '#!/bin/sh\nexec unshare -m sh -c "mount --bind /dev/null %s && exec \\"\\$@\\"" sh "$@"\n' "$stemlib" > "$TMPD/nostem.sh"
  chmod +x "$TMPD/nostem.sh"
  out=$("$TMPD/nostem.sh" "$BIN" fit schuldhulpverlening 2>&1); st=$?
  [ $st = 127 ] && printf '%s\n' "$out" | grep -q "^lokaal: cannot load libstemmer ([^ ]*libstemmer.so.0d: .*); install it: apt-get install libstemmer0d$" \
    && pass "fit without libstemmer: status 127, one line naming the library" || fail "fit without libstemmer (status $st)" "$out"
  start nostem 80 24 "ulimit -c 0; $TMPD/nostem.sh $BIN"
  if wait_for nostem "1/5 regions"; then
    T send-keys -t nostem f s c h u l d
    st=$(wait_exit nostem); r=$(restored nostem); rr=$?
    [ "$st" = 127 ] && [ $rr = 0 ] && T capture-pane -p -J -S - -t nostem | grep -q "cannot load libstemmer" \
      && pass "fit view without libstemmer: status 127, restored, message readable" || fail "fit view without libstemmer (status $st)" "$r $(screen nostem)"
  else fail "nostem: no first frame" "$(screen nostem)"; fi
else
  printf '  skip  libstemmer hidden (needs root and unshare -m)\n'
fi

start kill9 80 24 "$BIN"
wait_for kill9 "1/5 regions"
kill -KILL "$(app_pid kill9)"
wait_exit kill9 > /dev/null
if restored kill9 > /dev/null; then fail "SIGKILL must leave the probes failing (they would be vacuous)"; else pass "SIGKILL case fails the probes, so they can fail"; fi
echo "  (signals: $(( $(date +%s) - signals_t0 )) s)"
