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
APPDIR=${bin%/*}/lib/app
# The app's classes from the class-data-sharing archive (packaging/README.md), when it was made for this folder:
# JDK 17 would otherwise refuse it and share nothing at all, not even the runtime's own classes.
cds=
if [ -r "$APPDIR/ccmm.jsa" ] && [ -r "$APPDIR/ccmm.jsa.dir" ] && read -r made <"$APPDIR/ccmm.jsa.dir" \
    && [ "$made/ccmm.jsa" -ef "$APPDIR/ccmm.jsa" ]; then
    cds="-XX:SharedArchiveFile=$APPDIR/ccmm.jsa"
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
# $tune is unquoted on purpose (empty, or options without spaces); $cds may hold a folder with spaces, hence two lines.
if [ -n "$cds" ]; then
    exec "$APPDIR/../runtime/bin/java" @JAVA_OPTIONS@ "$cds" $tune -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
fi
exec "$APPDIR/../runtime/bin/java" @JAVA_OPTIONS@ $tune -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
