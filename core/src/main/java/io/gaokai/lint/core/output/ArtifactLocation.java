package io.gaokai.lint.core.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a linted file is, as a SARIF {@code artifactLocation}: a relative reference against
 * {@code %SRCROOT%} (the base directory) for files inside it, else an absolute {@code file:} URI
 * without a base id. Segments are joined with {@code /} and percent-encoded as UTF-8 (RFC 3986),
 * so Chinese file names, spaces and {@code #} survive any consumer.
 *
 * @param uri the URI reference
 * @param relative whether {@code uri} is relative to {@link #SRCROOT}
 */
public record ArtifactLocation(String uri, boolean relative) {

  /** The SARIF base id of the base directory. */
  public static final String SRCROOT = "%SRCROOT%";

  /** The location of a file named as the user gave it, against an absolute base directory. */
  public static ArtifactLocation of(String file, Path baseDirectory) {
    Path path;
    try {
      path = baseDirectory.resolve(file).normalize();
    } catch (InvalidPathException e) {
      return new ArtifactLocation(encodeSegments(file.replace('\\', '/')), true);
    }
    if (path.startsWith(baseDirectory) && !path.equals(baseDirectory)) {
      return new ArtifactLocation(encodePath(baseDirectory.relativize(path)), true);
    }
    return new ArtifactLocation(fileUri(path), false);
  }

  /**
   * The file as a plain path for CI tools that match annotations against the repository's paths
   * (GitHub workflow commands, GitLab Code Quality): relative to the base directory with {@code /}
   * between names when the file is inside it ({@code ./reports/a.txt} → {@code reports/a.txt}),
   * else the name as given. Not percent-encoded.
   */
  public static String plainPath(String file, Path baseDirectory) {
    try {
      Path path = baseDirectory.resolve(file).normalize();
      if (path.startsWith(baseDirectory) && !path.equals(baseDirectory)) {
        Path relative = baseDirectory.relativize(path);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < relative.getNameCount(); i++) {
          if (i > 0) {
            sb.append('/');
          }
          sb.append(relative.getName(i));
        }
        return sb.toString();
      }
    } catch (InvalidPathException e) {
      // a name no path can hold (standard input's name, say): as given
    }
    return file;
  }

  /** The {@code file:} URI of a directory, ending in {@code /} as SARIF requires of base URIs. */
  public static String directoryUri(Path directory) {
    String uri = fileUri(directory.toAbsolutePath().normalize());
    return uri.endsWith("/") ? uri : uri + "/";
  }

  private static String fileUri(Path absolute) {
    String encoded = encodePath(absolute);
    // Windows paths start with a drive letter: file:///C:/...; Unix paths with /.
    return "file://" + (encoded.startsWith("/") ? "" : "/") + encoded;
  }

  private static String encodePath(Path path) {
    StringBuilder sb = new StringBuilder();
    if (path.isAbsolute() && path.getRoot() != null) {
      String root = path.getRoot().toString().replace('\\', '/');
      sb.append(root.endsWith("/") ? root : root + "/");
    }
    for (int i = 0; i < path.getNameCount(); i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(encodeSegment(path.getName(i).toString()));
    }
    return sb.toString();
  }

  private static String encodeSegments(String slashed) {
    String[] parts = slashed.split("/", -1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('/');
      }
      sb.append(encodeSegment(parts[i]));
    }
    return sb.toString();
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters, as UTF-8. */
  static String encodeSegment(String segment) {
    StringBuilder sb = new StringBuilder(segment.length() * 3);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return sb.toString();
  }
}
