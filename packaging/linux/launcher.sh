#!/bin/sh
# Linux launcher of the app (bin/ccmm in the app-image and the .deb; written by packaging/build.xml).
# It takes the place of the JDK 17 jpackage launcher, which runs `rpm -qf` and `dpkg -S` twice at every start to
# learn which package it belongs to (about 0.2 s on each command). It starts the same main class on the bundled
# runtime with the class path and options of lib/app/@LAUNCHER@.cfg, which jpackage wrote. Only shell built-ins run
# before java (and readlink, when the launcher is started through a symbolic link).
self=$0
if [ -L "$self" ]; then
    self=$(readlink -f -- "$0") || exit 1
fi
case "$self" in
    */*) ;;
    *) self=./$self ;;
esac
bin=${self%/*}
# Through bin/.., not by cutting bin's last part: started as bin/ccmm or ./ccmm there is no part left to cut.
APPDIR=$bin/../lib/app
# The window or a headless command? The window when there is no argument or the first is an existing file (a
# double-clicked assessment); the app decides the same way (Launcher.decide), and a wrong guess here costs only speed.
window=
if [ $# -eq 0 ]; then
    window=yes
else
    case "$1" in
        -*) ;;
        *) [ -f "$1" ] && window=yes ;;
    esac
fi
# The app's classes from the class-data-sharing archives (packaging/README.md), when they were made for this folder:
# JDK 17 would otherwise refuse them and share nothing at all, not even the runtime's own classes. The window maps the
# archive of the window's classes, the headless commands the archive of theirs (without JavaFX): an archive is
# relocated in full at every start, so each start maps only what it loads.
cds=
if [ -r "$APPDIR/ccmm.jsa.dir" ] && read -r made <"$APPDIR/ccmm.jsa.dir"; then
    for archive in ${window:+ccmm-window.jsa} ccmm.jsa; do
        if [ -r "$APPDIR/$archive" ] && [ "$made/$archive" -ef "$APPDIR/$archive" ]; then
            cds="-XX:SharedArchiveFile=$APPDIR/$archive"
            break
        fi
    done
fi
# Every command and the window run with the quick compiler only (lib/app/@LAUNCHER@.cfg). Short headless commands
# finish before a parallel collector pays off: they also run with the serial collector and a small young generation
# (less CPU and a smaller peak memory). The window and the long-running commands (import, protect, ...) keep G1.
case "$1" in
    score | report | catalog | --version | -V | --help | -h)
        tune="-XX:+UseSerialGC -Xmn16m"
        ;;
    *)
        tune=
        ;;
esac
# On one or two processors the window starts with one compiler thread instead of the JVM's two, which would take the
# second processor from the thread that builds the window (BENCHMARKS.md, "Window start"). The processors this
# process may use are counted from Cpus_allowed_list in /proc/self/status (0 when unknown: the JVM's own choice).
cpus=0
if [ -n "$window" ] && [ -r /proc/self/status ]; then
    while IFS=: read -r key list; do
        [ "$key" = Cpus_allowed_list ] || continue
        saved_ifs=$IFS
        IFS=,
        for range in $list; do
            range=${range#"${range%%[0-9]*}"}
            first=${range%-*}
            last=${range#*-}
            case "$first$last" in
                '' | *[!0-9]*) cpus=0; break ;;
            esac
            cpus=$((cpus + last - first + 1))
        done
        IFS=$saved_ifs
        break
    done </proc/self/status
fi
if [ "$cpus" -ge 1 ] && [ "$cpus" -le 2 ]; then
    tune="-XX:CICompilerCount=1"
fi
# $tune is unquoted on purpose (empty, or options without spaces); $cds may hold a folder with spaces, hence two lines.
if [ -n "$cds" ]; then
    exec "$APPDIR/../runtime/bin/java" @JAVA_OPTIONS@ "$cds" $tune -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
fi
exec "$APPDIR/../runtime/bin/java" @JAVA_OPTIONS@ $tune -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
