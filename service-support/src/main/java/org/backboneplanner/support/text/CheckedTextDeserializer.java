package org.backboneplanner.support.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads every string of a request body by {@link TextRules}: line breaks normalized, refused characters
 * answered as a field error (the value is not echoed back: it is what was wrong).
 */
public class CheckedTextDeserializer extends StdScalarDeserializer<String> {

    public CheckedTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text == null) {
            return null;
        }
        int refused = TextRules.firstRefused(text);
        if (refused >= 0) {
            throw new RefusedCharacterException(parser, refused);
        }
        return TextRules.normalizeLineBreaks(text);
    }

    /** A string holding a character the rules refuse. */
    public static class RefusedCharacterException extends InvalidFormatException {

        private final int codePoint;

        RefusedCharacterException(JsonParser parser, int codePoint) {
            super(parser, "refused character " + TextRules.name(codePoint), null, String.class);
            this.codePoint = codePoint;
        }

        public int codePoint() {
            return codePoint;
        }
    }
}
