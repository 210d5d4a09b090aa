package io.guanxi.bench;

import java.util.Random;

/** Plausible Chinese and English company and person names, from a seeded random. */
final class Names {

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

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明" };

	private Names() {
	}

	static String company(Random random) {
		if (random.nextInt(10) < 7) {
			return pick(random, CITIES) + pick(random, CHARACTERS) + pick(random, CHARACTERS) + pick(random, INDUSTRIES)
					+ pick(random, LEGAL_FORMS);
		}
		return pick(random, ADJECTIVES) + " " + pick(random, NOUNS) + " " + pick(random, ENGLISH_FORMS);
	}

	static String person(Random random) {
		return pick(random, SURNAMES) + pick(random, GIVEN) + (random.nextBoolean() ? pick(random, GIVEN) : "");
	}

	private static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

}
