package io.ccmm.ui.help;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * Markdown as JavaFX nodes (headings, paragraphs, lists, emphasis, code), parsed by commonmark-java: the user guide
 * needs no browser engine.
 */
public final class MarkdownView {

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownView() {}

    /** The document as a column of blocks; headings carry the style classes {@code help-h1}, {@code help-h2}… */
    public static VBox render(String markdown) {
        VBox page = new VBox(10);
        page.getStyleClass().add("help-page");
        org.commonmark.node.Node doc = PARSER.parse(markdown);
        for (org.commonmark.node.Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
            Node shown = block(block);
            if (shown != null) {
                page.getChildren().add(shown);
            }
        }
        return page;
    }

    private static Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().addAll("help-heading", "help-h" + h.getLevel());
            flow.getChildren().forEach(n -> n.getStyleClass().add("help-h" + h.getLevel()));
            return flow;
        }
        if (block instanceof Paragraph p) {
            return inline(p);
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            VBox list = new VBox(4);
            int number =
                    block instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (org.commonmark.node.Node item = block.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                Label marker = new Label(block instanceof OrderedList ? (number++) + "." : "•");
                marker.setMinWidth(18);
                VBox content = new VBox(4);
                for (org.commonmark.node.Node inner = item.getFirstChild(); inner != null; inner = inner.getNext()) {
                    Node shown = block(inner);
                    if (shown != null) {
                        content.getChildren().add(shown);
                    }
                }
                HBox.setHgrow(content, Priority.ALWAYS);
                list.getChildren().add(new HBox(6, marker, content));
            }
            return list;
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof BlockQuote quote) {
            VBox inner = new VBox(6);
            for (org.commonmark.node.Node n = quote.getFirstChild(); n != null; n = n.getNext()) {
                Node shown = block(n);
                if (shown != null) {
                    inner.getChildren().add(shown);
                }
            }
            inner.getStyleClass().add("help-quote");
            return inner;
        }
        return null; // thematic breaks, HTML blocks: nothing to show
    }

    private static Node codeBlock(String literal) {
        Label code = new Label(literal.stripTrailing());
        code.getStyleClass().add("help-code");
        code.setStyle("-fx-font-family: monospace;");
        return code;
    }

    private static TextFlow inline(org.commonmark.node.Node parent) {
        List<Text> runs = new ArrayList<>();
        collect(parent, false, false, runs);
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.getStyleClass().add("help-text");
        return flow;
    }

    private static void collect(org.commonmark.node.Node parent, boolean bold, boolean italic, List<Text> out) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(run(t.getLiteral(), bold, italic, false));
            } else if (n instanceof Code c) {
                out.add(run(c.getLiteral(), bold, italic, true));
            } else if (n instanceof StrongEmphasis) {
                collect(n, true, italic, out);
            } else if (n instanceof Emphasis) {
                collect(n, bold, true, out);
            } else if (n instanceof SoftLineBreak) {
                out.add(run(" ", bold, italic, false));
            } else if (n instanceof HardLineBreak) {
                out.add(run("\n", bold, italic, false));
            } else if (n instanceof Link) {
                collect(n, bold, italic, out);
            } else {
                collect(n, bold, italic, out);
            }
        }
    }

    private static Text run(String text, boolean bold, boolean italic, boolean code) {
        Text t = new Text(text);
        t.getStyleClass().add("help-run");
        StringBuilder style = new StringBuilder();
        if (bold) {
            style.append("-fx-font-weight: bold;");
            t.getStyleClass().add("help-strong");
        }
        if (italic) {
            style.append("-fx-font-style: italic;");
        }
        if (code) {
            style.append("-fx-font-family: monospace;");
            t.getStyleClass().add("help-code");
        }
        t.setStyle(style.toString());
        return t;
    }
}
