package io.guanxi.sales;

/**
 * Where an open opportunity counts in the forecast. Commit is what the rep stands by,
 * best case what may also close, pipeline the rest; omitted is left out. The default
 * follows the probability; the owner may set another.
 */
public enum ForecastCategory {

	PIPELINE, BEST_CASE, COMMIT, OMITTED, CLOSED;

	public static ForecastCategory forProbability(int probability) {
		if (probability >= 90) {
			return COMMIT;
		}
		return probability >= 50 ? BEST_CASE : PIPELINE;
	}

}
