#!/bin/sh
# Replays the full-disk and read-only cases of the storage and report tests on a real, tiny tmpfs (run as root):
#   sudo src/test/scripts/tmpfs-full-disk.sh [path/to/ccmm.jar]
# The tests inject the same faults in-process (SQLite's page limit, a writer that fails at the N-th write); this
# script checks that a real ENOSPC behaves the same: exit 2 with "the disk is full", the target byte-identical, and
# nothing left beside it; then, with the tmpfs remounted read-only, reading works and every change is refused in words.
# It mounts a tmpfs under a temporary folder and unmounts it again on exit.
set -eu

JAR=${1:-target/ccmm.jar}
SAMPLE=assessment-items/samples/12345-hotline-2026.json
[ "$(id -u)" = 0 ] || { echo "run as root (it mounts a tmpfs)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "no $JAR: run mvn package first" >&2; exit 2; }
JAVA=${JAVA:-java}

WORK=$(mktemp -d)
DISK="$WORK/disk"
mkdir "$DISK"
mount -t tmpfs -o size=4m tmpfs "$DISK"
cleanup() { umount "$DISK" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT INT TERM

failures=0
pass() { echo "ok   $1"; }
fail() { echo "FAIL $1" >&2; failures=$((failures + 1)); }

# Leaves about $1 KB free on the tmpfs.
fill_leaving() {
    rm -f "$DISK/.fill"
    dd if=/dev/zero of="$DISK/.fill" bs=1k 2>/dev/null || true
    truncate -s "-$1K" "$DISK/.fill"
}

ccmm() { "$JAVA" -Djava.io.tmpdir="$WORK" -jar "$JAR" "$@"; }

listing() { ls -A "$DISK" | grep -v '^\.fill$' | sort; }

# A sample of another organization, for the "nothing resurrected" case.
sed 's/某市12345政务服务热线/国网某供电公司95598/' "$SAMPLE" > "$WORK/other.json"

# 1. Import into a new file on a full disk: exit 2, the disk is full, no file and no log left behind.
fill_leaving 40
set +e; ccmm import "$SAMPLE" --into "$DISK/t.ccmm" 2> "$WORK/err"; code=$?; set -e
if [ $code = 2 ] && grep -q "disk is full" "$WORK/err" && [ -z "$(listing)" ]; then
    pass "new-file import on a full disk: exit 2, nothing left"
else
    fail "new-file import on a full disk: exit $code, $(cat "$WORK/err"), left: $(listing)"
fi

# 2. After it, an import of another organization into the same name holds only that organization.
fill_leaving 1500
ccmm import "$WORK/other.json" --into "$DISK/t.ccmm" > /dev/null
# The new file's round is round 1; a replayed log would have put the failed import's round before it.
if ccmm score "$DISK/t.ccmm" --round 1 > /dev/null 2>&1 && ! ccmm score "$DISK/t.ccmm" --round 2 > /dev/null 2>&1; then
    pass "nothing of the failed import came back"
else
    fail "the failed import's organization is in the new file"
fi

# 3. Import into an existing file on a full disk: exit 2, the file byte-identical, nothing beside it.
fill_leaving 8
before=$(sha256sum "$DISK/t.ccmm" | cut -d' ' -f1)
set +e; ccmm import "$WORK/other.json" --into "$DISK/t.ccmm" 2> "$WORK/err"; code=$?; set -e
after=$(sha256sum "$DISK/t.ccmm" | cut -d' ' -f1)
if [ $code = 2 ] && grep -q "disk is full" "$WORK/err" && [ "$before" = "$after" ] \
        && [ "$(listing)" = "t.ccmm" ]; then
    pass "import into an existing file on a full disk: exit 2, byte-identical"
else
    fail "import into an existing file: exit $code, $(cat "$WORK/err"), same=$([ "$before" = "$after" ] && echo yes || echo no), left: $(listing)"
fi

# 4. Reports in every format onto a full disk: exit 2, nothing left.
for format in pdf docx xlsx html csv json; do
    fill_leaving 4
    set +e; ccmm report "$SAMPLE" --format $format --lang zh -o "$DISK/r.$format" 2> "$WORK/err"; code=$?; set -e
    if [ $code = 2 ] && [ "$(listing)" = "t.ccmm" ]; then
        pass "report $format on a full disk: exit 2, nothing left"
    else
        fail "report $format on a full disk: exit $code, $(head -c 300 "$WORK/err"), left: $(listing)"
    fi
done

rm -f "$DISK/.fill"

# 5. The same disk mounted read-only: reading works and leaves nothing; every change is exit 2 and changes nothing.
mount -o remount,ro "$DISK"
before=$(sha256sum "$DISK/t.ccmm" | cut -d' ' -f1)
set +e; ccmm score "$DISK/t.ccmm" > /dev/null 2> "$WORK/err"; code=$?; set -e
if [ $code = 0 ] && [ "$(listing)" = "t.ccmm" ]; then
    pass "score on a read-only disk: exit 0, nothing left"
else
    fail "score on a read-only disk: exit $code, $(head -c 300 "$WORK/err"), left: $(listing)"
fi
set +e; ccmm import "$WORK/other.json" --into "$DISK/t.ccmm" 2> "$WORK/err"; code=$?; set -e
after=$(sha256sum "$DISK/t.ccmm" | cut -d' ' -f1)
if [ $code = 2 ] && ! grep -q "Exception\|SQLITE" "$WORK/err" && [ "$before" = "$after" ] \
        && [ "$(listing)" = "t.ccmm" ]; then
    pass "import into a file on a read-only disk: exit 2 in words, byte-identical"
    echo "     (the words: $(head -n 1 "$WORK/err"))"
else
    fail "import on a read-only disk: exit $code, $(cat "$WORK/err"), left: $(listing)"
fi
set +e; ccmm import "$SAMPLE" --into "$DISK/n.ccmm" 2> "$WORK/err"; code=$?; set -e
if [ $code = 2 ] && ! grep -q "Exception\|SQLITE" "$WORK/err" && [ "$(listing)" = "t.ccmm" ]; then
    pass "new-file import on a read-only disk: exit 2 in words, nothing left"
else
    fail "new-file import on a read-only disk: exit $code, $(cat "$WORK/err"), left: $(listing)"
fi
for format in pdf xlsx; do
    set +e; ccmm report "$SAMPLE" --format $format --lang en -o "$DISK/r.$format" 2> "$WORK/err"; code=$?; set -e
    if [ $code = 2 ] && ! grep -q "Exception\|missing" "$WORK/err" && [ "$(listing)" = "t.ccmm" ]; then
        pass "report $format onto a read-only disk: exit 2 in words, nothing left"
    else
        fail "report $format onto a read-only disk: exit $code, $(head -c 300 "$WORK/err"), left: $(listing)"
    fi
done
echo "     (the words: $(head -n 1 "$WORK/err"))"
mount -o remount,rw "$DISK"

[ $failures = 0 ] && echo "all full-disk and read-only cases passed" || { echo "$failures case(s) failed" >&2; exit 1; }
