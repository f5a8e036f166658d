package org.haven.referral;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable referral form for a partner without Haven: the package of a sent referral
 * and nothing else, one field a line, every page marked with the referral's id. Made in
 * memory and never kept on disk. Characters the embedded font (DejaVu Sans) cannot draw
 * print as "?"; Arabic is drawn letter by letter, unshaped.
 */
public final class ReferralForm {

	/** The form's words in the user's language, by message key. */
	@FunctionalInterface
	public interface Labels {

		String of(String key);

	}

	private static final float MARGIN = 50;

	private static final float FONT_SIZE = 10;

	private static final float LEADING = 14;

	private static final int WRAP_AT = 95;

	private ReferralForm() {
	}

	/** The lines of the form, in order, as they are printed. */
	static List<String> lines(ReferralPackage referralPackage, String hash, Labels labels) {
		List<String> lines = new ArrayList<>();
		lines.add(labels.of("referral.form.title"));
		lines.add(labels.of("referral.form.id") + ": " + referralPackage.referral());
		lines.add(labels.of("referral.form.from") + ": " + referralPackage.from());
		lines.add(labels.of("referral.form.to") + ": " + referralPackage.to());
		lines.add(labels.of("referral.form.service") + ": " + referralPackage.service());
		lines.add(labels.of("referral.form.reason") + ": " + referralPackage.reason().name());
		lines.add(labels.of("referral.form.urgency") + ": " + referralPackage.urgency().name());
		lines.add(labels.of("referral.form.sent-on") + ": " + referralPackage.sentOn());
		lines.add(labels.of("referral.form.respond-by") + ": " + referralPackage.respondBy());
		for (PackageLine line : referralPackage.lines()) {
			lines.add(labels.of("referral.field." + line.field()) + ": " + line.value());
		}
		lines.add(labels.of("referral.form.hash") + ": " + hash);
		return lines;
	}

	static byte[] of(ReferralPackage referralPackage, String hash, Labels labels) {
		try (PDDocument document = new PDDocument();
				InputStream fontFile = ReferralForm.class.getResourceAsStream("DejaVuSans.ttf")) {
			PDType0Font font = PDType0Font.load(document, fontFile, true);
			List<String> printed = new ArrayList<>();
			for (String line : lines(referralPackage, hash, labels)) {
				printed.addAll(wrapped(drawable(font, line)));
			}
			String mark = drawable(font, labels.of("referral.form.id") + ": " + referralPackage.referral());
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - 2;
			for (int from = 0; from < printed.size(); from += perPage) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, FONT_SIZE);
					content.setLeading(LEADING);
					content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
					for (String line : printed.subList(from, Math.min(printed.size(), from + perPage))) {
						content.showText(line);
						content.newLine();
					}
					content.endText();
					if (from > 0) {
						content.beginText();
						content.setFont(font, FONT_SIZE - 2);
						content.newLineAtOffset(MARGIN, MARGIN / 2);
						content.showText(mark);
						content.endText();
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

	/** The line with every character the font cannot draw, and every control, as "?". */
	private static String drawable(PDType0Font font, String line) {
		StringBuilder drawable = new StringBuilder();
		line.codePoints().forEach(codePoint -> {
			String character = Character.toString(codePoint);
			boolean ok = !Character.isISOControl(codePoint);
			if (ok) {
				try {
					font.encode(character);
				}
				catch (IOException | IllegalArgumentException ex) {
					ok = false;
				}
			}
			drawable.append(ok ? character : "?");
		});
		return drawable.toString();
	}

	private static List<String> wrapped(String line) {
		List<String> wrapped = new ArrayList<>();
		String rest = line;
		while (rest.length() > WRAP_AT) {
			int at = rest.lastIndexOf(' ', WRAP_AT);
			if (at <= 0) {
				at = WRAP_AT;
			}
			wrapped.add(rest.substring(0, at));
			rest = "  " + rest.substring(at).strip();
		}
		wrapped.add(rest);
		return wrapped;
	}

}
