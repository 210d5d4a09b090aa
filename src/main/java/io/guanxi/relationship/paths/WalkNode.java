package io.guanxi.relationship.paths;

import io.guanxi.relationship.WarmPath.NodeKind;

/** A user, contact or account in a warm-path walk. */
record WalkNode(NodeKind kind, long id) {

	static WalkNode user(long id) {
		return new WalkNode(NodeKind.USER, id);
	}

	static WalkNode contact(long id) {
		return new WalkNode(NodeKind.CONTACT, id);
	}

	static WalkNode account(long id) {
		return new WalkNode(NodeKind.ACCOUNT, id);
	}

	boolean isContact() {
		return kind == NodeKind.CONTACT;
	}

	boolean isAccount() {
		return kind == NodeKind.ACCOUNT;
	}

}
