package io.guanxi.customer;

import java.util.Locale;

/**
 * A tag as pages and the API show it; {@code version} is the ETag.
 *
 * @param color background colour, {@code #rrggbb}
 * @param textColor black or white, whichever reads better on {@code color}
 */
public record TagView(long id, String name, String color, String textColor, long version) {

	public static TagView of(long id, String name, String color, long version) {
		return new TagView(id, name, color, readableTextOn(color), version);
	}

	/**
	 * Black or white text, whichever contrasts more with the background (WCAG luminance).
	 */
	static String readableTextOn(String color) {
		String hex = color.toLowerCase(Locale.ROOT);
		if (!hex.matches("#[0-9a-f]{6}")) {
			return "#000000";
		}
		double luminance = 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
		// Bootstrap's rule: white while it reaches WCAG AA (4.5:1), else the better of
		// the two
		double onWhite = 1.05 / (luminance + 0.05);
		double onBlack = (luminance + 0.05) / 0.05;
		return onWhite >= 4.5 || onWhite >= onBlack ? "#ffffff" : "#000000";
	}

	private static double channel(String hex, int start) {
		double value = Integer.parseInt(hex.substring(start, start + 2), 16) / 255.0;
		return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
	}

}
