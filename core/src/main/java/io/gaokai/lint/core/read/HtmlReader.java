package io.gaokai.lint.core.read;

import io.gaokai.lint.core.model.SourceDocument;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * HTML pages from government sites. Placeholder body replaced by the HTML reader work: text of the
 * body, one block per line.
 */
public final class HtmlReader implements DocumentReader {

  @Override
  public String kind() {
    return "html";
  }

  @Override
  public SourceDocument read(String name, byte[] content) throws InputException {
    String text = TextDecoder.decode(content).text();
    Document doc = Jsoup.parse(text);
    String body = doc.body() == null ? "" : doc.body().wholeText();
    return SourceDocument.ofText(name, kind(), new String(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }
}
