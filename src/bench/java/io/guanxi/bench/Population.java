package io.guanxi.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * What the relationship data is built on: the generated accounts (owner, Chinese or not), their contacts (three
 * per account, numbered consecutively from 1, then the big accounts' extra people) and the reps' teams. Contacts
 * are owned by their account's owner, so a user sees a contact exactly when they see its account.
 */
final class Population {

	/** The day the data set describes ({@link DataGenerator#NOW}). */
	static final LocalDate TODAY = LocalDate.ofInstant(DataGenerator.NOW, ZoneOffset.UTC);

	final int accounts;

	final int teams;

	private final int reps;

	private final int[] owners;

	private final boolean[] chinese;

	private final byte[] titles;

	private final int[] bigAccounts;

	private final int extraPerBigAccount;

	private final int firstExtraContact;

	private int[] byTeamStart;

	private int[] byTeam;

	private int[] byOwnerStart;

	private int[] byOwner;

	private int[] accountsByTeamStart;

	private int[] accountsByTeam;

	Population(int accounts, int reps, int teams, int[] bigAccounts, int extraPerBigAccount) {
		this.accounts = accounts;
		this.reps = reps;
		this.teams = teams;
		this.owners = new int[accounts + 1];
		this.chinese = new boolean[accounts + 1];
		this.bigAccounts = bigAccounts.clone();
		this.extraPerBigAccount = extraPerBigAccount;
		this.firstExtraContact = accounts * DataGenerator.CONTACTS_PER_ACCOUNT + 1;
		this.titles = new byte[contacts() + 1];
	}

	void account(int id, long owner, boolean chineseName) {
		owners[id] = Math.toIntExact(owner);
		chinese[id] = chineseName;
	}

	void contactTitle(long contact, int title) {
		titles[Math.toIntExact(contact)] = (byte) title;
	}

	int contactTitle(int contact) {
		return titles[contact];
	}

	int contacts() {
		return firstExtraContact - 1 + bigAccounts.length * extraPerBigAccount;
	}

	int owner(int account) {
		return owners[account];
	}

	boolean chinese(int account) {
		return chinese[account];
	}

	int[] bigAccounts() {
		return bigAccounts.clone();
	}

	boolean big(int account) {
		for (int big : bigAccounts) {
			if (big == account) {
				return true;
			}
		}
		return false;
	}

	/** The extra people of the big accounts that the team owns (none on a timeline). */
	int[] bigAccountPeopleOf(int team) {
		int count = 0;
		for (int big : bigAccounts) {
			count += teamOfAccount(big) == team ? extraPerBigAccount : 0;
		}
		int[] people = new int[count];
		int next = 0;
		for (int k = 0; k < bigAccounts.length; k++) {
			for (int i = 0; teamOfAccount(bigAccounts[k]) == team && i < extraPerBigAccount; i++) {
				people[next++] = firstExtraContact(k) + i;
			}
		}
		return people;
	}

	/** The first of the account's three regular contacts. */
	static int firstContact(int account) {
		return (account - 1) * DataGenerator.CONTACTS_PER_ACCOUNT + 1;
	}

	/** The first extra person of the {@code index}-th big account. */
	int firstExtraContact(int index) {
		return firstExtraContact + index * extraPerBigAccount;
	}

	int accountOf(int contact) {
		if (contact < firstExtraContact) {
			return (contact - 1) / DataGenerator.CONTACTS_PER_ACCOUNT + 1;
		}
		return bigAccounts[(contact - firstExtraContact) / extraPerBigAccount];
	}

	int ownerOfContact(int contact) {
		return owners[accountOf(contact)];
	}

	/** The team of a rep or manager (by user id), 0 for the admin. */
	int teamOf(long userId) {
		if (userId <= 1) {
			return 0;
		}
		if (userId <= 1 + teams) {
			return (int) (userId - 1);
		}
		long rep = userId - 1 - teams;
		return (int) (1 + (rep - 1) % teams);
	}

	long managerOf(int team) {
		return 1L + team;
	}

	/** The user ids of the reps in the team. */
	long[] repsOf(int team) {
		long[] ids = new long[(reps - team) / teams + 1];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = 1L + teams + team + (long) i * teams;
		}
		return ids;
	}

	/** The highest user id. */
	int lastUserId() {
		return 1 + teams + reps;
	}

	int teamOfContact(int contact) {
		return teamOf(ownerOfContact(contact));
	}

	int teamOfAccount(int account) {
		return teamOf(owners[account]);
	}

	/** The contacts owned by one of the team's reps. */
	int teamContacts(int team) {
		groupContacts();
		return byTeamStart[team + 1] - byTeamStart[team];
	}

	int teamContact(int team, int index) {
		return byTeam[byTeamStart[team] + index];
	}

	int randomTeamContact(int team, Random random) {
		int count = teamContacts(team);
		return count == 0 ? randomContact(random) : teamContact(team, random.nextInt(count));
	}

	int randomContact(Random random) {
		return 1 + random.nextInt(contacts());
	}

	int randomAccount(Random random) {
		return 1 + random.nextInt(accounts);
	}

	int ownContacts(long userId) {
		groupContacts();
		int user = Math.toIntExact(userId);
		return byOwnerStart[user + 1] - byOwnerStart[user];
	}

	int ownContact(long userId, int index) {
		return byOwner[byOwnerStart[Math.toIntExact(userId)] + index];
	}

	int randomTeamAccount(int team, Random random) {
		groupAccounts();
		int count = accountsByTeamStart[team + 1] - accountsByTeamStart[team];
		return count == 0 ? randomAccount(random) : accountsByTeam[accountsByTeamStart[team] + random.nextInt(count)];
	}

	/** Contacts by team and by owner, each a counting sort of the contact ids. */
	private void groupContacts() {
		if (byTeam != null) {
			return;
		}
		int contacts = contacts();
		byTeamStart = new int[teams + 2];
		byOwnerStart = new int[lastUserId() + 2];
		for (int c = 1; c <= contacts; c++) {
			byTeamStart[teamOfContact(c) + 1]++;
			byOwnerStart[ownerOfContact(c) + 1]++;
		}
		prefixSums(byTeamStart);
		prefixSums(byOwnerStart);
		byTeam = new int[contacts];
		byOwner = new int[contacts];
		int[] teamNext = byTeamStart.clone();
		int[] ownerNext = byOwnerStart.clone();
		for (int c = 1; c <= contacts; c++) {
			byTeam[teamNext[teamOfContact(c)]++] = c;
			byOwner[ownerNext[ownerOfContact(c)]++] = c;
		}
	}

	private void groupAccounts() {
		if (accountsByTeam != null) {
			return;
		}
		accountsByTeamStart = new int[teams + 2];
		for (int a = 1; a <= accounts; a++) {
			accountsByTeamStart[teamOfAccount(a) + 1]++;
		}
		prefixSums(accountsByTeamStart);
		accountsByTeam = new int[accounts];
		int[] next = accountsByTeamStart.clone();
		for (int a = 1; a <= accounts; a++) {
			accountsByTeam[next[teamOfAccount(a)]++] = a;
		}
	}

	private static void prefixSums(int[] counts) {
		for (int i = 1; i < counts.length; i++) {
			counts[i] += counts[i - 1];
		}
	}

}
