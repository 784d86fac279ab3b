package dev.docloc.check;

import dev.docloc.segment.Code;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/** Finds link destinations in codes, and URLs and e-mail addresses typed in text. */
final class QaUrls {
    private static final Pattern HTML_URL =
            Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
    private static final Pattern TEXT_URL =
            Pattern.compile("(?i)\\b(?:(?:https?|ftp)://|www\\.)[^\\s<>\"'`\\uFFFC]+");
    /** A CommonMark autolink: {@code <scheme:...>} or {@code <user@host>}. */
    private static final Pattern AUTOLINK =
            Pattern.compile("<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\\s]*>|<[^<>\\s@]+@[^<>\\s]+>");
    private static final String TRAILING = ".,;:!?'\"。、，：；！？";
    /**
     * The extractor of the GFM autolink extension, for e-mail addresses: an address is what
     * Markdown would make a link of. All link types, so that an {@code @} inside a URL is no address.
     */
    private static final LinkExtractor LINKS = LinkExtractor.builder().linkTypes(EnumSet.allOf(LinkType.class)).build();

    private QaUrls() {}

    /**
     * True when the code can hold a destination: a link's close, an image, an autolink, HTML, and
     * a code of unknown type whose Markdown looks like one of those.
     */
    static boolean carriesUrl(Code c) {
        return switch (c.type()) {
            case LINK -> c.kind() == Code.Kind.CLOSE;
            case IMAGE, AUTOLINK, HTML -> true;
            case OTHER -> c.data().contains("](") || c.data().contains("][") || AUTOLINK.matcher(c.data()).matches()
                    || htmlUrl(c.data()) != null;
            default -> false;
        };
    }

    /**
     * The destination of a code: the URL of {@code ](url "title")}, the label of a reference
     * link {@code ][label]}, an autolink's URL, an HTML {@code href}/{@code src}; null when none.
     */
    static String url(Code c) {
        if (!carriesUrl(c)) {
            return null;
        }
        if (c.type() == Code.Type.AUTOLINK || AUTOLINK.matcher(c.data()).matches()) {
            String d = c.data().strip();
            return d.startsWith("<") && d.endsWith(">") ? d.substring(1, d.length() - 1) : d;
        }
        if (c.type() == Code.Type.HTML || htmlUrl(c.data()) != null) {
            return htmlUrl(c.data());
        }
        return markdownDestination(c.data());
    }

    /**
     * URLs ({@code https://…}, {@code www.…}) and e-mail addresses written in plain text, in text
     * order, trailing punctuation left out. An address that holds {@code www.} is one address.
     */
    static List<String> inText(String text) {
        boolean url = mayHoldUrl(text);
        boolean mail = text.indexOf('@') >= 0;
        if (!url && !mail) {
            return List.of();
        }
        List<Found> found = url ? urls(text) : new ArrayList<>();
        if (mail) {
            addAddresses(text, found);
        }
        return found.stream().map(Found::text).toList();
    }

    /** Adds the e-mail addresses of the text in their places among the URLs; a URL inside an address is dropped. */
    private static void addAddresses(String text, List<Found> found) {
        for (LinkSpan link : LINKS.extractLinks(text)) {
            if (link.getType() == LinkType.EMAIL) {
                found.removeIf(url -> url.start() < link.getEndIndex() && url.end() > link.getBeginIndex());
                found.add(new Found(link.getBeginIndex(), text.substring(link.getBeginIndex(), link.getEndIndex())));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
    }

    /** A URL or e-mail address found in a text, and where it starts. */
    private record Found(int start, String text) {
        int end() {
            return start + text.length();
        }
    }

    private static List<Found> urls(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = TEXT_URL.matcher(text);
        while (m.find()) {
            out.add(new Found(m.start(), trimTrailing(m.group())));
        }
        return out;
    }

    /**
     * False when {@link #TEXT_URL} cannot match: every match holds {@code ://} or {@code www.}
     * (any case). Most segments have neither, and the case-insensitive pattern tried at every
     * word boundary was a twentieth of a check.
     */
    static boolean mayHoldUrl(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int dot = text.indexOf('.', 3); dot >= 0; dot = text.indexOf('.', dot + 1)) {
            if (isW(text.charAt(dot - 1)) && isW(text.charAt(dot - 2)) && isW(text.charAt(dot - 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    /** The {@code href} or {@code src} of an HTML tag, or null. */
    private static String htmlUrl(String data) {
        if (!data.startsWith("<")) {
            return null;
        }
        Matcher m = HTML_URL.matcher(data);
        return m.find() ? firstNonNull(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static String markdownDestination(String data) {
        int i = data.indexOf("](");
        if (i < 0) {
            int ref = data.indexOf("][");
            return ref < 0 ? null : data.substring(ref + 1).strip();
        }
        String rest = data.substring(i + 2).stripLeading();
        if (rest.startsWith("<")) {
            int close = rest.indexOf('>');
            return close < 0 ? rest.substring(1) : rest.substring(1, close);
        }
        return bareDestination(rest);
    }

    /** A destination without angle brackets ends at a space or at the parenthesis that closes the link. */
    private static String bareDestination(String rest) {
        int depth = 0;
        for (int j = 0; j < rest.length(); j++) {
            char ch = rest.charAt(j);
            if (ch == '\\' && j + 1 < rest.length()) {
                j++;
            } else if (Character.isWhitespace(ch) || (ch == ')' && depth == 0)) {
                return rest.substring(0, j);
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            }
        }
        return rest;
    }

    private static String trimTrailing(String url) {
        String u = url;
        while (!u.isEmpty()) {
            char last = u.charAt(u.length() - 1);
            boolean unbalancedParen = last == ')' && count(u, '(') < count(u, ')');
            if (TRAILING.indexOf(last) < 0 && !unbalancedParen) {
                break;
            }
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    private static long count(String s, char ch) {
        return s.chars().filter(c -> c == ch).count();
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
