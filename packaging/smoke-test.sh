#!/usr/bin/env bash
# Smoke test of a packaged launcher against the plain jar it was built from (run by .ci/run).
#
#   packaging/smoke-test.sh [LAUNCHER]      default: target/dist/app-image/ccmm/bin/ccmm
#
# Checks, headless (no window is ever opened):
#  - `--version` prints the same as `java -jar target/ccmm.jar --version`;
#  - the app's class-data-sharing archives (lib/app/ccmm.jsa, ccmm-window.jsa), if any, were made for this folder
#    and are accepted;
#  - `catalog validate` accepts the bundled catalog;
#  - `score --json` on every assessment-items/samples/*.json gives the same readinessLevel as the jar
#    (skipped with a notice while the jar has no `score` command or there is no sample);
#  - the first sample imported into a .ccmm file (SQLite, native code) scores the same through the launcher;
#  - a PDF, Word and Excel report of the first sample can be written (fonts, Java2D charts, POI);
#  - nothing is written into the app's own folder (user data lives elsewhere).
# Each of the last checks is skipped with a notice while the jar lacks the command it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

launcher="${1:-target/dist/app-image/ccmm/bin/ccmm}"
jar=target/ccmm.jar
app_dir="$(cd "$(dirname "$launcher")/.." && pwd)"
[ -x "$launcher" ] || { echo "smoke-test: no launcher at $launcher (build it: mvn -Pdist package)" >&2; exit 1; }
[ -f "$jar" ] || { echo "smoke-test: no $jar (mvn package)" >&2; exit 1; }

fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
touch "$work/started"

# A headless command must never fall through to opening the window, even by mistake.
unset DISPLAY WAYLAND_DISPLAY

want="$(java -jar "$jar" --version)"
got="$(timeout 60 "$launcher" --version)" || fail "--version exited with $?"
[ "$got" = "$want" ] || fail "--version printed '$got', the jar prints '$want'"
echo "smoke-test: --version: $got"

# The app's class-data-sharing archives, when the build made them (all classes, and the window's): made for this folder,
# and accepted by the runtime.
for jsa in "$app_dir/lib/app/ccmm.jsa" "$app_dir/lib/app/ccmm-window.jsa"; do
    [ -f "$jsa" ] || continue
    real_app="$(readlink -f "$app_dir")/lib/app"
    made="$(cat "$app_dir/lib/app/ccmm.jsa.dir")"
    [ "$made/$(basename "$jsa")" -ef "$jsa" ] || fail "$(basename "$jsa") was made for $made, not $real_app"
    cp="$(sed -n 's/.* -cp "\([^"]*\)".*/\1/p' "$launcher" | head -n 1 | sed "s#[$]APPDIR#$real_app#g")"
    "$app_dir/lib/runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$jsa" -cp "$cp" io.ccmm.app.Launcher --version \
        >/dev/null || fail "the runtime refuses lib/app/$(basename "$jsa")"
    echo "smoke-test: class-data-sharing archive lib/app/$(basename "$jsa") accepted"
done

catalog=assessment-items/cc-cmm-oc-2025/catalog.json
timeout 60 "$launcher" catalog validate "$catalog" >"$work/validate.out" || fail "catalog validate $catalog exited with $?"
echo "smoke-test: catalog validate: $(cat "$work/validate.out")"

readiness() { # file with score --json output
    grep -o '"readinessLevel"[[:space:]]*:[[:space:]]*[^,}[:space:]]*' "$1" | head -1 | sed 's/.*:[[:space:]]*//'
}

java -jar "$jar" --help >"$work/help.txt"
has_command() {
    grep -Eq "^[[:space:]]+$1([[:space:]]|\$)" "$work/help.txt"
}

shopt -s nullglob
samples=(assessment-items/samples/*.json)
if ! has_command score; then
    echo "smoke-test: NOTICE: score check skipped: this build has no 'score' command yet"
elif [ "${#samples[@]}" -eq 0 ]; then
    echo "smoke-test: NOTICE: score check skipped: no sample in assessment-items/samples/"
else
    for sample in "${samples[@]}"; do
        java -jar "$jar" score --json "$sample" >"$work/jar.json" || fail "jar: score --json $sample exited with $?"
        timeout 120 "$launcher" score --json "$sample" >"$work/app.json" || fail "launcher: score --json $sample exited with $?"
        want="$(readiness "$work/jar.json")"
        got="$(readiness "$work/app.json")"
        [ -n "$want" ] || fail "jar: no readinessLevel in the score --json output for $sample"
        [ "$got" = "$want" ] || fail "$sample: readinessLevel $got from the launcher, $want from the jar"
        echo "smoke-test: score --json $sample: readinessLevel $got (same as the jar)"
    done
fi

if [ "${#samples[@]}" -gt 0 ] && has_command import && has_command score; then
    sample="${samples[0]}"
    timeout 120 "$launcher" import "$sample" --into "$work/sample.ccmm" >/dev/null || fail "launcher: import $sample exited with $?"
    timeout 120 "$launcher" score --json "$work/sample.ccmm" >"$work/ccmm.json" || fail "launcher: score --json of the .ccmm exited with $?"
    java -jar "$jar" score --json "$sample" >"$work/jar.json"
    got="$(readiness "$work/ccmm.json")"
    want="$(readiness "$work/jar.json")"
    [ "$got" = "$want" ] || fail "$sample imported into a .ccmm: readinessLevel $got from the launcher, $want from the jar"
    echo "smoke-test: import into .ccmm and score: readinessLevel $got (same as the jar on the JSON)"
else
    echo "smoke-test: NOTICE: .ccmm check skipped: no sample, or no 'import' and 'score' commands"
fi

if [ "${#samples[@]}" -gt 0 ] && has_command report; then
    for format in pdf docx xlsx; do
        out="$work/report.$format"
        timeout 120 "$launcher" report "${samples[0]}" --format "$format" --lang zh -o "$out" >/dev/null \
            || fail "launcher: report --format $format exited with $?"
        [ -s "$out" ] || fail "launcher: report --format $format wrote nothing"
    done
    echo "smoke-test: report: PDF, Word and Excel written"
else
    echo "smoke-test: NOTICE: report check skipped: no sample, or no 'report' command"
fi

written="$(find "$app_dir" -newer "$work/started" -print)"
[ -z "$written" ] || fail "the app wrote into its own folder: $written"
echo "smoke-test: passed ($launcher)"
