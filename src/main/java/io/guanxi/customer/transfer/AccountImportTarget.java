package io.guanxi.customer.transfer;

import java.util.List;

import io.guanxi.customer.AccountKind;
import io.guanxi.customer.AccountStatus;
import io.guanxi.customer.CompanySize;
import io.guanxi.customer.CustomerSource;
import io.guanxi.customer.Industry;
import io.guanxi.customer.LifecycleStage;
import io.guanxi.customer.Tier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Accounts from a file: the fields of {@code SaveAccount} plus the owner's user name,
 * validated like the form and the API, written in JDBC batches with their audit rows.
 */
@Component
class AccountImportTarget implements ImportTarget {

	static final String NAME = "ACCOUNT";

	private static final List<ImportField> FIELDS = List.of(
			field("name", "account name", "company", "company name", "customer", "customer name", "客户名称", "公司名称",
					"企业名称", "单位名称", "客户", "公司"),
			field("kind", "type", "account type", "客户类型"), field("legalName", "registered name", "工商注册名称", "注册名称"),
			field("industry", "sector", "所属行业"), field("sizeBand", "company size", "employees", "公司规模", "企业规模", "人数"),
			field("country", "country code", "国家"), field("region", "province", "state", "省", "省份/州", "地区"),
			field("city", "town", "市", "所在城市"), field("address", "street", "详细地址", "街道地址"),
			field("postalCode", "zip", "zip code", "postcode", "邮政编码"),
			field("website", "web", "url", "homepage", "网址", "官网", "主页"),
			field("phone", "telephone", "tel", "phone number", "联系电话", "电话号码", "座机", "手机"),
			field("email", "e-mail address", "mail", "邮箱", "邮件", "电子邮件"), field("source", "lead source", "来源", "客户来源"),
			field("tier", "level", "grade", "等级", "客户级别", "级别"),
			field("lifecycleStage", "lifecycle", "stage", "生命周期", "阶段"), field("status", "状态"),
			field("notes", "note", "remarks", "comment", "comments", "说明", "描述"),
			new ImportField("owner", "customer.transfer.field.ownerUsername",
					List.of("owner username", "owner user name", "username", "负责人账号", "负责人用户名", "owner", "负责人", "所有人",
							"销售负责人", "customer.account.owner")));

	private final ImportSupport support;

	private final Choices choices;

	AccountImportTarget(ImportSupport support, MessageSource messages) {
		this.support = support;
		this.choices = new Choices(new ChoiceLabels<>(AccountKind.class, "customer.kind.", messages),
				new ChoiceLabels<>(Industry.class, "customer.industry.", messages),
				new ChoiceLabels<>(CompanySize.class, "customer.size.", messages),
				new ChoiceLabels<>(CustomerSource.class, "customer.source.", messages),
				new ChoiceLabels<>(Tier.class, "", messages),
				new ChoiceLabels<>(LifecycleStage.class, "customer.lifecycle.", messages),
				new ChoiceLabels<>(AccountStatus.class, "customer.status.", messages));
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String records() {
		return "accounts";
	}

	@Override
	public List<ImportField> fields() {
		return FIELDS;
	}

	@Override
	public List<List<String>> required() {
		return List.of(List.of("name"));
	}

	@Override
	public AccountImportRun open(ImportContext context) {
		return new AccountImportRun(context, support, choices);
	}

	private static ImportField field(String key, String... aliases) {
		return new ImportField(key, "customer.account." + key, List.of(aliases));
	}

	/** The choices of an account and how cells name them. */
	record Choices(ChoiceLabels<AccountKind> kind, ChoiceLabels<Industry> industry, ChoiceLabels<CompanySize> size,
			ChoiceLabels<CustomerSource> source, ChoiceLabels<Tier> tier, ChoiceLabels<LifecycleStage> lifecycle,
			ChoiceLabels<AccountStatus> status) {
	}

}
