#!/usr/bin/env bash
# What the Linux launcher script itself costs (BENCHMARKS.md, section 3): a copy of bin/ccmm whose runtime `java` is
# /bin/true, against starting /bin/true directly, N times each, interleaved; prints the wall and CPU time per start.
#
#   packaging/bench/launcher-overhead.sh [N] [LAUNCHER]     default: 200 target/dist/app-image/ccmm/bin/ccmm
set -euo pipefail
n="${1:-200}"
launcher="${2:-target/dist/app-image/ccmm/bin/ccmm}"
app="$(cd "$(dirname "$launcher")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ccmm/bin" "$work/ccmm/lib/runtime/bin" "$work/ccmm/lib/app"
cp "$launcher" "$work/ccmm/bin/ccmm"
ln -s /bin/true "$work/ccmm/lib/runtime/bin/java"
if [ -f "$app/lib/app/ccmm.jsa" ]; then # the same checks as the real one: an archive made for this folder
    : >"$work/ccmm/lib/app/ccmm.jsa"
    echo "$work/ccmm/lib/app" >"$work/ccmm/lib/app/ccmm.jsa.dir"
fi
cpu() { awk '{print $14 + $15 + $16 + $17}' /proc/$$/stat; } # this shell's own and its children's ticks
script_ns=0; direct_ns=0; script_ticks=0; direct_ticks=0
for _ in $(seq 1 "$n"); do
    c=$(cpu); t=$(date +%s%N)
    "$work/ccmm/bin/ccmm" score x --json
    script_ns=$((script_ns + $(date +%s%N) - t)); script_ticks=$((script_ticks + $(cpu) - c))
    c=$(cpu); t=$(date +%s%N)
    /bin/true score x --json
    direct_ns=$((direct_ns + $(date +%s%N) - t)); direct_ticks=$((direct_ticks + $(cpu) - c))
done
hz=$(getconf CLK_TCK)
echo "load average $(cut -d' ' -f1-3 /proc/loadavg); $n starts each"
echo "launcher script: $((script_ns / n / 1000)) µs wall, $((script_ticks * 1000000 / hz / n)) µs CPU per start"
echo "direct:          $((direct_ns / n / 1000)) µs wall, $((direct_ticks * 1000000 / hz / n)) µs CPU per start"
echo "the script adds: $(((script_ns - direct_ns) / n / 1000)) µs wall, $(((script_ticks - direct_ticks) * 1000000 / hz / n)) µs CPU"
