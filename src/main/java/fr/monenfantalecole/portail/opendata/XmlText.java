package fr.monenfantalecole.portail.opendata;

import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;

/**
 * Text as XML 1.0 accepts it: a character pasted from a word processor (a vertical tab, a form
 * feed) would otherwise make a whole feed or flux unreadable, or fail while writing it.
 */
final class XmlText {

    private XmlText() {}

    static @Nullable String clean(@Nullable String text) {
        return text == null ? null : cleanText(text);
    }

    static String cleanText(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (allowed) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** A writer that cleans every text and attribute value it is given (the JDK has no writer delegate: a proxy). */
    static XMLStreamWriter cleaning(XMLStreamWriter writer) {
        return (XMLStreamWriter) java.lang.reflect.Proxy.newProxyInstance(
                XmlText.class.getClassLoader(), new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (args != null
                            && (name.equals("writeCharacters") && args.length == 1 || name.equals("writeAttribute"))) {
                        int last = args.length - 1;
                        if (args[last] instanceof String value) {
                            args[last] = cleanText(value);
                        }
                    }
                    try {
                        return method.invoke(writer, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
