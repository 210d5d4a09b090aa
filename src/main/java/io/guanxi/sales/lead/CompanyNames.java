package io.guanxi.sales.lead;

import java.util.List;
import java.util.Locale;

/**
 * A company name without its legal form ("华为技术有限公司" → "华为技术", "Siemens Ltd." →
 * "Siemens"), so that a lead that writes the form finds an account that does not, and the
 * other way round through the search's prefix match.
 */
final class CompanyNames {

	private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "股份公司", "集团公司", "公司",
			" incorporated", " corporation", " limited", " company", " gmbh", " corp.", " corp", " inc.", " inc",
			" ltd.", " ltd", " llc", " plc", " co., ltd.", " co.", " ag");

	private CompanyNames() {
	}

	/** The name without one trailing legal form (and a comma before it). */
	static String core(String name) {
		String stripped = name.strip();
		String lower = stripped.toLowerCase(Locale.ROOT);
		for (String form : LEGAL_FORMS) {
			if (lower.endsWith(form) && lower.length() > form.length() + 1) {
				return stripped.substring(0, stripped.length() - form.length()).replaceAll("[,，\\s]+$", "");
			}
		}
		return stripped;
	}

}
