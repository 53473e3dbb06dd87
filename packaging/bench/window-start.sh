#!/usr/bin/env bash
# Time to the first shown window, interleaved (BENCHMARKS.md, "Window start"): under Xvfb, each round starts every
# command once in the order given; the time runs from starting the command to the moment the X server maps a window
# whose title contains "CCMM Readiness", then the command is stopped. That moment is reported by xmapwait (beside this
# script, built here with gcc), which listens for the mapping instead of polling: an xdotool process every 10 ms took
# about half of one of two cores from the starts being timed. The FIRST command is the floor (a one-label JavaFX app
# on the same runtime); ratios are of the medians. Round 0 only warms the page cache.
# Needs: apt-get install -y xvfb xauth libgtk-3-0 gcc libx11-dev
#
#   packaging/bench/window-start.sh ROUNDS 'floor command' 'command' ...
set -euo pipefail
rounds="$1"
shift
work="$(mktemp -d)"
gcc -O2 -o "$work/xmapwait" "$(dirname "$0")/xmapwait.c" -lX11
Xvfb -displayfd 3 -noreset -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

for r in $(seq 0 "$rounds"); do
    i=0
    for cmd in "$@"; do
        i=$((i + 1))
        timeout 60 "$work/xmapwait" "CCMM Readiness" >"$work/map" &
        waiter=$!
        until [ -s "$work/map" ]; do sleep 0.01; done
        start=$(date +%s%N)
        sh -c "exec $cmd" >/dev/null 2>&1 &
        app=$!
        shown=
        wait "$waiter" && shown=yes
        end=$(sed -n 2p "$work/map")
        ticks=$(awk '{print $14 + $15}' "/proc/$app/stat" 2>/dev/null || echo 0)
        kill "$app" 2>/dev/null || true
        wait "$app" 2>/dev/null || true
        rm -f "$work/map"
        [ -n "$shown" ] || { echo "no window within 60 s: $cmd" >&2; exit 1; }
        [ "$r" -eq 0 ] && continue
        echo "$(( (end - start) / 1000000 )) $(( ticks * 1000 / $(getconf CLK_TCK) ))" >>"$work/c$i"
    done
done
median() {
    awk -v c="$2" '{print $c}' "$1" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'
}
echo "$rounds interleaved rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) (at the end); $(nproc) cores"
printf '%-10s %-10s %-7s %-7s %s\n' "shown p50" "CPU p50" "× wall" "× CPU" command
fw=$(median "$work/c1" 1)
fc=$(median "$work/c1" 2)
[ "$fc" -gt 0 ] || fc=1
i=0
for cmd in "$@"; do
    i=$((i + 1))
    w=$(median "$work/c$i" 1)
    c=$(median "$work/c$i" 2)
    printf '%-10s %-10s %-7s %-7s %s\n' "${w}ms" "${c}ms" "$(echo "scale=2; $w / $fw" | bc)" \
        "$(echo "scale=2; $c / $fc" | bc)" "#$i"
done
i=0
for cmd in "$@"; do i=$((i + 1)); echo "#$i: $cmd"; done
