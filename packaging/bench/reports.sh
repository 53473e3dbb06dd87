#!/usr/bin/env bash
# The report part of run-all.sh alone (BENCHMARKS.md section 3, "Reports"): LibreOffice converting the round's XLSX to
# PDF as the floor, then the packaged app's PDF, HTML, DOCX and XLSX reports, interleaved.
#
#   packaging/bench/reports.sh [ROUNDS]
#
# Needs the app-image (mvn -B -ntp -Pdist -DskipTests -Ddist.skipInstaller=true package) and LibreOffice (soffice).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds="${1:-5}"
export A="$PWD/target/dist/app-image/ccmm"
export S="$PWD/assessment-items/samples/12345-hotline-2026.json"
export W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export HOME="$W/home"
mkdir -p "$HOME"
"$A/bin/ccmm" report "$S" --format xlsx --lang zh -o "$W/round.xlsx" >/dev/null
soffice --headless --convert-to pdf --outdir "$W/so" "$W/round.xlsx" >/dev/null 2>&1 # its profile, once
packaging/bench/interleave.sh "$rounds" \
    'soffice --headless --convert-to pdf --outdir $W/so $W/round.xlsx' \
    '$A/bin/ccmm report $S --format pdf --lang zh -o $W/r.pdf' \
    '$A/bin/ccmm report $S --format html --lang zh -o $W/r.html' \
    '$A/bin/ccmm report $S --format docx --lang zh -o $W/r.docx' \
    '$A/bin/ccmm report $S --format xlsx --lang zh -o $W/r.xlsx'
