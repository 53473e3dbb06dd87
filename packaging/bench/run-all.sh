#!/usr/bin/env bash
# The start-up, CLI and report benchmarks of BENCHMARKS.md ("Start-up, CLI and reports against their floors"), each
# interleaved with its floor in one run.
#
#   packaging/bench/run-all.sh [ROUNDS] [BEFORE_APP_IMAGE]
#
# Needs: mvn -B -ntp -q package -DskipTests; mvn -B -ntp -Pdist -DskipTests -Ddist.skipInstaller=true package;
# mvn -B -ntp -q test-compile (the floors TrivialMain and OneLabelWindow); apt-get install -y xvfb xauth gcc
# libx11-dev libgtk-3-0 libreoffice-calc (gcc and libx11-dev build window-start.sh's xmapwait; LibreOffice only for
# the measurement). BEFORE_APP_IMAGE, optional: an app-image folder (…/ccmm) built from an earlier commit, measured in
# the same rounds.
set -euo pipefail
rounds="${1:-5}"
source "$(dirname "$0")/common.sh"
export B="${2:-}"
export J="$A/lib/runtime/bin/java"
export TC="$PWD/target/test-classes"
CP="$(sed -n 's/.* -cp "\([^"]*\)".*/\1/p' "$A/bin/ccmm" | head -n 1 | sed "s#[$]APPDIR#$A/lib/app#g")"
export CP
"$A/bin/ccmm" import "$S" --into "$W/sample.ccmm" >/dev/null

before=()
echo "== CLI: floor = TrivialMain on the runtime's java with the launcher's class path"
[ -n "$B" ] && before=('$B/bin/ccmm score $S --json')
packaging/bench/interleave.sh "$rounds" \
    '$J -Xmx768m -cp $CP:$TC io.ccmm.app.TrivialMain' \
    '$A/bin/ccmm score $S --json' \
    '$J -Xmx768m -XX:SharedArchiveFile=$A/lib/app/ccmm.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -cp $CP io.ccmm.app.Launcher score $S --json' \
    '$A/bin/ccmm --version' \
    '$J -Xmx768m -XX:SharedArchiveFile=$A/lib/app/ccmm.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn16m -cp $CP io.ccmm.app.Launcher --version' \
    "${before[@]}"

echo "== Reports: floor = LibreOffice converting the same round's XLSX to PDF"
before=()
[ -n "$B" ] && before=('$B/bin/ccmm report $S --format pdf --lang zh -o $W/b.pdf')
bench_reports "$rounds" "${before[@]}"

echo "== Window: floor = a one-label JavaFX app on the same runtime (then the same with the launcher's quick compiler only)"
before=()
[ -n "$B" ] && before=('$B/bin/ccmm $W/sample.ccmm')
packaging/bench/window-start.sh "$rounds" \
    '$J -Xmx768m -cp $TC io.ccmm.app.OneLabelWindow' \
    '$J -Xmx768m -XX:TieredStopAtLevel=1 -cp $TC io.ccmm.app.OneLabelWindow' \
    '$A/bin/ccmm $W/sample.ccmm' \
    "${before[@]}"
