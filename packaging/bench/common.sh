# The set-up run-all.sh and reports.sh share; sourced, not run. From the repository's root: the packaged app ($A), the
# sample round ($S), a scratch folder ($W, removed on exit) with a fresh home in it, and the round's XLSX ($W/round.xlsx)
# converted to PDF by LibreOffice once, so that its profile exists before the first timed conversion.
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export A="$PWD/target/dist/app-image/ccmm"
export S="$PWD/assessment-items/samples/12345-hotline-2026.json"
export W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
export HOME="$W/home" # the window starts as for a new user, with the sample given on the command line
mkdir -p "$HOME"
"$A/bin/ccmm" report "$S" --format xlsx --lang zh -o "$W/round.xlsx" >/dev/null
soffice --headless --convert-to pdf --outdir "$W/so" "$W/round.xlsx" >/dev/null 2>&1 # its profile, once

# The report benchmark: LibreOffice converting the round's XLSX to PDF as the floor, then the app's PDF, HTML, DOCX and
# XLSX reports, interleaved ROUNDS times; more commands to measure in the same rounds may follow.
#
#   bench_reports ROUNDS ['command' ...]
bench_reports() {
    local rounds="$1"
    shift
    packaging/bench/interleave.sh "$rounds" \
        'soffice --headless --convert-to pdf --outdir $W/so $W/round.xlsx' \
        '$A/bin/ccmm report $S --format pdf --lang zh -o $W/r.pdf' \
        '$A/bin/ccmm report $S --format html --lang zh -o $W/r.html' \
        '$A/bin/ccmm report $S --format docx --lang zh -o $W/r.docx' \
        '$A/bin/ccmm report $S --format xlsx --lang zh -o $W/r.xlsx' \
        "$@"
}
