package org.haven.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The instruments' tables: published versions (which the application may only read and
 * add to), their retirements, and the one draft per instrument an administrator edits.
 */
@Component
class InstrumentCatalogue {

	private final JdbcTemplate jdbc;

	InstrumentCatalogue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Instrument> published() {
		return this.jdbc
			.query("select code, version from assessment_instrument order by code, version",
					(row, n) -> new InstrumentVersion(row.getString("code"), row.getInt("version")))
			.stream()
			.map(id -> version(id).orElseThrow())
			.toList();
	}

	Optional<Instrument> version(InstrumentVersion id) {
		List<Header> headers = this.jdbc.query("""
				select i.kind, i.medium_from, i.high_from, r.code is not null as retired
				from assessment_instrument i
				left join assessment_instrument_retirement r on r.code = i.code and r.version = i.version
				where i.code = ? and i.version = ?""", (row, n) -> header(row), id.code(), id.version());
		if (headers.isEmpty()) {
			return Optional.empty();
		}
		Header header = headers.getFirst();
		Map<String, Map<String, Map<String, String>>> texts = texts("""
				select item_code, text_key, language, text from assessment_text
				where instrument_code = ? and instrument_version = ?""", id.code(), id.version());
		return Optional.of(instrument(id, header,
				header.retired() ? Instrument.Standing.RETIRED : Instrument.Standing.PUBLISHED, id.version(), texts));
	}

	Optional<Instrument> draft(String code) {
		List<Object[]> drafts = this.jdbc.query("select version, based_on from assessment_draft where code = ?",
				(row, n) -> new Object[] { row.getInt("version"), row.getInt("based_on") }, code);
		if (drafts.isEmpty()) {
			return Optional.empty();
		}
		int basedOn = (int) drafts.getFirst()[1];
		InstrumentVersion id = new InstrumentVersion(code, (int) drafts.getFirst()[0]);
		Header header = this.jdbc.queryForObject("""
				select kind, medium_from, high_from, false as retired from assessment_instrument
				where code = ? and version = ?""", (row, n) -> header(row), code, basedOn);
		return Optional.of(instrument(id, header, Instrument.Standing.DRAFT, basedOn, texts("""
				select item_code, text_key, language, text from assessment_draft_text where code = ?""", code)));
	}

	Optional<Integer> latestVersion(String code) {
		return Optional.ofNullable(this.jdbc
			.queryForObject("select max(version) from assessment_instrument where code = ?", Integer.class, code));
	}

	void startDraft(String code, int basedOn, UUID by, Instant at) {
		this.jdbc.update(
				"insert into assessment_draft (code, version, based_on, created_by, created_at) values (?, ?, ?, ?, ?)",
				code, basedOn + 1, basedOn, by, Timestamp.from(at));
		this.jdbc.update("""
				insert into assessment_draft_text (code, item_code, text_key, language, text)
				select instrument_code, item_code, text_key, language, text from assessment_text
				where instrument_code = ? and instrument_version = ?""", code, basedOn);
	}

	boolean editDraftText(String code, String item, String key, String language, String text) {
		return this.jdbc.update("""
				update assessment_draft_text set text = ?
				where code = ? and item_code = ? and text_key = ? and language = ?""", text, code, item, key,
				language) == 1;
	}

	/**
	 * Writes the draft as its version, items as in the version it copied, and drops it.
	 */
	InstrumentVersion publish(Instrument draft, int basedOn, UUID by, Instant at) {
		String code = draft.id().code();
		int version = draft.id().version();
		this.jdbc.update(
				"""
						insert into assessment_instrument (code, version, kind, medium_from, high_from, published_at, published_by)
						select code, ?, kind, medium_from, high_from, ?, ? from assessment_instrument
						where code = ? and version = ?""",
				version, Timestamp.from(at), by, code, basedOn);
		this.jdbc.update("""
				insert into assessment_item (instrument_code, instrument_version, item_code, position, weight, decisive,
				needs)
				select instrument_code, ?, item_code, position, weight, decisive, needs from assessment_item
				where instrument_code = ? and instrument_version = ?""", version, code, basedOn);
		this.jdbc.update("""
				insert into assessment_text (instrument_code, instrument_version, item_code, text_key, language, text)
				select code, ?, item_code, text_key, language, text from assessment_draft_text where code = ?""",
				version, code);
		this.jdbc.update("delete from assessment_draft where code = ?", code);
		return draft.id();
	}

	boolean retire(InstrumentVersion id, UUID by, Instant at) {
		return this.jdbc.update("""
				insert into assessment_instrument_retirement (code, version, retired_at, retired_by)
				values (?, ?, ?, ?) on conflict do nothing""", id.code(), id.version(), Timestamp.from(at), by) == 1;
	}

	private Instrument instrument(InstrumentVersion id, Header header, Instrument.Standing standing, int itemsOf,
			Map<String, Map<String, Map<String, String>>> texts) {
		List<Instrument.Item> items = this.jdbc.query("""
				select item_code, position, weight, decisive, needs from assessment_item
				where instrument_code = ? and instrument_version = ? order by position""",
				(row, n) -> new Instrument.Item(row.getString("item_code"), row.getInt("position"),
						(Integer) row.getObject("weight"), row.getBoolean("decisive"), needs(row.getString("needs")),
						texts.getOrDefault(row.getString("item_code"), Map.of())),
				id.code(), itemsOf);
		ScreenRule rule = header.kind() != InstrumentKind.SCREEN ? null : new ScreenRule(items.stream()
			.collect(Collectors.toMap(Instrument.Item::code, item -> item.weight() == null ? 0 : item.weight())),
				items.stream().filter(Instrument.Item::decisive).map(Instrument.Item::code).collect(Collectors.toSet()),
				header.mediumFrom(), header.highFrom());
		return new Instrument(id, header.kind(), standing,
				texts.getOrDefault("", Map.of()).getOrDefault(Instrument.LABEL, Map.of()), items, rule);
	}

	/** Texts by item ("" for the instrument itself), then key, then language. */
	private Map<String, Map<String, Map<String, String>>> texts(String sql, Object... arguments) {
		Map<String, Map<String, Map<String, String>>> texts = new HashMap<>();
		this.jdbc.query(sql, row -> {
			texts.computeIfAbsent(row.getString("item_code"), item -> new HashMap<>())
				.computeIfAbsent(row.getString("text_key"), key -> new LinkedHashMap<>())
				.put(row.getString("language"), row.getString("text"));
		}, arguments);
		return texts;
	}

	private static List<String> needs(String needs) {
		return needs.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(needs.split(",")));
	}

	private static Header header(ResultSet row) throws SQLException {
		return new Header(InstrumentKind.valueOf(row.getString("kind")), row.getInt("medium_from"),
				row.getInt("high_from"), row.getBoolean("retired"));
	}

	private record Header(InstrumentKind kind, int mediumFrom, int highFrom, boolean retired) {
	}

	static final Set<String> LANGUAGES = Set.of("en", "ar", "zh", "fr", "ru", "es");

}
