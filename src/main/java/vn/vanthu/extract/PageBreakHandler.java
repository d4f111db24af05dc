package vn.vanthu.extract;

import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Writes a form feed where a page ends (Tika marks PDF pages as {@code <div class="page">}), so
 * the text cleaner can tell page headers and footers from body text.
 */
final class PageBreakHandler extends ContentHandlerDecorator {
    private static final char[] FORM_FEED = {'\f'};
    private final Deque<Boolean> divs = new ArrayDeque<>();

    PageBreakHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        if ("div".equals(localName)) {
            divs.push("page".equals(atts.getValue("class")));
        }
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        super.endElement(uri, localName, name);
        if ("div".equals(localName) && !divs.isEmpty() && divs.pop()) {
            super.characters(FORM_FEED, 0, 1);
        }
    }
}
