package io.guanxi.customer.quality;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.jspecify.annotations.Nullable;

/**
 * How alike two names are, after the parts that do not tell companies apart are taken
 * off: case, punctuation, spaces and legal-form suffixes ("华为技术有限公司" and "华为技术", "Siemens
 * Ltd." and "Siemens Limited" become the same key).
 * <p>
 * The threshold of {@value #THRESHOLD} on the Jaro-Winkler similarity of the keys was
 * chosen on names like ours: it accepts one typo in a Latin name of six letters or more
 * ("siemens"/"siemems" 0.94) and the same name with a legal form or a spacing more or
 * less (1.0), while two Chinese names that share a prefix but differ in one of four
 * characters stay apart ("北京华为"/"北京华夏" 0.88, "华为技术"/"华为软件" 0.67). Names are only compared
 * within a block (same city, or same company), so the threshold does not have to carry
 * the whole decision.
 */
public final class SimilarNames {

	public static final double THRESHOLD = 0.90;

	/** Runs of anything but letters and digits. */
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	/**
	 * Legal forms at the end of a company name, longest first; Latin ones are matched as
	 * whole words once punctuation is gone.
	 */
	private static final List<LegalForm> SUFFIXES = Stream
		.of("股份有限公司", "有限责任公司", "集团有限公司", "集团股份有限公司", "有限公司", "股份公司", "集团公司", "集团", "公司", "incorporated", "corporation",
				"limited", "company", "gmbh", "group", "corp", "inc", "ltd", "llc", "plc", "co", "ag", "sa", "bv", "kg",
				"pte")
		.map(suffix -> new LegalForm(suffix, suffix.chars().allMatch(ch -> ch < 128)))
		.toList();

	private SimilarNames() {
	}

	/**
	 * A company name without case, punctuation, spaces and legal form; may be empty (a
	 * name that is only a legal form).
	 */
	public static String companyKey(String name) {
		String words = words(name);
		String suffix = legalForm(words);
		while (suffix != null && words.length() > suffix.length()) {
			words = words.substring(0, words.length() - suffix.length()).strip();
			suffix = legalForm(words);
		}
		return words.replace(" ", "");
	}

	/**
	 * The longest legal form the words end with (Latin ones as a whole word), or null.
	 */
	private static @Nullable String legalForm(String words) {
		for (LegalForm form : SUFFIXES) {
			String suffix = form.suffix();
			if (form.latin() ? words.equals(suffix) || words.endsWith(" " + suffix) : words.endsWith(suffix)) {
				return suffix;
			}
		}
		return null;
	}

	/**
	 * A person's name without case, punctuation and spaces ("Zhang Wei" = "zhangwei").
	 */
	public static String personKey(String name) {
		return words(name).replace(" ", "");
	}

	/**
	 * The similarity of two keys from 0 to 1; empty keys are never similar to anything.
	 */
	public static double similarity(String leftKey, String rightKey) {
		if (leftKey.isEmpty() || rightKey.isEmpty()) {
			return 0;
		}
		return JARO_WINKLER.apply(leftKey, rightKey);
	}

	public static boolean similar(double similarity) {
		return similarity >= THRESHOLD;
	}

	/**
	 * Lower case, full-width forms folded (ＡＢＣ, （）), and every run of punctuation or
	 * spaces one space.
	 */
	private static String words(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		return NOT_A_WORD.matcher(folded).replaceAll(" ").strip();
	}

	/** A legal form; Latin ones are whole words. */
	private record LegalForm(String suffix, boolean latin) {
	}

}
