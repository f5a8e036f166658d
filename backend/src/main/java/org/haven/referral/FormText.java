package org.haven.referral;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text as the printable form draws it, in any of the languages Haven speaks: Arabic
 * letters shaped (PDF draws glyphs, it does not join letters), each line put in visual
 * order by the Unicode bidirectional algorithm, wrapped to the width of the page, and cut
 * into runs of one font each, the first of the {@link FormFont fonts} that has the glyph.
 * A character no font has is counted, never replaced: the form is refused for it.
 */
final class FormText implements AutoCloseable {

	/** Part of a line drawn in one font, in visual order. */
	record Run(PDType0Font font, String text) {

	}

	/** A line as drawn: its runs from left to right, its width, which side it starts. */
	record Line(List<Run> runs, float width, boolean rightToLeft, boolean continued) {

	}

	private final List<TrueTypeFont> files = new ArrayList<>();

	private final List<CmapLookup> glyphs = new ArrayList<>();

	private final List<PDType0Font> fonts = new ArrayList<>();

	private final float size;

	private long missing;

	private FormText(float size) {
		this.size = size;
	}

	/**
	 * The fonts embedded (as subsets) in the document; refused when one is not installed,
	 * since without it some text would not print.
	 */
	static FormText load(PDDocument document, List<FormFont> fonts, float size) {
		FormText text = new FormText(size);
		boolean loaded = false;
		try {
			for (FormFont font : fonts) {
				if (!Files.isReadable(font.path())) {
					throw FormUnprintable.fontMissing(font);
				}
				TrueTypeFont file = new TTFParser().parse(new RandomAccessReadBufferedFile(font.path().toFile()));
				text.files.add(file);
				text.glyphs.add(file.getUnicodeCmapLookup());
				text.fonts.add(PDType0Font.load(document, file, true));
			}
			loaded = true;
			return text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (!loaded) {
				text.close();
			}
		}
	}

	/** How many characters so far no font could draw. */
	long missing() {
		return this.missing;
	}

	/**
	 * The text as lines no wider than {@code width}, each a paragraph or a part of one.
	 */
	List<Line> lines(String logical, float width) {
		List<Line> lines = new ArrayList<>();
		for (String paragraph : logical.split("\\R", -1)) {
			String shaped = shaped(paragraph.replaceAll("\\p{Cc}", " "));
			Bidi bidi = new Bidi();
			bidi.setPara(shaped, Bidi.LEVEL_DEFAULT_LTR, null);
			byte level = bidi.getParaLevel();
			boolean continued = false;
			for (String part : wrapped(shaped, width)) {
				Bidi line = new Bidi();
				line.setPara(part, level, null);
				String visual = line.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
				lines.add(new Line(runs(visual), width(part), (level & 1) == 1, continued));
				continued = true;
			}
		}
		return lines;
	}

	private static String shaped(String text) {
		try {
			return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_VISUAL_RTL).shape(text);
		}
		catch (ArabicShapingException ex) {
			return text;
		}
	}

	/**
	 * Cut at spaces where it can, inside a word (Chinese has no spaces) where it must.
	 */
	private List<String> wrapped(String text, float width) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.split("(?<= )")) {
			if (current.isEmpty() || width(current + word.stripTrailing()) <= width) {
				current.append(word);
				continue;
			}
			parts.add(current.toString().stripTrailing());
			current.setLength(0);
			current.append(word);
		}
		parts.add(current.toString().stripTrailing());
		return parts.stream().flatMap(part -> splitOverlong(part, width).stream()).toList();
	}

	/** A word wider than the line is cut where the line ends. */
	private List<String> splitOverlong(String part, float width) {
		List<String> pieces = new ArrayList<>();
		String rest = part;
		while (width(rest) > width && rest.codePointCount(0, rest.length()) > 1) {
			int at = rest.offsetByCodePoints(0, 1);
			while (at < rest.length() && width(rest.substring(0, rest.offsetByCodePoints(at, 1))) <= width) {
				at = rest.offsetByCodePoints(at, 1);
			}
			pieces.add(rest.substring(0, at));
			rest = rest.substring(at);
		}
		pieces.add(rest);
		return pieces;
	}

	float width(String text) {
		float width = 0;
		for (Run run : runs(text, false)) {
			width += widthOf(run);
		}
		return width;
	}

	private List<Run> runs(String visual) {
		return runs(visual, true);
	}

	private List<Run> runs(String text, boolean counting) {
		List<Run> runs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int[] font = { -1 };
		text.codePoints().forEach(codePoint -> {
			int chosen = fontFor(codePoint, font[0]);
			if (chosen < 0) {
				if (counting) {
					this.missing++;
				}
				return;
			}
			if (chosen != font[0] && !current.isEmpty()) {
				runs.add(new Run(this.fonts.get(font[0]), current.toString()));
				current.setLength(0);
			}
			font[0] = chosen;
			current.appendCodePoint(codePoint);
		});
		if (!current.isEmpty()) {
			runs.add(new Run(this.fonts.get(font[0]), current.toString()));
		}
		return runs;
	}

	/**
	 * The current font for a space, else the first font that has the glyph; -1 for none.
	 */
	private int fontFor(int codePoint, int current) {
		if (current >= 0 && Character.isWhitespace(codePoint) && this.glyphs.get(current).getGlyphId(codePoint) > 0) {
			return current;
		}
		for (int font = 0; font < this.glyphs.size(); font++) {
			if (this.glyphs.get(font).getGlyphId(codePoint) > 0) {
				return font;
			}
		}
		return -1;
	}

	private float widthOf(Run run) {
		try {
			return run.font().getStringWidth(run.text()) / 1000 * this.size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		for (TrueTypeFont file : this.files) {
			try {
				file.close();
			}
			catch (IOException ex) {
				// the form is made or refused already; a font file left open is closed
				// with
				// the process
			}
		}
	}

}
