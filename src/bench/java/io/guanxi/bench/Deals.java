package io.guanxi.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;

import io.guanxi.customer.CustomerSource;
import io.guanxi.relationship.BuyingRole;
import io.guanxi.sales.ForecastCategory;
import io.guanxi.sales.OpportunityStatus;
import io.guanxi.sales.TeamRole;

/**
 * Opportunities of all reps, created evenly over the three years before {@link DataGenerator#NOW} and written in
 * that order (ids grow with time, so a rep's deals lie all over the table, as in production), each on an account
 * its owner owns, in the default process:
 * <ul>
 * <li>status by age: nineteen in twenty of the last six months' deals are open, three in five of the six months
 * before, and a few stale ones older than that; about 30% open overall, the rest closed (two in five won);</li>
 * <li>open deals spread over the open stages (fewer in each later one), with the stage's probability and
 * forecast category (one in ten with the owner's own), a close date within the next twelve months or up to
 * three months overdue; closed deals with their close date over the three years, won in the won stage, lost in
 * the stage they reached with a reason;</li>
 * <li>amounts log-normal around CNY 200,000 (5,000 to 50 million); some registrations without amount or date;</li>
 * <li>the stage history as the application records it: the creation into the first stage, a move into each
 * stage reached (some skipped), the close;</li>
 * <li>buying contacts of the account (a decision maker once past the solution stage), a deal team on about three
 * in ten ({@link #members}), competitors once bidding.</li>
 * </ul>
 * All of it is consistent with the default process's control points, so the application can move the deals on.
 */
final class Deals {

	private static final Instant START = DataGenerator.NOW.minus(Duration.ofDays(3 * 365));

	private static final LocalDate TODAY = Population.TODAY;

	private static final double MEDIAN_AMOUNT = 200_000;

	/** Each open stage holds this share of the one before it. */
	private static final double FUNNEL = 0.8;

	private static final String[] PROJECTS_CN = { "ERP 升级", "数据中心扩容", "CRM 实施", "年度维保续约", "生产线自动化改造", "云平台迁移",
			"安全合规评估", "办公网络改造", "智能仓储系统", "员工培训服务" };

	private static final String[] PROJECTS_EN = { "ERP upgrade", "Data centre expansion", "CRM rollout",
			"Maintenance renewal", "Production line automation", "Cloud migration", "Security assessment",
			"Office network refresh", "Smart warehouse", "Training services" };

	private static final String[] PHASES_CN = { "", "", "", " 二期", " 三期" };

	private static final String[] PHASES_EN = { "", "", "", " phase 2", " phase 3" };

	private static final String[] NEXT_STEPS_CN = { "约技术交流", "提交方案", "安排演示", "跟进采购流程", "确认预算", "商务谈判", "准备投标文件" };

	private static final String[] NEXT_STEPS_EN = { "Technical workshop", "Send the proposal", "Demo to the IT team",
			"Follow up with procurement", "Confirm the budget", "Negotiate the terms", "Prepare the bid" };

	private static final String[] LOST_REASONS_CN = { "价格偏高", "选择了竞争对手", "项目取消", "预算削减", "决策人变动" };

	private static final String[] LOST_REASONS_EN = { "Price too high", "Chose a competitor", "Project cancelled",
			"No budget", "Decision maker left" };

	private static final String[] PRODUCT_LINES = { "软件", "硬件", "云服务", "专业服务" };

	private static final CustomerSource[] SOURCES = { CustomerSource.WEBSITE, CustomerSource.REFERRAL,
			CustomerSource.EVENT, CustomerSource.EXHIBITION, CustomerSource.COLD_CALL, CustomerSource.PARTNER,
			CustomerSource.TENDER };

	private static final String[] COMPETITORS = { "用友", "金蝶", "浪潮", "华为云", "阿里云", "神州数码", "SAP", "Oracle",
			"Salesforce", "Microsoft" };

