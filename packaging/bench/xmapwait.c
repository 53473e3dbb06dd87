/*
 * xmapwait TITLE: waits, without polling, until a top-level window whose name contains TITLE is mapped on $DISPLAY,
 * then prints the wall-clock time of that moment (CLOCK_REALTIME, nanoseconds, as `date +%s%N`) and exits 0. Prints
 * "ready" once it listens, so that a script starts the command to time only after that. Used by window-start.sh
 * (BENCHMARKS.md, "Window start"): an xdotool process every 10 ms took about half of one of two cores from the start it
 * was timing. Without a window manager the app's top-level windows are children of the root window: their mapping
 * arrives as a MapNotify on the root, and a name set after the mapping as a PropertyNotify on the window.
 *
 *   gcc -O2 -o xmapwait xmapwait.c -lX11
 */
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static Atom net_wm_name;
static Atom utf8_string;

static int ignore_errors(Display *d, XErrorEvent *e) {
    (void) d;
    (void) e;
    return 0; /* a window that went away between the event and the question */
}

/* Whether the window's name (_NET_WM_NAME, else WM_NAME) contains title. */
static int named(Display *d, Window w, const char *title) {
    int found = 0;
    Atom type;
    int format;
    unsigned long items, after;
    unsigned char *name = NULL;
    if (XGetWindowProperty(d, w, net_wm_name, 0, 1024, False, utf8_string, &type, &format, &items, &after, &name)
                    == Success
            && name != NULL) {
        found = strstr((char *) name, title) != NULL;
        XFree(name);
        if (found) {
            return 1;
        }
    }
    char *plain = NULL;
    if (XFetchName(d, w, &plain) && plain != NULL) {
        found = strstr(plain, title) != NULL;
        XFree(plain);
    }
    return found;
}

static void report(void) {
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    printf("%lld%09ld\n", (long long) now.tv_sec, now.tv_nsec);
    fflush(stdout);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: xmapwait TITLE\n");
        return 2;
    }
    Display *d = XOpenDisplay(NULL);
    if (d == NULL) {
        fprintf(stderr, "xmapwait: cannot open display\n");
        return 1;
    }
    XSetErrorHandler(ignore_errors);
    net_wm_name = XInternAtom(d, "_NET_WM_NAME", False);
    utf8_string = XInternAtom(d, "UTF8_STRING", False);
    Window root = DefaultRootWindow(d);
    XSelectInput(d, root, SubstructureNotifyMask);
    XSync(d, False);
    printf("ready\n");
    fflush(stdout);
    for (;;) {
        XEvent e;
        XNextEvent(d, &e);
        if (e.type == MapNotify && e.xmap.event == root) {
            Window w = e.xmap.window;
            XSelectInput(d, w, PropertyChangeMask); /* the name may come after the mapping */
            if (named(d, w, argv[1])) {
                report();
                return 0;
            }
        } else if (e.type == PropertyNotify && e.xproperty.state == PropertyNewValue
                && (e.xproperty.atom == net_wm_name || e.xproperty.atom == XA_WM_NAME)) {
            XWindowAttributes a;
            if (XGetWindowAttributes(d, e.xproperty.window, &a) && a.map_state == IsViewable
                    && named(d, e.xproperty.window, argv[1])) {
                report();
                return 0;
            }
        }
    }
}
