#!/usr/bin/env bash
# Time from starting the app to its first window being mapped, under Xvfb (BENCHMARKS.md, "Packaging").
#
#   packaging/linux/measure-startup.sh [RUNS] [COMMAND...]
#
# Default command: the app-image launcher target/dist/app-image/ccmm/bin/ccmm (build it first: mvn -Pdist package).
# Each run waits for the CPUs to be at least 90 % idle, starts the app, polls the X server every 20 ms for a
# visible window titled "CCMM Readiness", then stops the app. As root, the page cache is dropped before each
# run (cold start); with WARM=1, or when not root, it is not (warm start: files already in memory).
# Needs: apt-get install -y xvfb xauth xdotool libgtk-3-0
set -euo pipefail
cd "$(dirname "$0")/../.."

runs="${1:-5}"
shift || true
if [ "$#" -eq 0 ]; then
    set -- target/dist/app-image/ccmm/bin/ccmm
fi

# Xvfb picks a free display itself and writes its number to the given file descriptor.
work="$(mktemp -d)"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" >/dev/null 2>&1 &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do [ -s "$work/display" ] && break; sleep 0.05; done
[ -s "$work/display" ] || { echo "Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"

# Percentage of CPU time idle over the next second, all cores.
idle_percent() {
    local a b
    read -r -a a < /proc/stat
    sleep 1
    read -r -a b < /proc/stat
    local total=0 i
    for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
    echo $(( 100 * (b[4] + b[5] - a[4] - a[5]) / (total > 0 ? total : 1) ))
}

cold=no
if [ "${WARM:-0}" != 1 ] && [ -w /proc/sys/vm/drop_caches ]; then cold=yes; fi
times=()
cpus=()
for i in $(seq 1 "$runs"); do
    # On a shared machine, wait (up to a minute) for other work to calm down so the figure is the app's own.
    for _ in $(seq 1 60); do [ "$(idle_percent)" -ge 90 ] && break; done
    if [ "$cold" = yes ]; then sync; echo 3 > /proc/sys/vm/drop_caches; fi
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    app=$!
    shown=
    for _ in $(seq 1 1500); do
        if xdotool search --onlyvisible --name "CCMM Readiness" >/dev/null 2>&1; then shown=yes; break; fi
        sleep 0.02
    done
    end=$(date +%s%N)
    # CPU the app used until then (user + system, clock ticks): less disturbed by other load than wall time.
    ticks=$(awk '{print $14 + $15}' "/proc/$app/stat" 2>/dev/null || echo 0)
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    if [ -z "$shown" ]; then echo "run $i: no window within 30 s" >&2; exit 1; fi
    ms=$(( (end - start) / 1000000 ))
    cpu_ms=$(( ticks * 1000 / $(getconf CLK_TCK) ))
    times+=("$ms")
    cpus+=("$cpu_ms")
    echo "run $i: ${ms} ms (CPU ${cpu_ms} ms)"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
echo "median of $runs runs: $(median "${times[@]}") ms to the first window, CPU $(median "${cpus[@]}") ms" \
    "(cold page cache: $cold) — $*"
