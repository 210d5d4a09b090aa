package io.guanxi.relationship;

/** How two people know each other; a tie reads "from is the … of to". */
public enum PersonTieKind {

	FORMER_COLLEAGUE, CLASSMATE, FRIEND, FAMILY, MENTOR, REFERRED_BY

}
