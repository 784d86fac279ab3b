package dev.docloc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Waits for changes to what a build reads: {@code source-docs/}, {@code translations/} and
 * {@code templates/} (with folders created later) and {@code glossary.yml}. Nothing else in the project counts, so the build's own output under
 * {@code target/} does not wake it.
 */
final class ChangeWatcher implements AutoCloseable {
    /** Trees whose every file is an input. */
    static final Set<String> TREES = Set.of("source-docs", "translations", "templates");
    /** Files at the project root that are inputs. */
    static final Set<String> FILES = Set.of("glossary.yml");
    /** Changes closer together than this are one change (an editor's save, a checkout). */
    private static final long QUIET_MILLIS = 200;

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();

    private ChangeWatcher(Path root, WatchService service) {
        this.root = root;
        this.service = service;
    }

    static ChangeWatcher of(Path root) throws IOException {
        ChangeWatcher w = new ChangeWatcher(root.toAbsolutePath().normalize(), root.getFileSystem().newWatchService());
        w.register(w.root);
        for (String tree : TREES) {
            w.registerTree(w.root.resolve(tree));
        }
        return w;
    }

    /**
     * Waits for a change and then until changes stop for a moment; returns the input files and
     * folders that changed (relative to the project), or null when the thread was interrupted.
     */
    Set<String> await() {
        Set<String> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                collect(service.take(), changed);
            }
            WatchKey more;
            while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                collect(more, changed);
            }
            return changed;
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void collect(WatchKey key, Set<String> changed) {
        Path dir = dirs.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                // events were lost, folders created among them too: look at the whole trees again
                changed.add("(many files)");
                TREES.forEach(t -> registerTree(root.resolve(t)));
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            String relative = root.relativize(file).toString().replace('\\', '/');
            String first = relative.contains("/") ? relative.substring(0, relative.indexOf('/')) : relative;
            if (!(dir.equals(root) ? FILES.contains(relative) || TREES.contains(relative) : TREES.contains(first))) {
                continue;
            }
            changed.add(relative);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) {
                registerTree(file);
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
    }

    /** Watches {@code top} and every folder below it, through links as the build reads them (a loop once). */
    private void registerTree(Path top) {
        if (!Files.isDirectory(top)) {
            return;
        }
        try {
            Files.walkFileTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    register(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE; // a link loop or a file gone: the build reports what matters
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path dir) {
        try {
            dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY), dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
