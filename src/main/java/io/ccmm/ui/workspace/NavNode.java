package io.ccmm.ui.workspace;

/** A node of the navigator tree: a module, an area or an item. */
record NavNode(Kind kind, String key, int itemId, String label) {

    enum Kind {
        MODULE,
        AREA,
        ITEM
    }

    static NavNode item(int id, String label) {
        return new NavNode(Kind.ITEM, String.valueOf(id), id, label);
    }

    static NavNode group(Kind kind, String key, String label) {
        return new NavNode(kind, key, 0, label);
    }
}