	private static final BuyingRole[] OTHER_ROLES = { BuyingRole.ECONOMIC_BUYER, BuyingRole.INFLUENCER,
			BuyingRole.TECHNICAL_EVALUATOR, BuyingRole.USER, BuyingRole.GATEKEEPER, BuyingRole.CHAMPION,
			BuyingRole.BLOCKER, null };

	private static final TeamRole[] TEAMMATE_ROLES = { TeamRole.PRESALES, TeamRole.SERVICE, TeamRole.OTHER };

	/** Deals from this amount on have the owner's manager on the team, one in two. */
	private static final BigDecimal BIG_DEAL = BigDecimal.valueOf(1_000_000);

	private static final ForecastCategory[] OWN_CATEGORIES = { ForecastCategory.COMMIT, ForecastCategory.BEST_CASE,
			ForecastCategory.OMITTED };

	private final Random random = new Random(20261205);

	private final Stages stages;

	private final Book book;

	private final long salesManager;

	private final double[] funnel;

	private long changeId;

	private long competitorId;

	private final long[] counts = new long[8];

	Deals(Stages stages, Book book, long salesManager) {
		this.stages = stages;
		this.book = book;
		this.salesManager = salesManager;
		this.funnel = new double[stages.open().length];
		double weight = 1;
		double total = 0;
		for (int i = 0; i < funnel.length; i++) {
			total += weight;
			funnel[i] = total;
			weight *= FUNNEL;
		}
		for (int i = 0; i < funnel.length; i++) {
			funnel[i] /= total;
		}
	}

