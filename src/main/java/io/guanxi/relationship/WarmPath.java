package io.guanxi.relationship;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One way to reach a contact: from one of our users through people and companies to the
 * target. {@code steps.get(i)} joins {@code nodes.get(i)} to {@code nodes.get(i + 1)}.
 *
 * @param cost the sum of the steps' costs: the lower, the warmer the path
 */
public record WarmPath(double cost, List<Node> nodes, List<Step> steps) {

	/** A user of ours (the first node), a contact or an account. */
	public record Node(NodeKind kind, long id, String name) {

	}

	public enum NodeKind {

		USER, CONTACT, ACCOUNT

	}

	/**
	 * How one node of the path knows the next. A step reads "node i … node i + 1":
	 * {@code reverse} says the tie was recorded the other way round (the next node is the
	 * mentor, the supplier…).
	 *
	 * @param relation the {@link PersonTieKind} or {@link CompanyLinkKind} of a person
	 * tie or company link, null otherwise
	 * @param strength 1 to 5 for a user's or a person's tie, null for colleagues and
	 * company steps
	 * @param lastInteraction when the user last met the contact on the timeline
	 * @param recorded false for a user who is known to know the contact from the timeline
	 * alone
	 * @param via the account two colleagues work at
	 */
	public record Step(StepKind kind, @Nullable String relation, boolean reverse, @Nullable Integer strength,
			@Nullable Instant lastInteraction, boolean recorded, @Nullable String via, double cost) {

		/** The message key that describes the step, e.g. "former colleague of". */
		public String descriptionKey() {
			String key = "relationship.warmPath.step." + kind.name();
			if (relation != null) {
				key += "." + relation;
			}
			return reverse ? key + ".reverse" : key;
		}

	}

	public enum StepKind {

		/** A user knows a contact: a recorded tie, or meetings on the timeline. */
		KNOWS,
		/** Two people know each other: former colleagues, classmates, family… */
		PERSON_TIE,
		/** Two people hold a position at the same account today. */
		COLLEAGUE,
		/** A person holds a position at an account today. */
		WORKS_AT,
		/** Two accounts are linked: supplier, parent, partner… */
		COMPANY_LINK

	}

}
