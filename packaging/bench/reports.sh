#!/usr/bin/env bash
# The report part of run-all.sh alone (BENCHMARKS.md section 3, "Reports"): LibreOffice converting the round's XLSX to
# PDF as the floor, then the packaged app's PDF, HTML, DOCX and XLSX reports, interleaved.
#
#   packaging/bench/reports.sh [ROUNDS]
#
# Needs the app-image (mvn -B -ntp -Pdist -DskipTests -Ddist.skipInstaller=true package) and LibreOffice (soffice).
set -euo pipefail
rounds="${1:-5}"
source "$(dirname "$0")/common.sh"
bench_reports "$rounds"
