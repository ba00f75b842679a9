package dev.backendhandbook.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a source tree (every folder under it, new ones too) and runs an action once per burst of
 * changes: an editor's save is often several events (a temporary file, a rename), so the action
 * waits until the tree has been quiet for a moment.
 */
public final class SourceWatcher implements AutoCloseable {
  /** How long the tree must be quiet before the action runs. */
  private static final long QUIET_MILLIS = 40;

  private final Path root;
  private final Runnable action;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;

  private SourceWatcher(Path root, Runnable action) throws IOException {
    this.root = root;
    this.action = action;
    this.service = root.getFileSystem().newWatchService();
    register(root);
    this.thread = new Thread(this::watch, "handbook-watcher");
    this.thread.setDaemon(true);
  }

  /** Starts watching {@code root}; {@code action} runs on the watcher's own thread. */
  public static SourceWatcher start(Path root, Runnable action) throws IOException {
    SourceWatcher watcher = new SourceWatcher(root.toAbsolutePath().normalize(), action);
    watcher.thread.start();
    return watcher;
  }

  private void register(Path folder) throws IOException {
    try (Stream<Path> tree = Files.walk(folder)) {
      for (Path each : tree.filter(Files::isDirectory).toList()) {
        folders.put(each.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), each);
      }
    }
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = service.take();
        drain(key);
        // Collect the rest of the burst before acting once.
        WatchKey more;
        while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(more);
        }
        action.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  /** Takes a key's events, watching any folder created under it. */
  private void drain(WatchKey key) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW || folder == null) {
        continue;
      }
      Path changed = folder.resolve((Path) event.context());
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          register(changed);
        } catch (IOException vanished) {
          // deleted again before it could be watched: nothing to watch
        }
      }
    }
    if (!key.reset()) {
      folders.remove(key);
    }
  }

  /** The folder this watcher watches. */
  public Path root() {
    return root;
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
