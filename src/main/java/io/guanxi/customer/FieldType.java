package io.guanxi.customer;

/** What a custom field holds, and so how its values are typed, stored and edited. */
public enum FieldType {

	TEXT, NUMBER, DATE, CHOICE, MULTI_CHOICE, BOOLEAN;

	/** Whether the field offers a list of options. */
	public boolean hasOptions() {
		return this == CHOICE || this == MULTI_CHOICE;
	}

	/** Whether the field's values can be compared as greater or less. */
	public boolean isOrdered() {
		return this == NUMBER || this == DATE;
	}

	public String messageKey() {
		return "customer.field.type." + name();
	}

}
