# Hostile text: the corpus of Tests/e2e/hostile.py in every displayed text field of the
# five regions, browsed in tmux while every byte lokaal writes is recorded (pipe-pane).
# Sourced by run.sh (uses BIN, ROOT, TMPD and the lib.sh helpers).

echo "hostile text"
HOSTILE="python3 $ROOT/Tests/e2e/hostile.py"
HD=$TMPD/hostile-data
hostile_t0=$(date +%s)

summary=$($HOSTILE data Data "$HD") && entries=$($HOSTILE corpus | wc -l)
[ "${entries:-0}" -ge 120 ] && pass "corpus of $entries hostile strings in every displayed text field ($summary)" \
  || fail "hostile data set" "$summary"

# --- Fields the validator checks strictly cannot hold such text: the file is refused,
# with one clean line (stderr reaches the user's terminal).
$HOSTILE strict Data "$TMPD/strict" > "$TMPD/strict.list"
while IFS='	' read -r what dir; do
  "$BIN" --data "$dir" regions > "$dir/regions.out" 2> "$dir/regions.err"; echo $? > "$dir/regions.rc"
  "$BIN" validate --data "$dir" > "$dir/validate.out" 2>&1; echo $? > "$dir/validate.rc"
done < "$TMPD/strict.list"
why=$($HOSTILE refusals "$TMPD/strict.list")
[ $? = 0 ] && pass "$(wc -l < "$TMPD/strict.list") strictly validated fields refuse hostile text: exit 65, one clean line (regions and validate)" \
  || fail "strict fields" "$why"

# The same refusal on a terminal: nothing but the line reaches it.
dir=$(sed -n '2s/.*	//p' "$TMPD/strict.list")  # the enrichment date: the message repeats the text
start_piped hrefuse 80 24 "TERM=xterm-256color $BIN --data $dir"
T set -s set-clipboard on
T set-buffer -b probe "untouched"
title0=$(T display -p -t hrefuse '#{pane_title}')
st=$(wait_exit hrefuse)
why=$($HOSTILE scan "$TMPD/hrefuse.raw" 0 nocurses 2>/dev/null)
[ "$st" = 65 ] && [ -z "$why" ] && [ "$(T display -p -t hrefuse '#{pane_title}')" = "$title0" ] && screen hrefuse | grep -q "^lokaal: .*: at \\$" \
  && pass "a refused file on a terminal: exit 65, no escape sequence written, title kept" || fail "refusal on a terminal (exit $st)" "$why"

# --- The browser on the hostile data. A clean run of the same size gives the reference
# screen (where the borders and the header's end are) and the terminal modes.
COLS=140; ROWS=45
start href $COLS $ROWS "TERM=xterm-256color $BIN"
wait_for href "1/5 regions" || fail "clean reference screen" "$(screen href; T ls)"
screen href > "$TMPD/ref.txt"; ref_modes=$(modes href)
T send-keys -t href q

SHOTS=$TMPD/shots; mkdir -p "$SHOTS"
STEP_TIMEOUT=15
start_piped hmain $COLS $ROWS "TERM=xterm-256color $BIN --data $HD"
title0=$(T display -p -t hmain '#{pane_title}')
wait_for hmain "1/5 regions" 20 && screen hmain > "$SHOTS/0000.txt"
STEP_PID=$(app_pid hmain)
[ "$(modes hmain)" = "$ref_modes" ] && pass "hostile first screen: terminal modes as in a clean run" || fail "modes at start" "$(modes hmain) / $ref_modes"

stuck=""
# The comparison first, from the region list: mark four regions (the status line names them).
step hmain Space; step hmain Down; step hmain Space; step hmain Down; step hmain Space; step hmain Down; step hmain Space
step hmain c || stuck="$stuck compare"
for k in PageDown PageDown d ']' ']' '['; do step hmain "$k" || stuck="$stuck compare-$k"; done
step hmain Escape; step hmain g

