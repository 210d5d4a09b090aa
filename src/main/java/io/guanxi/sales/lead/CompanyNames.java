package io.guanxi.sales.lead;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A company name without its legal form ("华为技术有限公司" → "华为技术", "Siemens Ltd." →
 * "Siemens"), so that a lead that writes the form finds an account that does not, and the
 * other way round through the search's prefix match.
 */
final class CompanyNames {

	/** Longest first, so that "co., ltd." goes as a whole and 有限公司 before 公司. */
	private static final List<String> LEGAL_FORMS = Stream
		.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "公司", " incorporated", " corporation", " limited",
				" company", " gmbh", " corp.", " corp", " inc.", " inc", " ltd.", " ltd", " llc", " plc", " co., ltd.",
				" co.,ltd.", " co. ltd.", " co.", " ag")
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private CompanyNames() {
	}

	/**
	 * The name without its trailing legal form (and a comma before it); a name that is
	 * nothing but a legal form stays as it is.
	 */
	static String core(String name) {
		String stripped = name.strip();
		String lower = stripped.toLowerCase(Locale.ROOT);
		return LEGAL_FORMS.stream()
			.filter(lower::endsWith)
			.findFirst()
			.map(form -> stripped.substring(0, stripped.length() - form.length()).replaceAll("[,，\\s]+$", ""))
			.filter(core -> !core.isEmpty())
			.orElse(stripped);
	}

}
