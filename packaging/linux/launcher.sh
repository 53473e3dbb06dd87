#!/bin/sh
# Linux launcher of the app (bin/ccmm in the app-image and the .deb; written by packaging/build.xml).
# It takes the place of the JDK 17 jpackage launcher, which runs `rpm -qf` and `dpkg -S` twice at every start to
# learn which package it belongs to (about 0.2 s on each command). It starts the same main class on the bundled
# runtime with the class path and options of lib/app/@LAUNCHER@.cfg, which jpackage wrote.
self=$(readlink -f -- "$0") || exit 1
bin=${self%/*}
APPDIR=${bin%/*}/lib/app
exec "$APPDIR/../runtime/bin/java" @JAVA_OPTIONS@ -cp "@CLASSPATH@" @MAIN_CLASS@ "$@"
