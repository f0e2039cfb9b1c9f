# Helpers for the end-to-end tests: the real binary in a detached tmux session,
# driven with send-keys, read with capture-pane, polled (never fixed sleeps).
# Every session runs on a private tmux server socket so tests never touch the user's tmux.

SOCK="lokaal-e2e-$$"
T() { tmux -L "$SOCK" -f /dev/null "$@"; }
PASS=0; FAIL=0; FAILED_NAMES=""

pass() { PASS=$((PASS + 1)); printf '  ok    %s\n' "$1"; }
fail() { FAIL=$((FAIL + 1)); FAILED_NAMES="$FAILED_NAMES\n  $1"; printf '  FAIL  %s\n' "$1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/        /'; }

# start NAME COLS ROWS CMD... : a fresh session running CMD inside sh, which then waits.
# TERM in the pane is tmux's default-terminal (tmux-256color: it matches the keys tmux
# sends), whatever -e says; a test that wants another sets it in CMD.
start() {
  name=$1; cols=$2; rows=$3; shift 3
  T kill-session -t "=$name" 2>/dev/null   # "=": exactly this name, not one it begins
  T new-session -d -s "$name" -x "$cols" -y "$rows" \
    -e LC_ALL=C.UTF-8 -e SWIFT_BACKTRACE=enable=no -e NO_COLOR= \
    "sh -c 'stty -a > $TMPD/$name.stty-before 2>/dev/null; $*; echo EXIT=\$? > $TMPD/$name.exit; stty -a > $TMPD/$name.stty-after 2>/dev/null; exec sleep 600'"
  T set-option -t "$name" -g remain-on-exit on >/dev/null 2>&1
}

screen() { T capture-pane -p -t "$1"; }

# wait_for NAME PATTERN [TIMEOUT_S]: polls the pane every 30 ms until grep -q PATTERN holds.
wait_for() {
  name=$1; pat=$2; limit=${3:-10}
  end=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -le "$end" ]; do
    screen "$name" | grep -q -- "$pat" && return 0
    sleep 0.03
  done
  return 1
}

wait_gone() {
  name=$1; pat=$2; limit=${3:-10}
  end=$(( $(date +%s) + limit ))
  while [ "$(date +%s)" -le "$end" ]; do
    screen "$name" | grep -q -- "$pat" || return 0
    sleep 0.03
  done
  return 1
}

# wait_exit NAME: polls for the exit-status file; prints the status.
wait_exit() {
  name=$1; end=$(( $(date +%s) + ${2:-10} ))
  while [ "$(date +%s)" -le "$end" ]; do
    [ -s "$TMPD/$name.stty-after" ] && [ -s "$TMPD/$name.exit" ] && { sed 's/EXIT=//' "$TMPD/$name.exit"; return 0; }
    sleep 0.03
  done
  echo timeout
}

pane_pid() { T display -p -t "$1" '#{pane_pid}'; }

# The lokaal process inside a session (child of the pane's sh).
app_pid() {
  pp=$(pane_pid "$1")
  end=$(( $(date +%s) + 5 ))
  while [ "$(date +%s)" -le "$end" ]; do
    p=$(pgrep -P "$pp" -f 'lokaal' | head -1)
    [ -n "$p" ] && { echo "$p"; return 0; }
    sleep 0.03
  done
}

# Terminal restored: not in the alternate screen, cursor visible, keypad off, and stty unchanged.
restored() {
  name=$1
  flags=$(T display -p -t "$name" '#{alternate_on}#{cursor_flag}#{keypad_cursor_flag}')
  [ "$flags" = "010" ] || { echo "pane flags $flags (want 010)"; return 1; }
  # The window size may differ (the test resizes); every mode must not.
  sed 's/rows [0-9]*; columns [0-9]*;//' "$TMPD/$name.stty-before" > "$TMPD/$name.b"
  sed 's/rows [0-9]*; columns [0-9]*;//' "$TMPD/$name.stty-after" > "$TMPD/$name.a"
  cmp -s "$TMPD/$name.b" "$TMPD/$name.a" || { echo "stty differs:"; diff "$TMPD/$name.b" "$TMPD/$name.a"; return 1; }
  return 0
}

# --- Stepping through screens (hostile.sh, signals.sh) ---

# busy PID: prints the process' state and CPU ticks ("S 1234"), to tell when it is idle.
busy() {
  read -r pstat < "/proc/$1/stat" 2>/dev/null || { echo gone; return; }
  set -- ${pstat##*) }
  echo "$1 $(( ${12} + ${13} ))"
}

# settle NAME BEFORE [TIMEOUT_S]: polls until the pane (text and attributes) differs from
# the file BEFORE, then until the program is idle: asleep, no CPU used and the pane
# unchanged between two polls (a slow frame can arrive after a quick one). 1 when the
# pane never changes. Needs STEP_PID (the program) for the idle test.
settle() {
  name=$1; before=$2; limit=${3:-5}
  end=$(( $(date +%s) + limit ))
  : > "$TMPD/$name.last"; lastcpu=""
  while [ "$(date +%s)" -le "$end" ]; do
    T capture-pane -e -p -t "$name" > "$TMPD/$name.now"
    cpu=$(busy "${STEP_PID:-0}")
    if ! cmp -s "$TMPD/$name.now" "$before"; then
      if cmp -s "$TMPD/$name.now" "$TMPD/$name.last"; then
        case $cpu in gone) return 0 ;; "S "*) [ "$cpu" = "$lastcpu" ] && return 0 ;; esac
      fi
      cp "$TMPD/$name.now" "$TMPD/$name.last"
    fi
    lastcpu=$cpu
    sleep 0.03
  done
  return 1
}

