package io.guanxi.customer.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.guanxi.customer.PreferredChannel;
import io.guanxi.customer.SaveContact;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Contacts from a file: the fields of {@code SaveContact}, a full name that is split into
 * family and given name when the file has no separate columns, the account the contact
 * works at (by its exact name, see {@link ContactImportRun}) and the owner's user name.
 */
@Component
class ContactImportTarget implements ImportTarget {

	static final String NAME = "CONTACT";

	private static final List<ImportField> FIELDS = List.of(
			field("familyName", "last name", "surname", "family name", "姓", "姓氏"),
			field("givenName", "first name", "given name", "forename", "名", "名字"),
			new ImportField("fullName", "customer.transfer.contacts.fullName",
					List.of("name", "full name", "contact", "contact name", "person", "姓名", "联系人", "联系人姓名", "全名")),
			field("alternateName", "english name", "pinyin", "nickname", "alias", "英文名", "拼音", "别名"),
			field("jobTitle", "title", "position", "job", "role", "职位", "职务", "头衔", "岗位"),
			new ImportField("account", "customer.transfer.contacts.account",
					List.of("account", "account name", "company", "company name", "organization", "organisation",
							"employer", "customer", "客户", "客户名称", "公司", "公司名称", "单位", "单位名称", "企业名称", "所属公司")),
			field("mobile", "mobile phone", "mobile number", "cell", "cell phone", "手机", "手机号", "手机号码", "移动电话"),
			field("phone", "work phone", "telephone", "tel", "phone", "phone number", "电话", "办公电话", "座机", "固定电话",
					"联系电话"),
			field("email", "e-mail address", "email address", "mail", "邮箱", "电子邮件", "电子邮箱", "邮件"),
			field("wechat", "weixin", "wechat id", "微信", "微信号"),
			field("birthday", "birth date", "date of birth", "dob", "生日", "出生日期"),
			field("preferredLanguage", "language", "语言", "首选语言"),
			field("preferredChannel", "channel", "preferred contact method", "首选联系方式", "联系方式偏好"),
			field("doNotContact", "do not call", "opt out", "opted out", "请勿联系", "拒绝联系", "勿扰"),
			field("city", "town", "城市", "所在城市", "市"), field("notes", "note", "remarks", "comment", "comments", "说明"),
			new ImportField("owner", "customer.transfer.field.ownerUsername", List.of("owner username",
					"owner user name", "username", "owner", "负责人账号", "负责人用户名", "负责人", "所有人", "销售负责人")));

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private final ImportSupport support;

	private final ChoiceLabels<PreferredChannel> channels;

	private final Map<String, String> languages = new HashMap<>();

	ContactImportTarget(ImportSupport support, MessageSource messages) {
		this.support = support;
		this.channels = new ChoiceLabels<>(PreferredChannel.class, "customer.contact.channel.", messages);
		for (String tag : SaveContact.LANGUAGES) {
			Locale language = Locale.forLanguageTag(tag);
			languages.put(ColumnGuesser.normalise(tag), tag);
			for (Locale in : ColumnGuesser.LANGUAGES) {
				languages.putIfAbsent(
						ColumnGuesser.normalise(messages.getMessage("customer.contact.language." + tag, null, tag, in)),
						tag);
				// "Chinese", "中文": the first of the offered languages that is one
				languages.putIfAbsent(ColumnGuesser.normalise(language.getDisplayLanguage(in)), tag);
			}
		}
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String records() {
		return "contacts";
	}

	@Override
	public List<ImportField> fields() {
		return FIELDS;
	}

	@Override
	public List<List<String>> required() {
		return List.of(List.of("fullName", "familyName", "givenName"));
	}

	@Override
	public ContactImportRun open(ImportContext context) {
		return new ContactImportRun(context, support, this);
	}

	ChoiceLabels<PreferredChannel> channels() {
		return channels;
	}

	/**
	 * The language tag a cell means: an offered language by its tag or name in English or
	 * Chinese, or any other well-formed tag ({@code pt-BR}).
	 */
	Optional<String> language(String text) {
		String offered = languages.get(ColumnGuesser.normalise(text));
		if (offered != null) {
			return Optional.of(offered);
		}
		Locale locale = Locale.forLanguageTag(text.strip().replace('_', '-'));
		return ISO_LANGUAGES.contains(locale.getLanguage()) ? Optional.of(locale.toLanguageTag()) : Optional.empty();
	}

	private static ImportField field(String key, String... aliases) {
		return new ImportField(key, "customer.contact." + key, List.of(aliases));
	}

}