# Every region, every section, every challenge opened; each text paged to its end. A
# region opens on the section the previous one was left at: that one goes first.
challenges="2 3 4 4 4"
r=0; here=1
for nch in $challenges; do
  r=$((r + 1))
  if [ $r -gt 1 ]; then step hmain Left Left; step hmain Down || stuck="$stuck region$r"; fi
  step hmain Right Right
  order="$here $(echo 1 2 3 4 5 6 7 8 9 | tr ' ' '\n' | grep -vx "$here" | tr '\n' ' ')"
  for sec in $order; do
    [ "$sec" = "$here" ] || step hmain "$sec" || stuck="$stuck r$r/s$sec"
    case $sec in
      2) j=0
         while [ $j -lt "$nch" ]; do
           j=$((j + 1))
           step hmain Enter || stuck="$stuck r$r/c$j"
           page_through hmain 8 || stuck="$stuck r$r/c$j/pages"
           step hmain Escape
           [ $j -lt "$nch" ] && step hmain Down
         done ;;
      8) set -- $(scrollpos hmain); [ $# = 3 ] && [ "$2" -lt "$3" ] && step hmain G ;;
      *) page_through hmain 8 || stuck="$stuck r$r/s$sec/pages" ;;
    esac
  done
  here=$sec
done

# Personas (and their filter), search across regions, the theme matrix, help. (With the
# 1 MiB line every frame of the search costs seconds in a debug build: few steps there.)
step hmain p || stuck="$stuck personas"
step hmain PageDown
step hmain / ; step hmain a; step hmain Enter; step hmain Escape
step hmain s || stuck="$stuck search"
step hmain W; step hmain Enter; step hmain Escape
step hmain t || stuck="$stuck themes"
step hmain Enter; step hmain Escape; step hmain Right; step hmain Down; step hmain Enter; step hmain Escape; step hmain Escape
step hmain '?' || stuck="$stuck help"
step hmain q; step hmain Escape
[ -z "$stuck" ] && pass "browsed every view of the hostile data ($SHOT screens)" || fail "keys without effect:$stuck"

# Other sizes: stacked panes, too small, very wide.
OTHER=$TMPD/shots-other; mkdir -p "$OTHER"
for size in 50x20 30x8 200x50; do
  T capture-pane -e -p -t hmain > "$TMPD/hmain.before"
  T resize-window -t hmain -x "${size%x*}" -y "${size#*x}"
  settle hmain "$TMPD/hmain.before" 8
  screen hmain > "$OTHER/$size.txt"
done
T capture-pane -e -p -t hmain > "$TMPD/hmain.before"
T resize-window -t hmain -x $COLS -y $ROWS; settle hmain "$TMPD/hmain.before" 8
end_modes=$(modes hmain)
T send-keys -t hmain q
st=$(wait_exit hmain 20)

why=$($HOSTILE scan "$TMPD/hmain.raw" 2> "$TMPD/scan.summary")
[ -z "$why" ] && pass "no hostile byte reached the terminal: only ncurses' own sequences, no C0/C1/bidi ($(sed 's/^# //' "$TMPD/scan.summary"))" \
  || fail "raw output to the terminal" "$why"
