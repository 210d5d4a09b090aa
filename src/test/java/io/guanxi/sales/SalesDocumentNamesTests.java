package io.guanxi.sales;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What is left of the file names and content types that browsers and clients send. */
class SalesDocumentNamesTests {

	@Test
	void aNameLosesItsFolderAndControlCharactersAndKeepsItsExtensionWhenCut() {
		assertThat(SalesDocuments.cleanName("C:\\Users\\wang\\方案 v3.pdf")).isEqualTo("方案 v3.pdf");
		assertThat(SalesDocuments.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(SalesDocuments.cleanName("bid\r\n.pdf")).isEqualTo("bid.pdf");
		assertThat(SalesDocuments.cleanName("  ")).isEqualTo("document");
		assertThat(SalesDocuments.cleanName(null)).isEqualTo("document");
		String cut = SalesDocuments.cleanName("x".repeat(300) + ".docx");
		assertThat(cut).hasSize(255).endsWith("x.docx");
	}

	@Test
	void anUnknownOrVagueContentTypeIsStoredAsBytes() {
		assertThat(SalesDocuments.cleanType("application/pdf")).isEqualTo("application/pdf");
		assertThat(SalesDocuments.cleanType("text/plain;charset=UTF-8")).isEqualTo("text/plain;charset=UTF-8");
		assertThat(SalesDocuments.cleanType("not a type")).isEqualTo("application/octet-stream");
		assertThat(SalesDocuments.cleanType("*/*")).isEqualTo("application/octet-stream");
		assertThat(SalesDocuments.cleanType(null)).isEqualTo("application/octet-stream");
	}

}
