package org.haven.referral;

import java.nio.file.Path;
import java.util.List;

/**
 * A system font the printable form embeds, and the Debian package that installs it. The
 * form tries them in order for each character: DejaVu Sans for Latin, Cyrillic and
 * Arabic, Droid Sans Fallback for Chinese.
 */
record FormFont(Path path, String debianPackage) {

	static final List<FormFont> SYSTEM = List.of(
			new FormFont(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), "fonts-dejavu-core"),
			new FormFont(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"), "fonts-droid-fallback"));

}
