package dev.docloc.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The examples of a CommonMark-style spec file (spec.txt, gfm-spec.txt) from the classpath. */
public final class SpecExamples {
    /** One example: its Markdown and its expected output (HTML in the CommonMark spec), with tabs restored. */
    public record Example(String file, int number, String section, String markdown, String expected) {
        @Override
        public String toString() {
            return file + " #" + number + " (" + section + ")";
        }
    }

    private SpecExamples() {}

    public static List<Example> read(String resource) {
        String text;
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " not on the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> out = new ArrayList<>();
        String section = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                section = line.replaceFirst("^#+\\s*", "");
            }
            if (line.startsWith("````````````````````````````````") && line.contains("example")) {
                StringBuilder md = new StringBuilder();
                i++;
                while (!lines[i].equals(".")) {
                    md.append(lines[i]).append('\n');
                    i++;
                }
                StringBuilder expected = new StringBuilder();
                i++;
                while (!lines[i].startsWith("````````````````````````````````")) {
                    expected.append(lines[i]).append('\n');
                    i++;
                }
                out.add(new Example(resource, out.size() + 1, section, md.toString().replace('→', '\t'),
                        expected.toString().replace('→', '\t')));
            }
        }
        return out;
    }
}