	/** What the last {@link #write} wrote. */
	String summary() {
		return String.format(
				"%,d opportunities (%,d open, %,d won, %,d lost), %,d stage changes, %,d buying contacts, "
						+ "%,d deal team members, %,d competitors",
				counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6], counts[7]);
	}

	void write(Connection connection, boolean postgres, int count) throws SQLException, IOException {
		try (TableWriter opportunities = new TableWriter(connection, postgres, "sales_opportunity", "id", "account_id",
				"owner_id", "name", "process_id", "stage_id", "status", "amount", "currency", "close_date", "probability",
				"forecast_category", "next_step", "product_line", "source", "close_reason", "stage_entered_at",
				"closed_at", "version", "created_at", "updated_at");
				TableWriter changes = new TableWriter(connection, postgres, "sales_stage_change", "id", "opportunity_id",
						"from_stage_id", "to_stage_id", "status", "changed_by", "changed_at");
				TableWriter contacts = new TableWriter(connection, postgres, "sales_opportunity_contact",
						"opportunity_id", "contact_id", "buying_role");
				TableWriter members = new TableWriter(connection, postgres, "sales_opportunity_member", "opportunity_id",
						"user_id", "role", "can_edit");
				TableWriter competitors = new TableWriter(connection, postgres, "sales_competitor", "id",
						"opportunity_id", "name", "strengths", "weaknesses", "version", "created_at", "updated_at")) {
			for (long id = 1; id <= count; id++) {
				Deal deal = deal(id, count);
				int version = history(changes, deal);
				deal.write(opportunities, version);
				contacts(contacts, deal);
				members(members, deal);
				competitors(competitors, deal);
			}
			counts[0] = opportunities.written();
			counts[4] = changes.written();
			counts[5] = contacts.written();
			counts[6] = members.written();
			counts[7] = competitors.written();
		}
	}

	/** One opportunity; {@code reached} is the furthest open stage it got to (all of them when won). */
	private record Deal(long id, int account, int owner, boolean latin, Instant created, OpportunityStatus status,
			int stage, int reached, BigDecimal amount, LocalDate closeDate, int probability, ForecastCategory category,
			Instant entered, Instant closedAt, String name, String nextStep, String productLine, String source,
			String closeReason, Stages stages) {

		long stageId() {
			return status == OpportunityStatus.WON ? stages.won() : stages.open()[stage];
		}

		void write(TableWriter opportunities, int version) throws SQLException, IOException {
			Instant updated = closedAt != null ? closedAt : entered;
			opportunities.add(id, (long) account, (long) owner, name, stages.processId(), stageId(), status.name(),
					amount, "CNY", closeDate, probability, category.name(), nextStep, productLine, source, closeReason,
					entered, closedAt, (long) version, created, updated);
		}

	}

	private Deal deal(long id, int count) {
		Instant created = START.plusMillis((long) ((id - 1 + random.nextDouble()) * Duration.between(START,
				DataGenerator.NOW).toMillis() / count));
		long ageDays = Duration.between(created, DataGenerator.NOW).toDays();
		double openChance = ageDays < 180 ? 0.95 : ageDays < 365 ? 0.6 : 0.07;
		int owner = book.randomRepWithAccounts(random);
		int account = book.randomAccountOf(owner, random);
		boolean latin = book.latin(account);
		LocalDate createdDay = LocalDate.ofInstant(created, ZoneOffset.UTC);
		LocalDate planned = createdDay.plusDays(30 + (int) (300 * Math.pow(random.nextDouble(), 1.5)));
		BigDecimal amount = amount();
		String name = pick(latin ? PROJECTS_EN : PROJECTS_CN) + pick(latin ? PHASES_EN : PHASES_CN) + " "
				+ createdDay.getYear();
		String productLine = pick(PRODUCT_LINES);
		String source = random.nextInt(5) == 0 ? null : pick(SOURCES).name();
		if (random.nextDouble() < openChance) {
			counts[1]++;
			int stage = funnelStage();
			LocalDate close = openCloseDate(planned);
			if (stage == 0 && random.nextInt(10) < 3) {
				amount = null;
			}
			if (stage == 0 && random.nextInt(10) < 3) {
				close = null;
			}
			int probability = stages.probability()[stage];
			ForecastCategory category = ForecastCategory.forProbability(probability);
			if (random.nextInt(10) == 0) {
				category = pick(OWN_CATEGORIES);
				probability = Math.max(0, Math.min(100, probability + random.nextInt(-15, 16)));
			}
			Instant entered = stage == 0 ? created : between(created, DataGenerator.NOW);
			return new Deal(id, account, owner, latin, created, OpportunityStatus.OPEN, stage, stage, amount, close,
					probability, category, entered, null, name, pick(latin ? NEXT_STEPS_EN : NEXT_STEPS_CN), productLine,
					source, null, stages);
		}
		LocalDate close = planned.isBefore(TODAY) ? planned : Dates.between(random, createdDay, TODAY.minusDays(1));
		Instant closedAt = close.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600 + random.nextInt(9 * 3600));
		if (!closedAt.isAfter(created)) {
			closedAt = created.plusSeconds(600);
		}
		int last = stages.open().length - 1;
		if (random.nextInt(5) < 2) {
			counts[2]++;
			int reached = random.nextInt(10) < 7 ? last : Math.max(0, last - 1 - random.nextInt(2));
			return new Deal(id, account, owner, latin, created, OpportunityStatus.WON, reached, last, amount, close, 100,
					ForecastCategory.CLOSED, closedAt, closedAt, name, null, productLine, source, null, stages);
		}
		counts[3]++;
		int stage = funnelStage();
		return new Deal(id, account, owner, latin, created, OpportunityStatus.LOST, stage, stage, amount, close, 0,
				ForecastCategory.CLOSED, stage == 0 ? created : between(created, closedAt), closedAt, name, null, productLine, source,
				pick(latin ? LOST_REASONS_EN : LOST_REASONS_CN), stages);
	}

	/**
	 * The stage changes: into the first stage at creation, then into each later stage on the way (three in ten
	 * skipped) up to the deal's, the last at {@link Deal#entered()}; then the close. Answers the deal's version.
	 */
	private int history(TableWriter changes, Deal deal) throws SQLException, IOException {
		int[] path = new int[deal.stage() + 1];
		int steps = 0;
		path[steps++] = 0;
		for (int stage = 1; stage < deal.stage(); stage++) {
			if (random.nextInt(10) < 7) {
				path[steps++] = stage;
			}
		}
		if (deal.stage() > 0) {
			path[steps++] = deal.stage();
		}
		Instant lastMove = deal.status() == OpportunityStatus.WON ? between(deal.created(), deal.closedAt())
				: deal.entered();
		Instant[] times = new Instant[steps];
		times[0] = deal.created();
		for (int i = 1; i < steps; i++) {
			times[i] = between(deal.created(), lastMove);
		}
		Arrays.sort(times, 1, steps);
		if (steps > 1) {
			times[steps - 1] = lastMove;
		}
		long[] open = stages.open();
		Long from = null;
		for (int i = 0; i < steps; i++) {
			changes.add(++changeId, deal.id(), from, open[path[i]], "OPEN", (long) deal.owner(), times[i]);
			from = open[path[i]];
		}
		if (deal.status().closed()) {
			long to = deal.status() == OpportunityStatus.WON ? stages.won() : open[deal.stage()];
			changes.add(++changeId, deal.id(), from, to, deal.status().name(), (long) deal.owner(), deal.closedAt());
		}
		return steps - 1 + (deal.status().closed() ? 1 : 0) + random.nextInt(3);
	}

	/**
	 * The account's people on the deal: none or one while registering, else one to three; a decision maker
	 * first once the deal got past the solution stage (a control point of the default process).
	 */
	private void contacts(TableWriter contacts, Deal deal) throws SQLException, IOException {
		int available = book.contactsOf(deal.account());
		int wanted = deal.reached() == 0 ? random.nextInt(2) : 1 + random.nextInt(3);
		int count = Math.min(wanted, available);
		int first = available == 0 ? 0 : random.nextInt(available);
		int stride = available <= 1 ? 1 : 1 + random.nextInt(available - 1);
		long[] chosen = new long[count];
		for (int i = 0; i < count; i++) {
			long contact = book.contact(deal.account(), (first + (long) i * stride) % available);
			if (contains(chosen, i, contact)) {
				continue;
			}
			chosen[i] = contact;
			BuyingRole role = i == 0 && deal.reached() >= 3 ? BuyingRole.DECISION_MAKER : pick(OTHER_ROLES);
			contacts.add(deal.id(), contact, role == null ? null : role.name());
		}
	}

	/**
	 * The deal team: the owner's manager as director on half the big deals (a million or more), colleagues on one
	 * in four deals (teammates, or presales and marketing from other teams), and the sales manager on one in
	 * 4,000 deals of other teams.
	 */
	private void members(TableWriter members, Deal deal) throws SQLException, IOException {
		long[] chosen = new long[4];
		int count = 0;
		if (deal.amount() != null && deal.amount().compareTo(BIG_DEAL) >= 0 && random.nextBoolean()) {
			count = member(members, deal, chosen, count, book.managerOf(deal.owner()), TeamRole.DIRECTOR, true);
		}
		if (random.nextInt(4) == 0) {
			int wanted = random.nextInt(5) == 0 ? 2 : 1;
			for (int i = 0; i < wanted; i++) {
				if (random.nextInt(10) < 6) {
					count = member(members, deal, chosen, count, book.randomTeammate(deal.owner(), random),
							pick(TEAMMATE_ROLES), random.nextBoolean());
				}
				else {
					count = member(members, deal, chosen, count, book.randomRep(random),
							random.nextBoolean() ? TeamRole.PRESALES : TeamRole.MARKETING, false);
				}
			}
		}
		if (book.managerOf(deal.owner()) != salesManager && random.nextInt(4000) == 0) {
			member(members, deal, chosen, count, salesManager, TeamRole.DIRECTOR, false);
		}
	}

	/** Adds the user unless there is none (0), it owns the deal or is on the team already; answers the count. */
	private int member(TableWriter members, Deal deal, long[] chosen, int count, long user, TeamRole role,
			boolean canEdit) throws SQLException, IOException {
		if (user <= 0 || user == deal.owner() || contains(chosen, count, user)) {
			return count;
		}
		members.add(deal.id(), user, role.name(), canEdit);
		chosen[count] = user;
		return count + 1;
	}

	/** Once bidding, the competitors are known (a control point of the bidding stage). */
	private void competitors(TableWriter competitors, Deal deal) throws SQLException, IOException {
		if (deal.reached() < 3) {
			return;
		}
		int count = random.nextInt(5) < 2 ? 2 : 1;
		int first = random.nextInt(COMPETITORS.length);
		for (int i = 0; i < count; i++) {
			competitors.add(++competitorId, deal.id(), COMPETITORS[(first + i) % COMPETITORS.length],
					random.nextBoolean() ? "价格低，本地服务团队强" : null, random.nextBoolean() ? "交付周期长" : null, 0L,
					deal.created(), deal.created());
		}
	}

	private LocalDate openCloseDate(LocalDate planned) {
		if (planned.isBefore(TODAY)) {
			return random.nextInt(4) == 0 ? TODAY.minusDays(1 + random.nextInt(90))
					: TODAY.plusDays(1 + random.nextInt(365));
		}
		return Dates.min(planned, TODAY.plusDays(365));
	}

	private int funnelStage() {
		double draw = random.nextDouble();
		for (int i = 0; i < funnel.length; i++) {
			if (draw < funnel[i]) {
				return i;
			}
		}
		return funnel.length - 1;
	}

	private BigDecimal amount() {
		double amount = Math.exp(Math.log(MEDIAN_AMOUNT) + 1.1 * random.nextGaussian());
		long rounded = Math.max(5_000L, Math.min(50_000_000L, Math.round(amount / 1000) * 1000));
		return BigDecimal.valueOf(rounded).setScale(2);
	}

	private Instant between(Instant from, Instant to) {
		long span = Duration.between(from, to).toSeconds();
		return span <= 0 ? from : from.plusSeconds(random.nextLong(span));
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static boolean contains(long[] values, int count, long value) {
		for (int i = 0; i < count; i++) {
			if (values[i] == value) {
				return true;
			}
		}
		return false;
	}

	/** The default process's open stages in order, with their probabilities, and its won stage. */
	record Stages(long processId, long[] open, int[] probability, long won) {

		static Stages load(Connection connection) throws SQLException {
			long process = 0;
			long won = 0;
			long[] open = new long[0];
			int[] probability = new int[0];
			try (PreparedStatement statement = connection.prepareStatement("""
					select p.id, s.id, s.probability, s.outcome from sales_stage s
					join sales_process p on p.id = s.process_id where p.is_default order by s.position
					""");
					ResultSet result = statement.executeQuery()) {
				while (result.next()) {
					process = result.getLong(1);
					if ("WON".equals(result.getString(4))) {
						won = result.getLong(2);
					}
					else {
						open = Arrays.copyOf(open, open.length + 1);
						probability = Arrays.copyOf(probability, probability.length + 1);
						open[open.length - 1] = result.getLong(2);
						probability[probability.length - 1] = result.getInt(3);
					}
				}
			}
			if (won == 0 || open.length < 4) {
				throw new IllegalStateException("The default sales process needs four open stages and a won one");
			}
			return new Stages(process, open, probability, won);
		}

	}

	/**
	 * What the deals are made of, read from the database: each account's owner and whether its name is Latin
	 * (for English deal names), its contacts, the reps and their managers. Grouped by counting sorts in arrays
	 * indexed by id, a few bytes per account and contact. Read in id order, so that the same database gives the
	 * same deals on PostgreSQL and H2.
	 */
	static final class Book {

		private final boolean[] latin;

		private final int[] accountsByOwnerStart;

		private final int[] accountsByOwner;

		private final int[] contactsStart;

		private final int[] contacts;

		private final int[] reps;

		private final int[] managers;

		private final int[] repsByManagerStart;

		private final int[] repsByManager;

		private Book(int[] accounts, int[] links, int[] users) {
			int lastAccount = Math.max(max(accounts, 3, 0), max(links, 2, 0));
			int lastUser = Math.max(Math.max(max(users, 2, 0), max(users, 2, 1)), max(accounts, 3, 1));
			this.latin = new boolean[lastAccount + 1];
			for (int i = 0; i < accounts.length; i += 3) {
				latin[accounts[i]] = accounts[i + 2] < 128;
			}
			int[][] byOwner = group(accounts, 3, 1, 0, lastUser);
			this.accountsByOwnerStart = byOwner[0];
			this.accountsByOwner = byOwner[1];
			int[][] byAccount = group(links, 2, 0, 1, lastAccount);
			this.contactsStart = byAccount[0];
			this.contacts = byAccount[1];
			this.reps = new int[users.length / 2];
			this.managers = new int[lastUser + 1];
			for (int i = 0; i < users.length; i += 2) {
				reps[i / 2] = users[i];
				managers[users[i]] = users[i + 1];
			}
			int[][] byManager = group(users, 2, 1, 0, lastUser);
			this.repsByManagerStart = byManager[0];
			this.repsByManager = byManager[1];
		}

		static Book load(Connection connection) throws SQLException {
			return new Book(
					ints(connection, "select id, owner_id, ascii(name) from customer_account where name not like 'Bench %' "
							+ "order by id", 3),
					ints(connection, "select account_id, contact_id from customer_account_contact "
							+ "order by account_id, contact_id", 2),
					ints(connection, "select id, coalesce(manager_id, 0) from platform_user "
							+ "where role = 'SALES_REP' and enabled order by id", 2));
		}

		int randomRep(Random random) {
			return reps[random.nextInt(reps.length)];
		}

		/** A rep who owns an account (at the small scale a few own none). */
		int randomRepWithAccounts(Random random) {
			for (int attempt = 0; attempt < 1000; attempt++) {
				int rep = randomRep(random);
				if (ownedBy(rep) > 0) {
					return rep;
				}
			}
			throw new IllegalStateException("No rep owns an account");
		}

		int randomAccountOf(int rep, Random random) {
			return accountsByOwner[accountsByOwnerStart[rep] + random.nextInt(ownedBy(rep))];
		}

		boolean latin(int account) {
			return latin[account];
		}

		int contactsOf(int account) {
			return contactsStart[account + 1] - contactsStart[account];
		}

		long contact(int account, long index) {
			return contacts[contactsStart[account] + (int) index];
		}

		long managerOf(int rep) {
			return managers[rep];
		}

		/** Another rep under the same manager, or 0 when there is none. */
		long randomTeammate(int rep, Random random) {
			int manager = managers[rep];
			int count = repsByManagerStart[manager + 1] - repsByManagerStart[manager];
			return count <= 1 ? 0 : repsByManager[repsByManagerStart[manager] + random.nextInt(count)];
		}

		private int ownedBy(int rep) {
			return accountsByOwnerStart[rep + 1] - accountsByOwnerStart[rep];
		}

		/**
		 * A counting sort of flat rows ({@code width} ints each) by the column {@code key}: answers the start of
		 * each key's values (indexed by key, one more at the end) and the values of column {@code value}.
		 */
		private static int[][] group(int[] rows, int width, int key, int value, int lastKey) {
			int[] start = new int[lastKey + 2];
			for (int i = key; i < rows.length; i += width) {
				start[rows[i] + 1]++;
			}
			for (int k = 1; k < start.length; k++) {
				start[k] += start[k - 1];
			}
			int[] values = new int[rows.length / width];
			int[] next = Arrays.copyOf(start, start.length);
			for (int i = 0; i < rows.length; i += width) {
				values[next[rows[i + key]]++] = rows[i + value];
			}
			return new int[][] { start, values };
		}

		private static int max(int[] rows, int width, int column) {
			int max = 0;
			for (int i = column; i < rows.length; i += width) {
				max = Math.max(max, rows[i]);
			}
			return max;
		}

		/** Rows of {@code width} int columns, flat, read in one pass. */
		private static int[] ints(Connection connection, String sql, int width) throws SQLException {
			int[] rows = new int[1 << 16];
			int used = 0;
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setFetchSize(100_000);
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						if (used + width > rows.length) {
							rows = Arrays.copyOf(rows, rows.length * 2);
						}
						for (int column = 1; column <= width; column++) {
							rows[used++] = result.getInt(column);
						}
					}
				}
			}
			return Arrays.copyOf(rows, used);
		}

	}

}
