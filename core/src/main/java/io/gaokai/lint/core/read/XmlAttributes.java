package io.gaokai.lint.core.read;

import java.util.Collection;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/** Attribute values gathered from the elements inside a piece of a Word document's XML. */
public final class XmlAttributes {

  private XmlAttributes() {}

  /**
   * Adds to {@code into}, in document order, the value of {@code attribute} of every element inside
   * {@code root} whose name {@code element} accepts, and returns {@code into}.
   */
  public static <C extends Collection<String>> C collect(XmlObject root, Predicate<QName> element, QName attribute, C into) {
    try (XmlCursor cursor = root.newCursor()) {
      int depth = 0;
      while (depth >= 0) {
        XmlCursor.TokenType token = cursor.toNextToken();
        if (token.isNone()) {
          break;
        } else if (token.isStart()) {
          depth++;
          if (element.test(cursor.getName())) {
            String value = cursor.getAttributeText(attribute);
            if (value != null) {
              into.add(value);
            }
          }
        } else if (token.isEnd()) {
          depth--;
        }
      }
    }
    return into;
  }
}