why=$($HOSTILE selftest "$TMPD/hmain.raw")
[ $? = 0 ] && pass "the scan is not vacuous: $(echo "$why" | head -1)" || fail "scan self-test" "$why"
$HOSTILE screens $COLS "$TMPD/ref.txt" "$SHOTS"/*.txt > "$TMPD/screens.out"; rc=$?
[ $rc = 0 ] && pass "every screen: no control characters, rows fit, borders and header line up" || fail "screens" "$(grep -v '^ids \|^placeholders ' "$TMPD/screens.out")"
for size in 50x20 30x8 200x50; do $HOSTILE screens "${size%x*}" - "$OTHER/$size.txt" > "$TMPD/screens-$size.out" || break; done
[ $? = 0 ] && pass "at 50x20, 30x8 and 200x50 too" || fail "screens at $size" "$(grep -v '^ids \|^placeholders ' "$TMPD/screens-$size.out")"
sed -n 's/^ids //p' "$TMPD/screens.out" | tr ' ' '\n' > "$TMPD/seen.ids"
missing=$($HOSTILE corpus | cut -f1 | sed 's/^h//' | grep -vxF -f "$TMPD/seen.ids")
[ -z "$missing" ] && pass "all $entries corpus entries were drawn on screen" \
  || fail "corpus entries never drawn ($(grep -c . "$TMPD/seen.ids") of $entries seen)" "$(echo $missing)"
ph=$(sed -n 's/^placeholders //p' "$TMPD/screens.out")
why=$($HOSTILE placeholders "$SHOTS"/*.txt); rc=$?
echo "$ph" | grep -q '␛' && echo "$ph" | grep -q '␇' && echo "$ph" | grep -q '�' && [ $rc = 0 ] \
  && pass "controls show as placeholders ($ph): $why, each exactly" || fail "placeholders" "$ph $why"
[ "$(T display -p -t hmain '#{pane_title}')" = "$title0" ] && ! T display -p -t hmain '#{window_name} #{pane_path}' | grep -q 'PWNED\|evil' \
  && pass "pane title, window name and path untouched" || fail "title" "$(T display -p -t hmain '#{pane_title} / #{window_name} / #{pane_path}')"
[ "$(T list-buffers -F '#{buffer_name}')" = probe ] && [ "$(T show-buffer -b probe)" = untouched ] \
  && pass "paste buffers (the clipboard) untouched" || fail "buffers" "$(T list-buffers)"
[ "$end_modes" = "$ref_modes" ] && pass "terminal modes after browsing as in a clean run" || fail "modes at the end" "$end_modes / $ref_modes"
[ "$st" = 0 ] && r=$(restored hmain) && pass "q after the hostile run: status 0, terminal restored" || fail "hostile quit ($st)" "$r"

# --- A deliberate copy may write one OSC 52; its payload must be clean and it must be
# the only sequence of its kind.
start_piped hcopy $COLS $ROWS "env -u DISPLAY -u WAYLAND_DISPLAY TERM=xterm-256color $BIN --data $HD --clipboard osc52"
wait_for hcopy "1/5 regions" 20
STEP_PID=$(app_pid hcopy)
step hcopy Down Down Down; step hcopy 8; step hcopy y
wait_for hcopy "via OSC 52" 10
T send-keys -t hcopy q; wait_exit hcopy 20 > /dev/null
n52=$($HOSTILE osc52 "$TMPD/hcopy.raw" 2>&1 > "$TMPD/hcopy.payload")
why=$($HOSTILE scan "$TMPD/hcopy.raw" 1 2>/dev/null)
[ "$n52" = 1 ] && [ -z "$why" ] && $HOSTILE clean "$TMPD/hcopy.payload" > /dev/null \
  && grep -q "Anne Moyaerts.*anne.moyaerts@vdab.be" "$TMPD/hcopy.payload" \
  && pass "y on a hostile contact: one OSC 52, its payload sanitised: $(cat "$TMPD/hcopy.payload")" \
  || fail "hostile copy ($n52 OSC 52)" "$(cat -v "$TMPD/hcopy.payload") $why"
T show-buffer > "$TMPD/hcopy.buffer" 2>/dev/null
[ "$(cat "$TMPD/hcopy.buffer")" = "$(cat "$TMPD/hcopy.payload")" ] && [ "$(T list-buffers | wc -l)" = 2 ] \
  && pass "tmux's buffer holds exactly that payload" || fail "copied buffer" "$(T list-buffers)"
T delete-buffer 2>/dev/null
echo "  (hostile text: $(( $(date +%s) - hostile_t0 )) s)"
