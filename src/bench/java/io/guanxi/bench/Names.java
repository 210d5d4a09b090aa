package io.guanxi.bench;

import java.util.Random;

/** Plausible Chinese and English company and person names, from a seeded random. */
final class Names {

	/** A company with the city it is in (its name starts with the city when it is Chinese). */
	record Company(String name, String city, String areaCode, String domain) {
	}

	/**
	 * A person: Chinese (family name first, no space, with the romanised name as alternate) or Western.
	 */
	record Person(String family, String given, String fullName, String alternateName, String emailName) {
	}

	private static final String[] CITIES = { "北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "天津", "重庆", "西安",
			"青岛", "厦门", "宁波" };

	private static final String[] CHARACTERS = { "华", "兴", "达", "通", "泰", "信", "恒", "瑞", "博", "安", "盛", "德", "鑫", "源", "宏",
			"科", "创", "联", "新", "天", "为", "海", "康", "威", "远", "金", "辉", "明", "中", "国" };

	private static final String[] INDUSTRIES = { "科技", "电子", "贸易", "医药", "物流", "汽车", "软件", "能源", "建设", "食品", "通信",
			"机械", "化工", "环保", "金融" };

	private static final String[] LEGAL_FORMS = { "有限公司", "股份有限公司", "集团有限公司" };

	private static final String[] ADJECTIVES = { "Pacific", "Golden", "Silver", "Blue", "Great", "Eastern", "Northern",
			"Summit", "Harbor", "Union", "Pioneer", "Apex", "Crescent", "Jade", "Lotus" };

	private static final String[] NOUNS = { "Tech", "Trading", "Logistics", "Pharma", "Motors", "Software", "Energy",
			"Foods", "Systems", "Capital", "Electronics", "Materials", "Networks", "Robotics", "Health" };

	private static final String[] ENGLISH_FORMS = { "Ltd.", "Co., Ltd.", "Group", "Inc.", "(China) Co., Ltd." };

	private static final String[] AREA_CODES = { "10", "21", "755", "571", "20", "28", "25", "27", "512", "22", "23",
			"29", "532", "592", "574" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡" };

	private static final String[] SURNAMES_PINYIN = { "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
			"Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明" };

	private static final String[] GIVEN_PINYIN = { "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang",
			"Yong", "Yan", "Jie", "Tao", "Ming" };

	private static final String[] WESTERN_GIVEN = { "James", "Mary", "Robert", "Patricia", "Michael", "Jennifer",
			"William", "Linda", "David", "Elizabeth", "Thomas", "Susan", "Daniel", "Jessica", "Matthew", "Sarah", "Andrew",
			"Karen", "Christopher", "Emily" };

	private static final String[] WESTERN_FAMILY = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
			"Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
			"Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker", "Adams",
			"Nelson" };

	private Names() {
	}

	static Company company(Random random, long id) {
		int city = random.nextInt(CITIES.length);
		if (random.nextInt(10) < 7) {
			return new Company(CITIES[city] + pick(random, CHARACTERS) + pick(random, CHARACTERS)
					+ pick(random, INDUSTRIES) + pick(random, LEGAL_FORMS), CITIES[city] + "市", AREA_CODES[city],
					"c" + id + ".cn");
		}
		String adjective = pick(random, ADJECTIVES);
		String noun = pick(random, NOUNS);
		return new Company(adjective + " " + noun + " " + pick(random, ENGLISH_FORMS), CITIES[city] + "市",
				AREA_CODES[city], (adjective + "-" + noun).toLowerCase(java.util.Locale.ROOT) + id % 1000 + ".com");
	}

	/** Four in five contacts have Chinese names. */
	static Person contact(Random random) {
		if (random.nextInt(5) < 4) {
			int family = random.nextInt(SURNAMES.length);
			int first = random.nextInt(GIVEN.length);
			boolean two = random.nextBoolean();
			int second = random.nextInt(GIVEN.length);
			String given = GIVEN[first] + (two ? GIVEN[second] : "");
			String givenPinyin = GIVEN_PINYIN[first] + (two ? GIVEN_PINYIN[second].toLowerCase(java.util.Locale.ROOT) : "");
			return new Person(SURNAMES[family], given, SURNAMES[family] + given,
					givenPinyin + " " + SURNAMES_PINYIN[family],
					(givenPinyin + "." + SURNAMES_PINYIN[family]).toLowerCase(java.util.Locale.ROOT));
		}
		String given = pick(random, WESTERN_GIVEN);
		String family = pick(random, WESTERN_FAMILY);
		return new Person(family, given, given + " " + family, null,
				(given + "." + family).toLowerCase(java.util.Locale.ROOT));
	}

	static String person(Random random) {
		return pick(random, SURNAMES) + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