# step NAME KEY...: sends keys and waits for the screen to settle; then saves the plain
# capture as the next numbered file in $SHOTS (when set). 1 when nothing changed.
SHOT=0
step() {
  name=$1; shift
  T capture-pane -e -p -t "$name" > "$TMPD/$name.before"
  T send-keys -t "$name" "$@"
  settle "$name" "$TMPD/$name.before" "${STEP_TIMEOUT:-5}"; rc=$?
  if [ -n "${SHOTS:-}" ]; then
    SHOT=$((SHOT + 1))
    screen "$name" > "$SHOTS/$(printf '%04d' "$SHOT").txt"
  fi
  return $rc
}

# scrollpos NAME: the content pane's "FIRST LAST TOTAL" from the footer, or nothing.
scrollpos() { screen "$1" | tail -1 | sed -n 's/.* \([0-9][0-9]*\)–\([0-9][0-9]*\)\/\([0-9][0-9]*\) *$/\1 \2 \3/p'; }

# page_through NAME MAXPAGES: PgDn until the footer says the end is shown (at most
# MAXPAGES pages, then G: the end), so every line of the text is drawn at least once.
# A text of more than 20 pages (the 1 MiB line) gets two pages and its end.
page_through() {
  name=$1; max=$2; n=0
  while :; do
    set -- $(scrollpos "$name")
    [ $# = 3 ] || return 0            # the text fits: nothing to scroll
    [ "$2" -ge "$3" ] && return 0     # the end is on screen
    [ "$n" = 0 ] && [ "$3" -gt $(( 20 * $2 )) ] && max=2
    if [ "$n" -ge "$max" ]; then step "$name" G; return 0; fi
    step "$name" PageDown || return 1
    n=$((n + 1))
  done
}

# start_piped NAME COLS ROWS CMD...: like start, but every byte the program writes to the
# terminal is also appended to $TMPD/NAME.raw (tmux pipe-pane), from its very first byte.
start_piped() {
  name=$1; cols=$2; rows=$3; shift 3
  rm -f "$TMPD/$name.go" "$TMPD/$name.raw"
  start "$name" "$cols" "$rows" "until [ -e $TMPD/$name.go ]; do sleep 0.02; done; $*"
  T pipe-pane -o -t "$name" "cat >> $TMPD/$name.raw"
  : > "$TMPD/$name.go"
}

# Terminal state tmux keeps for a pane that hostile output could change (the cursor's
# visibility is left out: it follows the selection).
MODE_FLAGS='#{alternate_on} #{insert_flag} #{keypad_cursor_flag} #{keypad_flag} #{mouse_any_flag} #{mouse_button_flag} #{mouse_standard_flag} #{mouse_sgr_flag} #{mouse_utf8_flag} #{origin_flag} #{wrap_flag} #{scroll_region_upper} #{scroll_region_lower}'
modes() { T display -p -t "$1" "$MODE_FLAGS"; }

# burst_start NAME: resizes session NAME's window in a background loop (sizes from 30x8,
# too small, to 119x32) until burst_stop, at most 600 times; $TMPD/NAME.resizes counts them.
burst_start() {
  bname=$1; rm -f "$TMPD/$bname.stop"; echo 0 > "$TMPD/$bname.resizes"
  ( i=0
    while [ ! -e "$TMPD/$bname.stop" ] && [ $i -lt 600 ]; do
      i=$((i + 1))
      T resize-window -t "=$bname:" -x $((30 + i * 7 % 90)) -y $((8 + i * 5 % 25)) 2>/dev/null
      echo $i > "$TMPD/$bname.resizes"
    done ) &
  BURST=$!
}

# burst_wait NAME N: polls until the burst has made at least N resizes.
burst_wait() {
  end=$(( $(date +%s) + 10 ))
  while [ "$(date +%s)" -le "$end" ]; do
    done_=$(cat "$TMPD/$1.resizes" 2>/dev/null)
    [ "${done_:-0}" -ge "$2" ] && return 0
    sleep 0.01
  done
  return 1
}

# burst_stop NAME: ends the burst (not in a subshell: it waits for the loop); sets RESIZES.
burst_stop() { : > "$TMPD/$1.stop"; wait "$BURST" 2>/dev/null; RESIZES=$(cat "$TMPD/$1.resizes"); }
