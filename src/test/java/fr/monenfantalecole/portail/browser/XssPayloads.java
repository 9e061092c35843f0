package fr.monenfantalecole.portail.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The stored-XSS corpus: each payload calls {@code __xss(n)} (n unique per field and payload) if it
 * ever runs. Every vector is tried bare and after breaking out of a quoted attribute.
 */
final class XssPayloads {

    /** {@code X} stands for the call {@code __xss(n)}. */
    static final List<String> VECTORS = List.of(
            "<script>X</script>",
            "<SCRIPT SRC=data:text/javascript,X></SCRIPT>",
            "<img src=x onerror=X>",
            "<img src=\"x\" onerror=\"X\">",
            "<svg onload=X>",
            "<svg><script>X</script></svg>",
            "<svg><animate onbegin=X attributeName=x dur=1s>",
            "<svg><a xlink:href=\"javascript:X\"><text x=\"20\" y=\"20\">x</text></a></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=X>",
            "<noscript><p title=\"</noscript><img src=x onerror=X>\">",
            "<iframe srcdoc=\"<script>X</script>\"></iframe>",
            "<iframe src=\"javascript:X\"></iframe>",
            "<object data=\"javascript:X\"></object>",
            "<embed src=\"javascript:X\">",
            "<body onload=X>",
            "<details open ontoggle=X>",
            "<input autofocus onfocus=X>",
            "<video><source onerror=X></video>",
            "<a href=\"javascript:X\">lien</a>",
            "<a href=\"JaVaScRiPt:X\">lien</a>",
            "<a href=\"&#106;avascript:X\">lien</a>",
            "<a href=\"  javascript:X\">lien</a>",
            "<form action=\"javascript:X\"><button>x</button></form>",
            "<div style=\"background:url(javascript:X)\">x</div>",
            "<style>@import 'javascript:X';</style>",
            "<div style=\"width:expression(X)\">x</div>",
            "<link rel=stylesheet href=\"javascript:X\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:X\">",
            "<base href=\"javascript:X//\">",
            "</script><script>X</script>",
            "</title><script>X</script>",
            "</textarea><script>X</script>",
            "</style><script>X</script>",
            "<!--<img src=x onerror=X>-->",
            "--><img src=x onerror=X>",
            "<![CDATA[<img src=x onerror=X>]]>",
            "${X}",
            "`+X+`",
            "{{constructor.constructor('X')()}}",
            "'-X-'",
            "\"-X-\"",
            "\\\";X;//",
            "[lien](javascript:X)",
            "[lien](JAVASCRIPT:X)",
            "[lien](data:text/html,<script>X</script>)",
            "![image](javascript:X)",
            "![image](x\" onerror=\"X)",
            "[lien](https://example.org\" onclick=\"X)",
            "<javascript:X>",
            "[lien][r]\n\n[r]: javascript:X",
            "[lien](javascript&#58;X)",
            "<svg><style><img src=x onerror=X></style></svg>",
            "<a href=\"#\" onmouseover=X>x</a>",
            "<scr<script>ipt>X</scr</script>ipt>",
            "<img src=x:x onerror=X//",
            "<x onpointerenter=X>x</x>",
            "<svg/onload=X>",
            "' onfocus=X autofocus x='",
            "ligne\r\nATTACH:javascript:X");

    private XssPayloads() {}

    /** The payloads of one field: every vector bare and after an attribute break-out, numbered from {@code base}. */
    static List<String> of(int base) {
        var payloads = new ArrayList<String>();
        int n = base;
        for (String prefix : List.of("", "\"'>")) {
            for (String vector : VECTORS) {
                payloads.add(prefix + vector.replace("X", "__xss(" + n++ + ")"));
            }
        }
        return payloads;
    }

    static int count() {
        return VECTORS.size() * 2;
    }

    /** The payloads of one field as one text: separate paragraphs, so Markdown reads each. */
    static String text(int base) {
        return of(base).stream().collect(Collectors.joining("\n\n"));
    }

    /** The payloads of one field as one line, for a field that keeps a single line. */
    static String line(int base) {
        return of(base).stream()
                .map(p -> p.replace("\r", " ").replace("\n", " "))
                .collect(Collectors.joining(" "));
    }
}
