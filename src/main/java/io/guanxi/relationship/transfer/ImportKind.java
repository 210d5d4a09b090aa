package io.guanxi.relationship.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.guanxi.relationship.transfer.ImportColumn.optional;
import static io.guanxi.relationship.transfer.ImportColumn.required;

/** The three kinds of file that load an existing org chart and its relationships. */
enum ImportKind {

	/** Who holds which title in which department of which account, reporting to whom. */
	POSITIONS("positions", required("account", "客户", "公司"), required("contact", "联系人", "人员"),
			required("title", "职位", "职务", "头衔"), optional("department", "部门"),
			optional("reports_to", "汇报对象", "上级", "直属上级"), optional("buying_role", "采购角色", "决策角色"),
			required("from", "开始日期", "起始日期", "入职日期"), optional("to", "结束日期", "离职日期"), optional("note", "备注")),

	/** Typed, directed links between accounts. */
	COMPANY_LINKS("company-links", required("from_account", "主体客户", "客户"), required("to_account", "关联客户"),
			required("kind", "关系类型", "关系", "类型"), optional("share_percent", "持股比例", "股比"),
			optional("from", "开始日期", "起始日期"), optional("to", "结束日期"), optional("note", "备注")),

	/** Ties between people. */
	PERSON_TIES("person-ties", required("from_contact", "主体联系人", "联系人"), required("to_contact", "关联联系人"),
			required("kind", "关系类型", "关系", "类型"), required("strength", "强度", "亲密度"), optional("from", "开始日期", "起始日期"),
			optional("to", "结束日期"), optional("note", "备注"));

	private final String slug;

	private final List<ImportColumn> columns;

	ImportKind(String slug, ImportColumn... columns) {
		this.slug = slug;
		this.columns = List.of(columns);
	}

	/** The name in URLs, the API and message keys: {@code company-links}. */
	public String slug() {
		return slug;
	}

	public List<ImportColumn> columns() {
		return columns;
	}

	static Optional<ImportKind> of(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equalsIgnoreCase(slug.strip())).findFirst();
	}

}
