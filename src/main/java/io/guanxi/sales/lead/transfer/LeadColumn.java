package io.guanxi.sales.lead.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a lead import file: the English name that templates and error reports
 * use, and the other headers it is known by, Chinese ones among them.
 */
public enum LeadColumn {

	FAMILY_NAME("family name", "last name", "surname", "姓"), GIVEN_NAME("given name", "first name", "名"),
	NAME("name", "full name", "contact", "姓名", "联系人"),
	COMPANY("company", "company name", "account", "公司", "公司名称", "企业"),
	TITLE("title", "job title", "position", "职位", "职务"), EMAIL("email", "e-mail", "mail", "邮箱", "电子邮件"),
	MOBILE("mobile", "cell", "mobile phone", "手机", "手机号"), PHONE("phone", "telephone", "tel", "电话", "座机"),
	INDUSTRY("industry", "行业"), REGION("region", "province", "state", "省份", "省", "地区"), CITY("city", "城市"),
	SOURCE("source", "来源"), CAMPAIGN("campaign", "活动", "市场活动"),
	DESCRIPTION("description", "need", "notes", "需求", "描述", "备注"), OWNER("owner", "负责人");

	private final String header;

	private final List<String> aliases;

	LeadColumn(String header, String... aliases) {
		this.header = header;
		this.aliases = List.of(aliases);
	}

	public String header() {
		return header;
	}

	public List<String> aliases() {
		return aliases;
	}

	/** The column a header names: "Given name", "given_name" and "名" alike. */
	static Optional<LeadColumn> of(String header) {
		String normal = normalise(header);
		return Arrays.stream(values())
			.filter(column -> normalise(column.header).equals(normal)
					|| column.aliases.stream().anyMatch(alias -> normalise(alias).equals(normal)))
			.findFirst();
	}

	/** Lower case without spaces, dashes and underscores. */
	static String normalise(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
	}

}
