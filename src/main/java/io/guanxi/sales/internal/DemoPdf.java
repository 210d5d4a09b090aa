package io.guanxi.sales.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF with a title line, for the demo deals' proposals, bids and contracts: a
 * real file that a browser opens, written by hand so the demo needs no PDF library.
 */
final class DemoPdf {

	private DemoPdf() {
	}

	/** {@code title} in ASCII: the standard fonts have no Chinese glyphs. */
	static byte[] titled(String title, String subtitle) {
		String text = "BT /F1 20 Tf 72 740 Td (" + escape(title) + ") Tj ET\nBT /F1 12 Tf 72 712 Td ("
				+ escape(subtitle) + ") Tj ET\nBT /F1 10 Tf 72 72 Td (Guanxi demo document) Tj ET\n";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
						+ " /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "endstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String escape(String text) {
		return text.replaceAll("[^\\x20-\\x7E]", "").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}

}
