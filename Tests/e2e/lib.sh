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

