package vn.vanthu.text;

import java.util.function.UnaryOperator;

/** The 8-bit and ASCII ways Vietnamese was written before Unicode, with the repair for each. */
public enum LegacyEncoding {
    TCVN3(Tcvn3Codec::decode),
    VNI(VniCodec::decode),
    VIQR(ViqrCodec::decode),
    CP1258(Cp1258Codec::decode);

    private final UnaryOperator<String> repair;

    LegacyEncoding(UnaryOperator<String> repair) {
        this.repair = repair;
    }

    /** Turns the mojibake (or VIQR) a text extractor gives for this encoding into Unicode. */
    public String toUnicode(String text) {
        return repair.apply(text);
    }
}
