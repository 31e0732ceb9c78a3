package io.gaokai.lint.core.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * A parsed YAML tree in a compact binary form, written at build time next to each built-in rule set
 * ({@code national.yaml.tree}): in a cold JVM, snakeyaml spends most of a one-report run's rule
 * loading on scanning the YAML, while reading this form back costs a few milliseconds. The YAML
 * stays the only source: the form records the length and CRC-32 of the text it was made from, and
 * a loader that finds it stale, damaged or of another version parses the YAML instead.
 */
public final class YamlTreeCodec {

  /** What a tree file is called next to its YAML file. */
  public static final String SUFFIX = ".tree";

  private static final int MAGIC = 0x474b5954; // "GKYT"
  private static final int VERSION = 1;
  private static final byte NULL = 0;
  private static final byte SCALAR = 1;
  private static final byte SEQUENCE = 2;
  private static final byte MAPPING = 3;

  private YamlTreeCodec() {}

  /** The binary form of {@code root}, parsed from {@code source}. */
  public static byte[] encode(YamlNode root, String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(source.length());
      out.writeLong(crc(source));
      write(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * The tree in {@code bytes}, with marks naming {@code file}; empty when the bytes were not made
   * from {@code source} by this version, or are damaged. Never throws.
   */
  public static Optional<YamlNode> decode(byte[] bytes, String file, String source) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC || in.readInt() != VERSION || in.readInt() != source.length() || in.readLong() != crc(source)) {
        return Optional.empty();
      }
      YamlNode root = read(in, file, bytes.length);
      return in.available() == 0 ? Optional.of(root) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static long crc(String source) {
    CRC32 crc = new CRC32();
    crc.update(source.getBytes(StandardCharsets.UTF_8));
    return crc.getValue();
  }

  private static void write(YamlNode node, DataOutputStream out) throws IOException {
    if (node instanceof YamlNode.Scalar s) {
      out.writeByte(s.value() == null ? NULL : SCALAR);
      writeMark(s.mark(), out);
      if (s.value() != null) {
        writeString(s.value(), out);
      }
    } else if (node instanceof YamlNode.Sequence s) {
      out.writeByte(SEQUENCE);
      writeMark(s.mark(), out);
      out.writeInt(s.items().size());
      for (YamlNode item : s.items()) {
        write(item, out);
      }
    } else {
      YamlNode.Mapping m = (YamlNode.Mapping) node;
      out.writeByte(MAPPING);
      writeMark(m.mark(), out);
      out.writeInt(m.entries().size());
      for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
        writeString(e.getKey(), out);
        writeMark(m.keyMarks().get(e.getKey()), out);
        write(e.getValue(), out);
      }
    }
  }

  private static void writeMark(Mark mark, DataOutputStream out) throws IOException {
    out.writeInt(mark.line());
    out.writeInt(mark.column());
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /** Reads one node; {@code limit} bounds every count, so damaged bytes cannot ask for a huge array. */
  private static YamlNode read(DataInputStream in, String file, int limit) throws IOException {
    byte type = in.readByte();
    Mark mark = new Mark(file, in.readInt(), in.readInt());
    switch (type) {
      case NULL:
        return new YamlNode.Scalar(null, mark);
      case SCALAR:
        return new YamlNode.Scalar(readString(in, limit), mark);
      case SEQUENCE: {
        int n = count(in, limit);
        List<YamlNode> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(read(in, file, limit));
        }
        return new YamlNode.Sequence(items, mark);
      }
      case MAPPING: {
        int n = count(in, limit);
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Mark> keyMarks = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = readString(in, limit);
          keyMarks.put(key, new Mark(file, in.readInt(), in.readInt()));
          entries.put(key, read(in, file, limit));
        }
        return new YamlNode.Mapping(entries, keyMarks, mark);
      }
      default:
        throw new IOException("unknown node type " + type);
    }
  }

  private static int count(DataInputStream in, int limit) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > limit) {
      throw new IOException("count out of range: " + n);
    }
    return n;
  }

  private static String readString(DataInputStream in, int limit) throws IOException {
    byte[] utf8 = new byte[count(in, limit)];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code NAME.yaml.tree} next to every {@code NAME.yaml} in the given directories (the
   * rules module's build runs this on its classes directory). A YAML error stops the build with the
   * file, line and column.
   */
  public static void main(String[] args) throws IOException {
    for (String dir : args) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(Path.of(dir))) {
        files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
      }
      for (Path yaml : files) {
        String text = Files.readString(yaml, StandardCharsets.UTF_8);
        try {
          YamlNode root = YamlTrees.parse(yaml.toString(), text);
          Files.write(yaml.resolveSibling(yaml.getFileName() + SUFFIX), encode(root, text));
        } catch (RuleDefinitionException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }
    }
  }
}
