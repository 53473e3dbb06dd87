#!/usr/bin/env bash
# Whole-process timings, interleaved (BENCHMARKS.md): each round runs every command once, in the order given, so a busy
# machine slows all of them alike; the FIRST command is the floor the others are compared with. Round 0 only warms
# the page cache. Per command: median wall time, median CPU (user + system), median peak RSS (from /usr/bin/time -v's
# "%M") and the ratios of the medians to the floor's.
#
#   packaging/bench/interleave.sh ROUNDS 'floor command' 'command' ...
#
# Each command runs through `sh -c`, its standard output discarded; a command that fails stops the run.
set -euo pipefail
rounds="$1"
shift
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
n=$#
for r in $(seq 0 "$rounds"); do
    i=0
    for cmd in "$@"; do
        i=$((i + 1))
        if ! /usr/bin/time -f '%e %U %S %M' -o "$work/t" sh -c "$cmd" >/dev/null 2>"$work/err"; then
            echo "failed: $cmd" >&2
            cat "$work/err" >&2
            exit 1
        fi
        [ "$r" -eq 0 ] && continue
        read -r wall user sys rss <"$work/t"
        echo "$wall $(echo "$user + $sys" | bc) $rss" >>"$work/c$i"
    done
done
median() { # column of file
    awk -v c="$2" '{print $c}' "$1" | sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
echo "$rounds interleaved rounds; load average $(cut -d' ' -f1-3 /proc/loadavg) (at the end); $(nproc) cores"
printf '%-8s %-8s %-9s %-7s %-7s %s\n' "wall p50" "CPU p50" "RSS p50" "× wall" "× CPU" command
fw=$(median "$work/c1" 1)
fc=$(median "$work/c1" 2)
i=0
for cmd in "$@"; do
    i=$((i + 1))
    w=$(median "$work/c$i" 1)
    c=$(median "$work/c$i" 2)
    m=$(median "$work/c$i" 3)
    printf '%-8s %-8s %-9s %-7s %-7s %s\n' "${w}s" "${c}s" "$((m / 1024))MB" \
        "$(echo "scale=2; $w / $fw" | bc)" "$(echo "scale=2; $c / $fc" | bc)" "#$i"
done
i=0
for cmd in "$@"; do i=$((i + 1)); echo "#$i: $cmd"; done
