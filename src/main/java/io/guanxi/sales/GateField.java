package io.guanxi.sales;

/** The facts a {@link GateKind#FIELD} control point can require. */
public enum GateField {

	AMOUNT, CLOSE_DATE, NEXT_STEP,
	/** At least one of the customer's people is on the deal. */
	CONTACT,
	/** A contact on the deal has the decision maker or economic buyer role. */
	DECISION_MAKER,
	/** At least one competitor is recorded. */
	COMPETITOR

}
