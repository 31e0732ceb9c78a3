package io.gaokai.lint.core.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the streams of a PDF expand to. PDFBox decodes a stream wholly into memory the first time it
 * is read, so a page whose few kilobytes of content inflate to a gigabyte would take a gigabyte of
 * heap (and the seconds to fill it). Here every stream text extraction may read is decoded once,
 * filter by filter, into a buffer that refuses to grow past what is left of the {@link
 * ExpandedSize} budget; the last filter's output is only counted.
 *
 * <p>Images (an image {@code Subtype}, or an image-only filter such as DCTDecode) and embedded files
 * are not counted: text extraction never decodes them, and a scan's page images legitimately
 * expand to tens of megabytes. A stream that cannot be decoded is left to text extraction, which
 * reports the damage in its own words.
 */
final class PdfStreams {

  /** Filters whose output is an image, which text extraction never asks for. */
  private static final Set<COSName> IMAGE_FILTERS =
      Set.of(
          COSName.DCT_DECODE, COSName.DCT_DECODE_ABBREVIATION, COSName.JPX_DECODE, COSName.JBIG2_DECODE,
          COSName.CCITTFAX_DECODE, COSName.CCITTFAX_DECODE_ABBREVIATION);

  private PdfStreams() {}

  /** Decodes the streams of {@code pdf} that text extraction may read, spending {@code budget}. */
  static void checkExpandedSize(PDDocument pdf, ExpandedSize budget) throws InputException {
    COSDocument document = pdf.getDocument();
    for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(document.getXrefTable().entrySet())) {
      Long offset = entry.getValue();
      if (offset == null || offset <= 0) {
        continue; // an object inside an object stream (never a stream itself), counted with it
      }
      COSBase object;
      try {
        object = document.getObjectFromPool(entry.getKey()).getObject();
      } catch (RuntimeException e) {
        continue;
      }
      if (object instanceof COSStream stream && isReadForText(stream)) {
        spend(stream, budget);
      }
    }
  }

  private static boolean isReadForText(COSStream stream) {
    return !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))
        && !COSName.EMBEDDED_FILE.equals(stream.getCOSName(COSName.TYPE))
        && filters(stream).stream().noneMatch(IMAGE_FILTERS::contains);
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    List<COSName> names = new ArrayList<>();
    if (filters instanceof COSName name) {
      names.add(name);
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.getObject(i) instanceof COSName name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Decodes one stream through its filters, each stage bounded by what is left of the budget. */
  private static void spend(COSStream stream, ExpandedSize budget) throws InputException {
    List<COSName> filters = filters(stream);
    if (filters.isEmpty()) {
      return; // stored as it is: no larger than the file
    }
    try {
      InputStream in = stream.createRawInputStream();
      for (int i = 0; i < filters.size(); i++) {
        Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
        boolean last = i == filters.size() - 1;
        Bounded out = new Bounded(budget.remaining(), !last);
        try (InputStream encoded = in) {
          filter.decode(encoded, out, stream, i);
        } catch (IOException | RuntimeException e) {
          if (!out.exceeded) {
            return; // damaged: text extraction reports it
          }
        }
        if (out.exceeded) {
          throw budget.exceeded();
        }
        if (last) {
          budget.spend(out.count);
        } else {
          in = new ByteArrayInputStream(out.held.toByteArray());
        }
      }
    } catch (IOException | RuntimeException e) {
      // no filter of that name, or no raw data: text extraction says what is wrong
    }
  }

  /**
   * Counts what is written (and holds it, for a filter that is not the last) and fails the write
   * that passes the bound, so no filter can fill the heap.
   */
  private static final class Bounded extends OutputStream {
    private final long bound;
    private final ByteArrayOutputStream held;
    private long count;
    private boolean exceeded;

    Bounded(long bound, boolean hold) {
      this.bound = bound;
      this.held = hold ? new ByteArrayOutputStream() : null;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
      if (count > bound) {
        exceeded = true;
        throw new IOException("expands beyond the limit");
      }
      if (held != null) {
        held.write(b, off, len);
      }
    }
  }
}
