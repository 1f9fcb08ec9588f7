#!/bin/bash
# Usage: bench/at_name_after_open.sh BINARY CORPUS.jsonl (the 100k generated corpus: 100000
# articles, 20000 of which name Alexander Scherbak). Opens the reader in tmux (session "atn",
# its own state and config folders), types /@scherbak as soon as the list shows 100000
# articles, and prints each change of the list count with the status bar until the final
# count, in seconds after the keys were sent. Needs tmux and bc.
B=$1; F=$2
tmux kill-session -t atn 2>/dev/null
rm -rf /tmp/atn-state
tmux new-session -d -s atn -x 120 -y 40 "XDG_STATE_HOME=/tmp/atn-state XDG_CONFIG_HOME=/tmp/atn-config $B $F"
start=$(date +%s.%N)
until tmux capture-pane -t atn -p | grep -q "Articles 100000/100000"; do sleep 0.05; done
t_open=$(date +%s.%N)
tmux send-keys -t atn '/@scherbak'
t_typed=$(date +%s.%N)
last=""
while true; do
  scr=$(tmux capture-pane -t atn -p)
  line=$(echo "$scr" | grep -o "Articles [0-9]*/100000[…]*" | head -1)
  status=$(echo "$scr" | tail -1 | cut -c1-100)
  if [ "$line" != "$last" ]; then echo "$(echo "$(date +%s.%N) - $t_typed" | bc) $line | $status"; last=$line; fi
  if echo "$line" | grep -q "Articles 20000/100000$"; then break; fi
  if [ $(echo "$(date +%s.%N) - $t_typed > 30" | bc) = 1 ]; then echo timeout; break; fi
  sleep 0.05
done
echo "open $(echo "$t_open - $start" | bc) s"
tmux capture-pane -t atn -p -e | sed -n 2,3p | cat -v | cut -c1-80
tmux send-keys -t atn Escape q
sleep 0.3; tmux kill-session -t atn 2>/dev/null
