package org.haven.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The printable referral form for a partner without Haven: the package of a sent referral
 * and nothing else, one field a line, in the caseworker's language and with codes in
 * words, every page marked with the referral's id. Made in memory and never kept on disk.
 * Any script prints ({@link FormText}); a form that could not print all of its text is
 * refused ({@link FormUnprintable}), never printed with parts missing.
 */
public final class ReferralForm {

	/**
	 * The field name under which {@link Labels#value} is asked for the service's label.
	 */
	public static final String SERVICE = "service";

	/**
	 * The field name under which {@link Labels#value} is asked for the reason's label.
	 */
	public static final String REASON = "reason";

	/**
	 * The field name under which {@link Labels#value} is asked for the urgency's label.
	 */
	public static final String URGENCY = "urgency";

	/**
	 * The field name under which {@link Labels#value} is asked for the day sent (ISO).
	 */
	public static final String SENT_ON = "sentOn";

	/**
	 * The field name under which {@link Labels#value} is asked for the answer-by day
	 * (ISO).
	 */
	public static final String RESPOND_BY = "respondBy";

	/**
	 * The form's words in the user's language: the screen resolves them, the backend
	 * keeps no translations.
	 */
	@FunctionalInterface
	public interface Labels {

		/** A word of the form or a field's name, by message key. */
		String of(String key);

		/**
		 * A value of the package as the user reads it: codes (a list of them joined by ";
		 * ") in words, ISO dates as the user writes dates. By default as sent.
		 * @param field a line's field, or {@link #SERVICE}, {@link #REASON},
		 * {@link #URGENCY}, {@link #SENT_ON}, {@link #RESPOND_BY}
		 */
		default String value(String field, String value) {
			return value;
		}

	}

	private static final float MARGIN = 50;

	private static final float FONT_SIZE = 10;

	private static final float LEADING = 14;

	private static final float CONTINUATION_INDENT = 12;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final String LEFT_TO_RIGHT_ISOLATE = "\u2066";

	private static final String POP_DIRECTIONAL_ISOLATE = "\u2069";

	private ReferralForm() {
	}

	/**
	 * The referral's id, on its line and on every page, the id set by {@code setting}.
	 */
	private static String idLine(ReferralPackage referralPackage, Labels labels, UnaryOperator<String> setting) {
		return labels.of("referral.form.id") + ": " + setting.apply(referralPackage.referral().toString());
	}

	/**
	 * An identifier isolated left to right, as it is laid out: in a right-to-left line
	 * the bidirectional algorithm would move a first group of digits after the rest, and
	 * the partner would read another id. The isolates are not printed.
	 */
	private static String leftToRight(String identifier) {
		return LEFT_TO_RIGHT_ISOLATE + identifier + POP_DIRECTIONAL_ISOLATE;
	}

	/**
	 * The lines of the form, in order, as they are printed (before wrapping); the hash on
	 * a line of its own, so that it is never cut.
	 */
	static List<String> lines(ReferralPackage referralPackage, String hash, Labels labels) {
		return lines(referralPackage, hash, labels, UnaryOperator.identity());
	}

	private static List<String> lines(ReferralPackage referralPackage, String hash, Labels labels,
			UnaryOperator<String> identifiers) {
		List<String> lines = new ArrayList<>();
		lines.add(labels.of("referral.form.title"));
		lines.add(idLine(referralPackage, labels, identifiers));
		lines.add(labels.of("referral.form.from") + ": " + referralPackage.from());
		lines.add(labels.of("referral.form.to") + ": " + referralPackage.to());
		lines.add(labels.of("referral.form.service") + ": " + labels.value(SERVICE, referralPackage.service()));
		lines.add(labels.of("referral.form.reason") + ": " + labels.value(REASON, referralPackage.reason().name()));
		lines.add(labels.of("referral.form.urgency") + ": " + labels.value(URGENCY, referralPackage.urgency().name()));
		lines.add(
				labels.of("referral.form.sent-on") + ": " + labels.value(SENT_ON, referralPackage.sentOn().toString()));
		lines.add(labels.of("referral.form.respond-by") + ": "
				+ labels.value(RESPOND_BY, referralPackage.respondBy().toString()));
		for (PackageLine line : referralPackage.lines()) {
			lines.add(labels.of("referral.field." + line.field()) + ": " + labels.value(line.field(), line.value()));
		}
		lines.add(labels.of("referral.form.hash") + ":");
		lines.add(hash);
		return lines;
	}

	static byte[] of(ReferralPackage referralPackage, String hash, Labels labels) {
		return of(referralPackage, hash, labels, FormFont.SYSTEM);
	}

	static byte[] of(ReferralPackage referralPackage, String hash, Labels labels, List<FormFont> fonts) {
		try (PDDocument document = new PDDocument(); FormText text = FormText.load(document, fonts, FONT_SIZE)) {
			List<FormText.Line> printed = new ArrayList<>();
			for (String line : lines(referralPackage, hash, labels, ReferralForm::leftToRight)) {
				printed.addAll(text.lines(line, WIDTH - CONTINUATION_INDENT));
			}
			List<FormText.Line> mark = text.lines(idLine(referralPackage, labels, ReferralForm::leftToRight), WIDTH);
			if (text.missing() > 0) {
				throw FormUnprintable.charactersMissing(text.missing());
			}
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - 2;
			for (int from = 0; from < printed.size(); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					float y = PDRectangle.A4.getHeight() - MARGIN;
					for (FormText.Line line : printed.subList(from, Math.min(printed.size(), from + perPage))) {
						draw(content, line, y, FONT_SIZE);
						y -= LEADING;
					}
					if (from > 0) {
						float markY = MARGIN / 2;
						for (FormText.Line line : mark) {
							draw(content, line, markY, FONT_SIZE);
							markY -= LEADING;
						}
					}
				}
			}
			document.getDocumentInformation().setTitle(referralPackage.referral().toString());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A right-to-left line starts at the right margin; a continued line is indented. */
	private static void draw(PDPageContentStream content, FormText.Line line, float y, float size) throws IOException {
		float indent = line.continued() ? CONTINUATION_INDENT : 0;
		float x = line.rightToLeft() ? MARGIN + WIDTH - indent - line.width() : MARGIN + indent;
		content.beginText();
		content.newLineAtOffset(x, y);
		for (FormText.Run run : line.runs()) {
			content.setFont(run.font(), size);
			content.showText(run.text());
		}
		content.endText();
	}

}
