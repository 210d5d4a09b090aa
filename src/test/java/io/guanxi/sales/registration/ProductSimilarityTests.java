package io.guanxi.sales.registration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProductSimilarityTests {

	@Test
	void namesThatContainEachOtherAreSimilar() {
		assertThat(ProductSimilarity.similarNames("ERP Cloud", "erp-cloud suite")).isTrue();
		assertThat(ProductSimilarity.similarNames("云服务器", "云服务器 ECS")).isTrue();
		assertThat(ProductSimilarity.similarNames("ＥＲＰ　Ｃｌｏｕｄ", "ERP cloud")).isTrue();
		assertThat(ProductSimilarity.similarNames("数据库", "云数据库")).isTrue();
	}

	@Test
	void shortOrDifferentNamesAreNot() {
		assertThat(ProductSimilarity.similarNames("AI", "Maintenance")).isFalse();
		assertThat(ProductSimilarity.similarNames("ERP", "ERP Cloud")).isFalse();
		assertThat(ProductSimilarity.similarNames("CRM Cloud", "ERP Cloud")).isFalse();
		assertThat(ProductSimilarity.similarNames("云", "云服务器")).isFalse();
		assertThat(ProductSimilarity.similarNames("--", "--")).isFalse();
	}

	@Test
	void aProductLineIsComparedWithTheOtherProductToo() {
		assertThat(ProductSimilarity.similar(null, "Storage", "Storage array", null)).isTrue();
		assertThat(ProductSimilarity.sameLine(" storage ", "STORAGE")).isTrue();
		assertThat(ProductSimilarity.sameLine(null, null)).isFalse();
		assertThat(ProductSimilarity.similar("Laptops", null, null, "Servers")).isFalse();
	}

}
