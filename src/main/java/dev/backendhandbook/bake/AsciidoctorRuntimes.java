package dev.backendhandbook.bake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.AsciidoctorJRuby;
import org.jruby.util.cli.Options;

/**
 * Starts Asciidoctor's JRuby runtimes, each set up for what it will convert, and finds the gems the
 * tool's jars carry.
 *
 * <p>Two of JRuby's settings are chosen per runtime, both measured on this project's pages:
 *
 * <ul>
 *   <li>RubyGems. It is how Ruby finds a library inside a gem; loading it, and asking it on every
 *       {@code require}, is about half a second of each JRuby start (Asciidoctor created in 1.4-1.6
 *       s without it, 1.8-2.1 s with it). The bake needs only a few gems, so its runtime starts
 *       without RubyGems, with those gems' {@code lib} folders put on Ruby's load path here, the
 *       newest version of each as RubyGems would pick. The editions' converters bring dozens of
 *       gems and start with RubyGems.
 *   <li>JRuby's compiler, which turns Ruby methods into JVM bytecode once they run often. It pays
 *       back only over a long run: a bake converting the 56 pages of the handbook took 3.0-3.3 s
 *       converting with Ruby interpreted against 3.5-4.2 s compiled, and one edited page 3.4-3.9 s
 *       in all against 3.9-4.8 s; at 276 pages compiling won (6.2 s against 7.2 s). A runtime for
 *       one bake of less than {@link #INTERPRETED_BELOW} bytes of AsciiDoc interprets.
 * </ul>
 */
public final class AsciidoctorRuntimes {
  /**
   * The AsciiDoc a one-off bake converts below which JRuby interprets rather than compiles: 2 MB
   * still converted faster interpreted, 4 MB compiled, in the measurements above.
   */
  static final long INTERPRETED_BELOW = 2_500_000;

  /** A gem's specification in a jar: {@code specifications/NAME-VERSION.gemspec}. */
  private static final Pattern SPECIFICATION =
      Pattern.compile("specifications/(.+)-(\\d[^/-]*(?:-java)?)\\.gemspec");

  private static Map<String, String> newest = Map.of();

  static {
    // JRuby's jar-dependencies looks for the jars a Ruby library needs (psych's snakeyaml, which
    // Rouge loads) in the user's local Maven repository, whose settings it reads through RubyGems,
    // unless jars.home names a folder: JRuby's own library folder, which holds them, is named, so
    // a runtime without RubyGems finds them and every runtime loads the same ones on any machine.
    System.setProperty("jars.home", "uri:classloader:/META-INF/jruby.home/lib/ruby/stdlib");
  }

  private AsciidoctorRuntimes() {}

  /** Asciidoctor on a JRuby with RubyGems, for converters that bring many gems of their own. */
  public static synchronized Asciidoctor withRubyGems() {
    // The same lock as forPages: never a runtime created while its settings are forced.
    return Asciidoctor.Factory.create();
  }

  /**
   * Asciidoctor on a JRuby without RubyGems, with only {@code gems} on its load path, that
   * interprets Ruby when {@code interpreted}.
   */
  static synchronized Asciidoctor forPages(boolean interpreted, String... gems) {
    List<String> loadPath = new ArrayList<>();
    for (String gem : gems) {
      loadPath.add(lib(gem));
    }
    // JVM-wide settings that a runtime reads as it starts: forced only while this one starts.
    Options.CLI_RUBYGEMS_ENABLE.force("false");
    if (interpreted) {
      Options.COMPILE_MODE.force("OFF");
    }
    try {
      return AsciidoctorJRuby.Factory.create(loadPath);
    } finally {
      Options.CLI_RUBYGEMS_ENABLE.unforce();
      Options.COMPILE_MODE.unforce();
    }
  }

  /**
   * The {@code lib} folder of the newest version of {@code gem} among the tool's jars, as a path
   * JRuby reads from the class path.
   *
   * @throws IllegalStateException when no jar carries the gem
   */
  static synchronized String lib(String gem) {
    if (newest.isEmpty()) {
      newest = find();
    }
    String folder = newest.get(gem);
    if (folder == null) {
      throw new IllegalStateException(
          "no jar on the class path carries the gem '" + gem + "'; it has " + newest.keySet());
    }
    return "uri:classloader:/gems/" + folder + "/lib";
  }

  /** Every gem the class path's jars specify, by name: its newest version's folder name. */
  private static Map<String, String> find() {
    Map<String, String> found = new HashMap<>();
    Map<String, List<Integer>> versions = new HashMap<>();
    try {
      Enumeration<URL> jars =
          AsciidoctorRuntimes.class.getClassLoader().getResources("specifications/");
      while (jars.hasMoreElements()) {
        URLConnection connection = jars.nextElement().openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
          continue;
        }
        JarFile file = jar.getJarFile();
        for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
          Matcher specification = SPECIFICATION.matcher(entries.nextElement().getName());
          if (!specification.matches()) {
            continue;
          }
          String name = specification.group(1);
          List<Integer> version = numbers(specification.group(2));
          List<Integer> known = versions.get(name);
          if (known == null || compare(version, known) > 0) {
            versions.put(name, version);
            found.put(name, name + "-" + specification.group(2));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the gems on the class path", e);
    }
    return Collections.unmodifiableMap(new TreeMap<>(found));
  }

  private static List<Integer> numbers(String version) {
    List<Integer> numbers = new ArrayList<>();
    for (String part : version.replace("-java", "").split("\\.", -1)) {
      numbers.add(
          !part.isEmpty() && part.chars().allMatch(Character::isDigit)
              ? Integer.parseInt(part)
              : 0);
    }
    return numbers;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int difference = Integer.compare(i < a.size() ? a.get(i) : 0, i < b.size() ? b.get(i) : 0);
      if (difference != 0) {
        return difference;
      }
    }
    return 0;
  }
}
