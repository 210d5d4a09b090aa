package io.guanxi.relationship;

/** A person's part in the customer's buying decision. */
public enum BuyingRole {

	DECISION_MAKER, ECONOMIC_BUYER, INFLUENCER, TECHNICAL_EVALUATOR, USER, GATEKEEPER, CHAMPION, BLOCKER;

	/** Whether a change of this person is worth an alert to the account's owner. */
	public boolean key() {
		return this == DECISION_MAKER || this == ECONOMIC_BUYER || this == CHAMPION;
	}

}
