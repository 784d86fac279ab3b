package dev.docloc.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie from normalized keys to patterns. Looking up a text costs as many steps as the
 * text has characters in common with some key, whatever the number of keys. Built once, then only
 * read, so it is safe to share after construction.
 */
final class TermTrie {

    static final class Node {
        private char[] labels = new char[0];
        private Node[] children = new Node[0];
        private List<TermPattern> accepts = List.of();

        /** The patterns whose key ends here. */
        List<TermPattern> accepts() {
            return accepts;
        }

        /** The child reached by {@code c}, or {@code null}. */
        Node step(char c) {
            int i = Arrays.binarySearch(labels, c);
            return i >= 0 ? children[i] : null;
        }

        private Node child(char c) {
            int i = Arrays.binarySearch(labels, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node node = new Node();
            labels = insert(labels, at, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = node;
            children = grown;
            return node;
        }

        private static char[] insert(char[] array, int at, char c) {
            char[] grown = Arrays.copyOf(array, array.length + 1);
            System.arraycopy(array, at, grown, at + 1, array.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private final Node root = new Node();

    Node root() {
        return root;
    }

    void add(String key, TermPattern pattern) {
        if (key.isEmpty()) {
            return;
        }
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.child(key.charAt(i));
        }
        List<TermPattern> accepts = new ArrayList<>(node.accepts);
        accepts.add(pattern);
        node.accepts = List.copyOf(accepts);
    }

    /** Follows {@code chars} from {@code node}; {@code null} when the trie has no such path. */
    static Node walk(Node node, CharSequence chars) {
        for (int i = 0; i < chars.length() && node != null; i++) {
            node = node.step(chars.charAt(i));
        }
        return node;
    }
}
