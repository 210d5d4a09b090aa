package io.guanxi.customer.field;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.guanxi.customer.FieldType;
import io.guanxi.customer.ProfileSection.Subject;
import io.guanxi.customer.ProfileTables;
import io.guanxi.customer.tag.Tag;
import io.guanxi.customer.tag.TagLinks;
import io.guanxi.customer.tag.TagRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo tags and account fields, some of them filled in on the demo accounts; loaded once,
 * while there are no tags.
 */
@Component
@Profile("demo")
@Order(35)
class DemoTagsAndFields implements ApplicationRunner {

	private static final ProfileTables ACCOUNTS = ProfileTables.of(Subject.ACCOUNT);

	private final TagRepository tags;

	private final TagLinks links;

	private final CustomFieldRepository fields;

	private final FieldValueStore values;

	private final JdbcClient jdbc;

	DemoTagsAndFields(TagRepository tags, TagLinks links, CustomFieldRepository fields, FieldValueStore values,
			JdbcClient jdbc) {
		this.tags = tags;
		this.links = links;
		this.fields = fields;
		this.values = values;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (tags.count() > 0) {
			return;
		}
		Tag key = tags.save(new Tag("重点客户 Key account", "#dc3545"));
		Tag soe = tags.save(new Tag("国企 SOE", "#b45309"));
		Tag foreign = tags.save(new Tag("外企 Foreign-invested", "#1d4ed8"));
		Tag partner = tags.save(new Tag("渠道伙伴 Channel partner", "#0f766e"));
		Tag risk = tags.save(new Tag("续约风险 Renewal risk", "#facc15"));
		CustomField revenue = field("annual_revenue", "Annual revenue (CNY)", "年营业额（元）", FieldType.NUMBER, null, 10);
		CustomField rating = field("credit_rating", "Credit rating", "信用等级", FieldType.CHOICE, "AAA\nAA\nA\nB", 20);
		CustomField products = field("products_of_interest", "Products of interest", "意向产品", FieldType.MULTI_CHOICE,
				"CRM\nERP\nCloud\nConsulting", 30);
		CustomField due = field("contract_due", "Contract due", "合同到期日", FieldType.DATE, null, 40);
		CustomField listed = field("listed", "Listed company", "上市公司", FieldType.BOOLEAN, null, 50);
		fields.flush();

		Map<String, Long> accounts = jdbc.sql("select name, id from customer_account")
			.query((rs, row) -> Map.entry(rs.getString("name"), rs.getLong("id")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		tag(accounts.get("华为技术有限公司"), key);
		tag(accounts.get("中国移动通信集团有限公司"), key, soe);
		tag(accounts.get("上海汽车集团股份有限公司"), soe, risk);
		tag(accounts.get("Siemens Ltd., China"), foreign, partner);
		tag(accounts.get("BASF (China) Co., Ltd."), foreign);
		tag(accounts.get("比亚迪股份有限公司"), key);
		fill(accounts.get("华为技术有限公司"), revenue, rating, products, due, listed, "704200000000", "AAA",
				List.of("CRM", "Cloud"), LocalDate.of(2027, 6, 30), false);
		fill(accounts.get("比亚迪股份有限公司"), revenue, rating, products, due, listed, "777100000000", "AA", List.of("ERP"),
				LocalDate.of(2026, 12, 31), true);
		fill(accounts.get("Siemens Ltd., China"), revenue, rating, products, due, listed, "81300000000", "AAA",
				List.of("Consulting", "CRM"), LocalDate.of(2026, 3, 31), true);
	}

	private CustomField field(String code, String label, String labelZh, FieldType type, @Nullable String options,
			int position) {
		CustomField field = new CustomField(Subject.ACCOUNT, code, type, position);
		field.describe(label, labelZh, options, false);
		return fields.save(field);
	}

	private void tag(@Nullable Long accountId, Tag... tagged) {
		if (accountId != null) {
			for (Tag tag : tagged) {
				links.link(ACCOUNTS, List.of(accountId), tag.id());
			}
		}
	}

	private void fill(@Nullable Long accountId, CustomField revenue, CustomField rating, CustomField products,
			CustomField due, CustomField listed, String revenueValue, String ratingValue, List<String> productValues,
			LocalDate dueDate, boolean isListed) {
		if (accountId == null) {
			return;
		}
		values.replace(ACCOUNTS, accountId, revenue.id(), "value_number", List.of(new BigDecimal(revenueValue)));
		values.replace(ACCOUNTS, accountId, rating.id(), "value_text", List.of(ratingValue));
		values.replace(ACCOUNTS, accountId, products.id(), "value_text", List.copyOf(productValues));
		values.replace(ACCOUNTS, accountId, due.id(), "value_date", List.of(dueDate));
		values.replace(ACCOUNTS, accountId, listed.id(), "value_boolean", List.of(isListed));
	}

}
